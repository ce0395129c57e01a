import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CaseFile } from '../case-file.ts';
import {
  BODY_POSITIONS,
  CONDITIONS,
  EXERCISE_CATEGORIES,
  INTENSITIES,
  LOAD_FEATURES,
  LOAD_LEVELS,
  loadRank,
  type LoadLevel,
  MEDICATIONS,
  RED_FLAGS,
  REGIONS,
  TECHNIQUE_CATEGORIES,
  type Region,
} from '../vocabulary/index.ts';
import { MASSAGE_TECHNIQUES } from './groups.ts';
import { DEFAULT_PRECAUTION_RULES } from './precaution-rules.ts';
import { REFERRAL_RULE_IDS } from './referral-rules.ts';
import { screenCase } from './screen.ts';
import { checkExercise, checkTechnique, type ExerciseQuery, type TechniqueQuery } from './technique-check.ts';
import { sketchCase } from './test-fixtures.ts';
import { URGENCY_RANK, type ScreeningResult } from './types.ts';

/** Pain Catastrophizing Scale answers totalling 34 (clinically relevant, ≥ 30) and 20 (below). */
const PCS_34 = [3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2];
const PCS_20 = [2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1];

const RULE_IDS = new Set([...REFERRAL_RULE_IDS, ...DEFAULT_PRECAUTION_RULES.map((r) => r.id)]);
const region = fc.constantFrom(...REGIONS.ids);
const regions = fc.uniqueArray(region, { minLength: 1, maxLength: 3 });

/** Random case files built from the vocabulary: any subset of conditions, medications and red flags, surgeries, age 0–120. */
const arbCase: fc.Arbitrary<CaseFile> = fc
  .record({
    age: fc.integer({ min: 0, max: 120 }),
    regions,
    painMap: fc.uniqueArray(region, { maxLength: 5 }),
    conditions: fc.subarray([...CONDITIONS.ids]),
    medications: fc.subarray([...MEDICATIONS.ids]),
    redFlags: fc.subarray([...RED_FLAGS.ids], { maxLength: 6 }),
    surgeries: fc.array(
      fc.record({
        region,
        weeksAgo: fc.oneof(
          fc.integer({ min: 0, max: 60 }),
          fc.double({ min: 0, max: 30, noNaN: true, noDefaultInfinity: true }),
        ),
        kind: fc.constantFrom(
          undefined,
          'arthroscopy',
          'total hip replacement',
          'L4-5 fusion',
          'plate fixation',
          'repair',
        ),
      }),
      { maxLength: 3 },
    ),
    pregnant: fc.boolean(),
    pregnancyWeeks: fc.option(fc.integer({ min: 0, max: 42 }), { nil: undefined }),
    fallsInPastYear: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    walkingAid: fc.option(fc.boolean(), { nil: undefined }),
    movement: fc.subarray(['widespread_tenderness', 'poor_hip_hinge'] as const),
    pcs: fc.constantFrom(undefined, PCS_34, PCS_20),
  })
  .map(({ pcs, ...s }) =>
    sketchCase({
      ...s,
      questionnaires: pcs === undefined ? {} : { pcs },
      surgeries: s.surgeries.map(({ kind, ...rest }) => (kind === undefined ? rest : { ...rest, kind })),
    }),
  );

const arbTechnique: fc.Arbitrary<TechniqueQuery> = fc.record({
  category: fc.constantFrom(...TECHNIQUE_CATEGORIES.ids),
  intensity: fc.constantFrom(...INTENSITIES.ids),
  regions: fc.uniqueArray(region, { maxLength: 3 }),
});

const arbExercise: fc.Arbitrary<ExerciseQuery> = fc.record({
  category: fc.constantFrom(...EXERCISE_CATEGORIES.ids),
  load: fc.record({
    regions: fc.dictionary(region, fc.constantFrom(...LOAD_LEVELS.ids), { maxKeys: 3 }),
    features: fc.subarray([...LOAD_FEATURES.ids]),
  }),
  positions: fc.subarray([...BODY_POSITIONS.ids], { minLength: 1 }),
});

/** Independent oracle for region overlap (null = everywhere; widespread or no regions = anywhere). */
const touches = (restricted: readonly Region[] | null, at: readonly Region[]): boolean =>
  restricted === null ||
  at.length === 0 ||
  at.includes('widespread') ||
  restricted.includes('widespread') ||
  at.some((r) => restricted.includes(r));

const allRuleIds = (r: ScreeningResult): string[] => [
  ...r.alerts.map((a) => a.ruleId),
  ...(r.referral?.ruleIds ?? []),
  ...r.restrictions.map((x) => x.ruleId),
  ...r.exerciseLimits.map((x) => x.ruleId),
  ...r.notices.map((x) => x.ruleId),
];

const rank = (i: keyof typeof INTENSITIES.entries): number => INTENSITIES.entries[i].rank;

describe('screenCase properties', () => {
  test('never throws, is deterministic, and every rule id is in the rule tables', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const result = screenCase(c);
        expect(screenCase(c)).toEqual(result);
        for (const id of allRuleIds(result)) expect(RULE_IDS.has(id)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test('emergency ⇔ stops treatment, and the referral summarises the alerts', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { referral, alerts } = screenCase(c);
        for (const a of alerts) expect(a.stopsTreatment).toBe(a.urgency === 'emergency');
        if (alerts.length === 0) {
          expect(referral).toBeNull();
          return;
        }
        expect(referral).not.toBeNull();
        if (referral === null) return;
        const top = Math.max(...alerts.map((a) => URGENCY_RANK[a.urgency]));
        expect(URGENCY_RANK[referral.urgency]).toBe(top);
        expect(referral.stopsTreatment).toBe(referral.urgency === 'emergency');
        expect(referral.ruleIds).toEqual(alerts.map((a) => a.ruleId));
        for (const a of alerts) for (const reason of a.reasons) expect(referral.reasons).toContain(reason);
        const ranks = alerts.map((a) => URGENCY_RANK[a.urgency]);
        expect(ranks).toEqual([...ranks].sort((x, y) => y - x));
      }),
      { numRuns: 400 },
    );
  });

  test('every positive red flag raises an alert that lists it', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { alerts } = screenCase(c);
        const named = new Set(alerts.flatMap((a) => a.inputs['redFlags'] as string[]));
        for (const flag of c.redFlags) expect(named.has(flag)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('restrictions, limits and notices are well formed; precaution massage restrictions ask for confirmation', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const result = screenCase(c);
        for (const r of result.restrictions) {
          expect(r.categories.length).toBeGreaterThan(0);
          expect(r.regions === null || r.regions.length > 0).toBe(true);
          expect(r.action === 'modify').toBe(r.maxIntensity !== undefined);
          expect(r.rationale).not.toContain('{trigger}');
          // A precaution row's massage restriction asks for confirmation (sources disagree); a red flag's does not.
          const confirmed = result.notices.some(
            (n) => n.ruleId === r.ruleId && n.inputs['kind'] === 'massage_confirmation',
          );
          if (r.categories.some((cat) => MASSAGE_TECHNIQUES.includes(cat)))
            expect(confirmed).toBe(r.ruleId.startsWith('precaution.'));
        }
        for (const l of result.exerciseLimits) {
          expect(
            l.avoidCategories.length + l.avoidPositions.length + l.avoidFeatures.length > 0 || l.maxLoad !== null,
          ).toBe(true);
        }
        for (const n of result.notices) expect(n.decision).toBe('confirm');
        const keys = result.restrictions.map((r) => JSON.stringify(r));
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkTechnique / checkExercise properties', () => {
  test('no restriction is ignored: avoid exactly when an avoid row matches; a modified intensity respects every matching cap', () => {
    fc.assert(
      fc.property(arbCase, fc.array(arbTechnique, { minLength: 1, maxLength: 8 }), (c, techniques) => {
        const screening = screenCase(c);
        for (const t of techniques) {
          const check = checkTechnique(screening, t);
          const matching = screening.restrictions.filter(
            (r) => r.categories.includes(t.category) && touches(r.regions, t.regions),
          );
          const avoiders = matching.filter((r) => r.action === 'avoid');
          if (avoiders.length > 0) {
            expect(check.decision).toBe('avoid');
            expect(new Set(check.ruleIds)).toEqual(new Set(avoiders.map((r) => r.ruleId)));
            continue;
          }
          expect(check.decision).not.toBe('avoid');
          const caps = matching.map((r) => r.maxIntensity ?? 'gentle');
          // The returned intensity never exceeds the asked one nor any matching cap, and is the highest that fits.
          const expected = caps.reduce((lo, cap) => (rank(cap) < rank(lo) ? cap : lo), t.intensity);
          expect(check.intensity).toBe(expected);
          expect(check.decision).toBe(expected === t.intensity ? 'allow' : 'modify');
          for (const id of check.ruleIds) expect(matching.some((r) => r.ruleId === id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('exercise checks honour every limit: load over a cap, or a feature, position or category it avoids', () => {
    fc.assert(
      fc.property(arbCase, arbExercise, (c, e) => {
        const screening = screenCase(c);
        const check = checkExercise(screening, e);
        const loaded = Object.entries(e.load.regions) as [Region, LoadLevel][];
        const breaks = screening.exerciseLimits.filter((l) => {
          // Whole-body load meets only limits that hold everywhere or name widespread.
          const here = loaded.filter(
            ([r]) => l.regions === null || l.regions.includes(r) || l.regions.includes('widespread'),
          );
          if (l.maxLoad !== null && here.some(([, level]) => loadRank(level) > loadRank(l.maxLoad ?? 'high')))
            return true;
          const uses = l.regions === null || here.some(([, level]) => level !== 'none');
          return (
            uses &&
            (l.avoidFeatures.some((f) => e.load.features.includes(f)) ||
              l.avoidPositions.some((p) => e.positions.includes(p)) ||
              l.avoidCategories.includes(e.category))
          );
        });
        expect(check.decision).toBe(breaks.length > 0 ? 'avoid' : 'allow');
        if (breaks.length > 0) expect(new Set(check.ruleIds)).toEqual(new Set(breaks.map((l) => l.ruleId)));
      }),
      { numRuns: 500 },
    );
  });
});

/** Independent oracle: the IFOMPT risk factors as groups of history ids, each group one factor. */
const CAD_FACTOR_GROUPS: readonly (readonly string[])[] = [
  ['hypertension', 'uncontrolled_hypertension'],
  ['hypercholesterolaemia'],
  ['cardiovascular_disease', 'recent_stroke_or_tia'],
  ['smoker'],
  ['migraine'],
  ['recent_neck_trauma'],
  ['connective_tissue_disorder'],
  ['oral_contraceptive'],
  ['recent_infection'],
  ['bleeding_disorder', 'anticoagulant'],
];
const cadFactorCount = (c: CaseFile): number => {
  const ids = new Set<string>([...c.history.conditions, ...c.history.medications, ...c.redFlags]);
  return CAD_FACTOR_GROUPS.filter((group) => group.some((id) => ids.has(id))).length;
};
/** Independent oracle for sensitised widespread pain (docs/rules.md). */
const sensitisedWidespread = (c: CaseFile): boolean => {
  const widespread =
    c.pain.map.some((m) => m.region === 'widespread') ||
    c.pain.map.length >= 4 ||
    c.history.conditions.includes('fibromyalgia');
  const pcs = c.questionnaires.pcs;
  const pcsTotal = Array.isArray(pcs) ? pcs.reduce((sum: number, x) => sum + Number(x), 0) : 0;
  return widespread && (pcsTotal >= 30 || c.findings.movement.includes('widespread_tenderness'));
};

describe('the screening rules of issue 13 hold over generated cases', () => {
  test('two or more CAD risk factors: no thrust at the neck or mid back passes, at any intensity', () => {
    fc.assert(
      fc.property(arbCase, arbTechnique, fc.constantFrom<Region>('cervical', 'thoracic'), (c, t, spine) => {
        fc.pre(cadFactorCount(c) >= 2);
        const check = checkTechnique(screenCase(c), {
          ...t,
          category: 'joint_manipulation',
          regions: [...t.regions, spine],
        });
        expect(check.decision).toBe('avoid');
      }),
      { numRuns: 200 },
    );
  });

  test('CAD risk factors: at most one CAD notice, present exactly with a factor and an upper-quarter complaint', () => {
    const upperQuarter: readonly Region[] = [
      'head',
      'jaw',
      'cervical',
      'upper_trapezius',
      'thoracic',
      'scapula',
      'shoulder',
      'widespread',
    ];
    fc.assert(
      fc.property(arbCase, (c) => {
        const notices = screenCase(c).notices.filter((n) => n.ruleId.startsWith('precaution.cad'));
        const regions = [...c.complaint.regions, ...c.pain.map.map((m) => m.region)];
        const expected = cadFactorCount(c) >= 1 && regions.some((r) => upperQuarter.includes(r)) ? 1 : 0;
        expect(notices).toHaveLength(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('a swollen, warm, tender calf is always a same-day emergency that stops treatment', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const withCalf = sketchCase({
          age: c.client.age,
          regions: c.complaint.regions,
          conditions: c.history.conditions,
          medications: c.history.medications,
          redFlags: [...new Set([...c.redFlags, 'calf_swelling_warmth' as const])],
        });
        const { referral, alerts } = screenCase(withCalf);
        expect(referral?.urgency).toBe('emergency');
        expect(referral?.stopsTreatment).toBe(true);
        const clot = alerts.filter((a) => a.concern === 'dvt');
        expect(clot).toHaveLength(1);
        const chest = withCalf.redFlags.some((f) => f === 'unexplained_breathlessness' || f === 'haemoptysis');
        expect(clot[0]?.ruleId).toBe(chest ? 'refer.pulmonary_embolism' : 'refer.dvt');
      }),
      { numRuns: 200 },
    );
  });

  test('long-term corticosteroid: no thrust, deep-tissue, IASTM or percussive technique passes anywhere', () => {
    fc.assert(
      fc.property(arbCase, arbTechnique, (c, t) => {
        fc.pre(c.history.medications.includes('corticosteroid_long_term'));
        for (const category of ['joint_manipulation', 'deep_tissue', 'iastm', 'percussive'] as const) {
          expect(checkTechnique(screenCase(c), { ...t, category }).decision).toBe('avoid');
        }
      }),
      { numRuns: 100 },
    );
  });

  test('sensitised widespread pain: no percussive or deep tissue, and every other technique is gentle at most', () => {
    fc.assert(
      fc.property(arbCase, arbTechnique, (c, t) => {
        const screening = screenCase(c);
        expect(screening.restrictions.some((r) => r.ruleId === 'precaution.sensitised_widespread_pain')).toBe(
          sensitisedWidespread(c),
        );
        if (!sensitisedWidespread(c)) return;
        const check = checkTechnique(screening, t);
        if (t.category === 'percussive' || t.category === 'deep_tissue') expect(check.decision).toBe('avoid');
        else if (check.decision !== 'avoid') expect(check.intensity).toBe('gentle');
      }),
      { numRuns: 300 },
    );
  });
});
