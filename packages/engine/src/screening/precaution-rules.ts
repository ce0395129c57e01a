// The contraindication and precaution table as data: one row per trigger, each with the techniques
// it avoids or modifies, the exercise limits and the notices the clinician must confirm. Sources disagree, above all
// on massage (Batavia 2004), so the table is configurable: `screenCase(c, { precautionRules })`, and a
// clinic's own table is validated with `parsePrecautionRules` (zod; errors name the field).
import { z } from 'zod';
import { problemsFromZod } from '../case-file.ts';
import { fail, ok, type Result } from '../result.ts';
import {
  CONDITIONS,
  MEDICATIONS,
  RED_FLAGS,
  REGIONS,
  type Condition,
  type Intensity,
  type Medication,
  type Region,
  type TechniqueCategory,
} from '../vocabulary/index.ts';
import { SPINE_REGIONS, type CaseFacts } from './facts.ts';
import {
  ALL_BUT_THRUST,
  ALL_TECHNIQUES,
  FEET,
  JOINT_MOBILISING,
  LEGS,
  LIMBS,
  LOWER_LIMB,
  MASSAGE_TECHNIQUES,
  PERIPHERAL_JOINTS,
  VIGOROUS_TECHNIQUES,
} from './groups.ts';
import { CAD_RISK_FACTORS_AVOID_THRUST_FROM } from './cad-risk-factors.ts';
import { SOURCES, cite } from './sources.ts';
import { regionsOverlap } from './technique-check.ts';
import {
  ZExerciseLimitTemplate,
  ZNoticeTemplate,
  ZRestrictionTemplate,
  type Activation,
  type ExerciseLimitTemplate,
  type NoticeTemplate,
  type RegionScope,
  type RestrictionTemplate,
} from './templates.ts';

/** What makes a row fire. A surgery trigger fires once per matching recorded surgery, with that surgery's region as site. */
export const ZPrecautionTrigger = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('condition'), id: CONDITIONS.schema }),
  z.strictObject({ kind: z.literal('medication'), id: MEDICATIONS.schema }),
  z.strictObject({ kind: z.literal('red_flag'), id: RED_FLAGS.schema }),
  z.strictObject({
    kind: z.literal('pregnant'),
    /** Only from this week of pregnancy (an unknown week counts as reached). */
    fromWeeks: z.number().int().min(1).max(42).optional(),
  }),
  z.strictObject({ kind: z.literal('fall_risk') }),
  z.strictObject({ kind: z.literal('min_age'), years: z.number().int().min(0).max(120) }),
  z.strictObject({
    kind: z.literal('cad_risk_factors'),
    /** At least this many distinct cervical arterial risk factors (cad-risk-factors.ts). */
    min: z.number().int().min(1),
    /** Only when the complaint or pain map touches one of these regions (`widespread` touches every region). */
    complaintIn: z.array(REGIONS.schema).min(1).readonly().optional(),
  }),
  z.strictObject({ kind: z.literal('sensitised_widespread_pain') }),
  z.strictObject({
    kind: z.literal('surgery'),
    /** weeksAgo ≥ minWeeks (default 0). */
    minWeeks: z.number().min(0).optional(),
    /** weeksAgo < belowWeeks (default: no limit). */
    belowWeeks: z.number().positive().optional(),
    /** Only surgeries whose `kind` contains one of these words (case-insensitive). */
    kinds: z.array(z.string().min(1)).min(1).readonly().optional(),
  }),
]);
export type PrecautionTrigger = z.infer<typeof ZPrecautionTrigger>;

export const ZPrecautionRule = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/, 'use a dotted lowercase id such as precaution.osteoporosis'),
    trigger: ZPrecautionTrigger,
    source: z.string().min(3),
    restrictions: z.array(ZRestrictionTemplate).readonly().default([]),
    exerciseLimits: z.array(ZExerciseLimitTemplate).readonly().default([]),
    notices: z.array(ZNoticeTemplate).readonly().default([]),
  })
  .refine((r) => r.restrictions.length + r.exerciseLimits.length + r.notices.length > 0, {
    message: 'a precaution rule must restrict, limit or notify something',
  });
export type PrecautionRule = z.infer<typeof ZPrecautionRule>;

export const ZPrecautionRules = z.array(ZPrecautionRule).superRefine((rules, ctx) => {
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate rule id "${rule.id}"` });
    seen.add(rule.id);
  });
});

/** Validates a clinic's own precaution table; never throws. */
export function parsePrecautionRules(raw: unknown): Result<PrecautionRule[]> {
  const parsed = ZPrecautionRules.safeParse(raw);
  return parsed.success ? ok(parsed.data) : fail(...problemsFromZod(parsed.error));
}

// ── Triggers → activations ─────────────────────────────────────────────────────────────────────────────────────

const regionWords = (region: Region): string => REGIONS.entries[region].label.toLowerCase();

function surgeryMatches(
  trigger: Extract<PrecautionTrigger, { kind: 'surgery' }>,
  weeksAgo: number,
  kind: string | undefined,
): boolean {
  if (weeksAgo < (trigger.minWeeks ?? 0)) return false;
  if (trigger.belowWeeks !== undefined && weeksAgo >= trigger.belowWeeks) return false;
  if (trigger.kinds === undefined) return true;
  const words = (kind ?? '').toLowerCase();
  return trigger.kinds.some((k) => words.includes(k.toLowerCase()));
}

/** The reasons a trigger holds for this case: none, one, or (for surgery) one per distinct operated region. */
export function triggerActivations(trigger: PrecautionTrigger, facts: CaseFacts): Activation[] {
  switch (trigger.kind) {
    case 'condition':
      return facts.conditions.has(trigger.id)
        ? [{ trigger: trigger.id, label: CONDITIONS.entries[trigger.id].label }]
        : [];
    case 'medication':
      return facts.medications.has(trigger.id)
        ? [{ trigger: trigger.id, label: MEDICATIONS.entries[trigger.id].label }]
        : [];
    case 'red_flag':
      return facts.redFlags.has(trigger.id)
        ? [{ trigger: trigger.id, label: RED_FLAGS.entries[trigger.id].label }]
        : [];
    case 'pregnant': {
      if (!facts.pregnant) return [];
      const weeks = facts.pregnancyWeeks;
      if (trigger.fromWeeks !== undefined && weeks !== undefined && weeks < trigger.fromWeeks) return [];
      return [{ trigger: 'pregnant', label: weeks === undefined ? 'Pregnancy' : `Pregnancy, ${weeks} weeks` }];
    }
    case 'fall_risk':
      return facts.fallRisk.length > 0
        ? [{ trigger: 'fall_risk', label: `High fall risk: ${facts.fallRisk.join(', ')}` }]
        : [];
    case 'min_age':
      return facts.age >= trigger.years ? [{ trigger: 'age', label: `Age ${facts.age}` }] : [];
    case 'cad_risk_factors': {
      const found = facts.cadRiskFactors;
      if (found.length < trigger.min) return [];
      if (trigger.complaintIn !== undefined && !regionsOverlap(trigger.complaintIn, facts.complaintRegions)) return [];
      return [{ trigger: 'cad_risk_factors', label: found.map((f) => f.words).join(', ') }];
    }
    case 'sensitised_widespread_pain': {
      const found = facts.sensitisedWidespreadPain;
      if (found === null) return [];
      return [
        {
          trigger: 'sensitised_widespread_pain',
          label: `${found.widespread.join(', ')}; ${found.signs.join(', ')}`,
        },
      ];
    }
    case 'surgery': {
      const out: Activation[] = [];
      for (const s of facts.surgeries) {
        const id = `surgery:${s.region}`;
        if (!surgeryMatches(trigger, s.weeksAgo, s.kind) || out.some((a) => a.trigger === id)) continue;
        const what = s.kind === undefined ? 'Surgery' : `Surgery (${s.kind})`;
        out.push({
          trigger: id,
          label: `${what} at the ${regionWords(s.region)} ${s.weeksAgo} weeks ago`,
          site: s.region,
        });
      }
      return out;
    }
  }
}

/** The trigger in words, for the rule catalogue. */
export function describeTrigger(trigger: PrecautionTrigger): string {
  switch (trigger.kind) {
    case 'condition':
      return `condition ${trigger.id}`;
    case 'medication':
      return `medication ${trigger.id}`;
    case 'red_flag':
      return `red flag ${trigger.id}`;
    case 'pregnant':
      return trigger.fromWeeks === undefined
        ? 'pregnant'
        : `pregnant, from week ${trigger.fromWeeks} (or week unknown)`;
    case 'fall_risk':
      return 'high fall risk (any of: a fall in the past year, a walking aid, TUG ≥ 13.5 s, chair stand below norm, single-leg stance < 5 s)';
    case 'min_age':
      return `age ≥ ${trigger.years}`;
    case 'cad_risk_factors': {
      const where =
        trigger.complaintIn === undefined
          ? ''
          : `, with a complaint at ${trigger.complaintIn.map((r) => regionWords(r)).join(', ')}`;
      return `${trigger.min} or more cervical arterial risk factors${where}`;
    }
    case 'sensitised_widespread_pain':
      return 'widespread pain (pain map or fibromyalgia) with signs of sensitisation (PCS ≥ 30, widespread tenderness)';
    case 'surgery': {
      const window = [
        trigger.minWeeks === undefined ? '' : `≥ ${trigger.minWeeks} weeks ago`,
        trigger.belowWeeks === undefined ? '' : `< ${trigger.belowWeeks} weeks ago`,
      ]
        .filter((s) => s !== '')
        .join(' and ');
      const kinds = trigger.kinds === undefined ? '' : ` whose kind mentions ${trigger.kinds.join('/')}`;
      return `a recorded surgery${kinds}${window === '' ? '' : ` ${window}`}`;
    }
  }
}

// ── Table helpers ──────────────────────────────────────────────────────────────────────────────────────────────

const avoid = (
  categories: readonly TechniqueCategory[],
  regions: RegionScope,
  rationale: string,
): RestrictionTemplate => ({ action: 'avoid', categories, regions, rationale });
const modify = (
  categories: readonly TechniqueCategory[],
  maxIntensity: Intensity,
  regions: RegionScope,
  rationale: string,
): RestrictionTemplate => ({ action: 'modify', categories, maxIntensity, regions, rationale });
const limit = (
  regions: RegionScope,
  what: Partial<Pick<ExerciseLimitTemplate, 'maxLoad' | 'avoidFeatures' | 'avoidPositions' | 'avoidCategories'>>,
  rationale: string,
): ExerciseLimitTemplate => ({
  regions,
  maxLoad: null,
  avoidFeatures: [],
  avoidPositions: [],
  avoidCategories: [],
  ...what,
  rationale,
});
const notice = (rationale: string): NoticeTemplate => ({ rationale });
const only = (regions: readonly Region[]): RegionScope => ({ regions });
const except = (all: readonly TechniqueCategory[], ...left: readonly TechniqueCategory[]): TechniqueCategory[] =>
  all.filter((c) => !left.includes(c));

interface RowParts {
  restrictions?: readonly RestrictionTemplate[];
  exerciseLimits?: readonly ExerciseLimitTemplate[];
  notices?: readonly NoticeTemplate[];
}
const row = (id: string, trigger: PrecautionTrigger, source: string, parts: RowParts): PrecautionRule => ({
  id,
  trigger,
  source,
  restrictions: parts.restrictions ?? [],
  exerciseLimits: parts.exerciseLimits ?? [],
  notices: parts.notices ?? [],
});
const onCondition = (id: Condition): PrecautionTrigger => ({ kind: 'condition', id });
const onMedication = (id: Medication): PrecautionTrigger => ({ kind: 'medication', id });

// ── Shared row contents ────────────────────────────────────────────────────────────────────────────────────────

/** Loaded spinal flexion, explosive lifts and lying on a roller load fragile vertebrae most (Giangregorio et al. 2014). */
const FRAGILE_SPINE: ExerciseLimitTemplate = limit(
  'everywhere',
  { avoidFeatures: ['end_range_spinal_flexion', 'ballistic', 'spine_on_roller'] },
  'No end-range or loaded bending of the spine, no jerky or explosive lifts and no lying on a roller or ball with fragile bone ({trigger}): they load the vertebrae most.',
);

/**
 * Fragile bone (WHO relative contraindication; consensus: severe osteoporosis). Exercise is encouraged; only loaded
 * end-range spinal flexion and ballistic work are left out (Giangregorio et al. 2014, Osteoporos Int 25:821).
 */
const BONE_FRAGILITY: RowParts = {
  restrictions: [
    avoid(['joint_manipulation'], 'everywhere', 'No thrust manipulation with fragile bone ({trigger}).'),
    modify(
      JOINT_MOBILISING,
      'gentle',
      'everywhere',
      'Only low-grade joint mobilisation with fragile bone ({trigger}).',
    ),
    modify(VIGOROUS_TECHNIQUES, 'moderate', 'everywhere', 'Light to moderate pressure only over bone ({trigger}).'),
  ],
  exerciseLimits: [FRAGILE_SPINE],
};
const BONE_SOURCE = cite(SOURCES.who, SOURCES.consensus, SOURCES.pmc, SOURCES.giangregorio);

/**
 * Long-term glucocorticoids thin the skin and weaken tendons as well as bone (Schäcke 2002; Blanco 2005), so the
 * vigorous and deep pressure that bone fragility only caps is avoided, and the remaining pressure is gentle, as for
 * fragile skin (Tandem policy [P]: the same cap as `precaution.fragile_skin`).
 */
const STEROID_AVOID: readonly TechniqueCategory[] = ['joint_manipulation', 'deep_tissue', 'iastm', 'percussive'];
const FRAGILE_TISSUE_AND_BONE: RowParts = {
  restrictions: [
    avoid(
      STEROID_AVOID,
      'everywhere',
      'No thrust, deep-tissue, instrument or percussive work: skin, tendon and bone may be fragile ({trigger}).',
    ),
    modify(
      ['soft_tissue', 'myofascial_release', 'trigger_point'],
      'gentle',
      'everywhere',
      'Light pressure only, without drag on the skin: skin and tendons may be thin ({trigger}).',
    ),
    modify(
      JOINT_MOBILISING,
      'gentle',
      'everywhere',
      'Only low-grade joint mobilisation with fragile bone ({trigger}).',
    ),
  ],
  exerciseLimits: [FRAGILE_SPINE],
  notices: [
    notice(
      'Ask about bone density tests and any new back pain after minor strain (a vertebral fracture with long-term steroids), and agree bone health with the GP or rheumatologist ({trigger}).',
    ),
  ],
};
const STEROID_SOURCE = cite(BONE_SOURCE, SOURCES.glucocorticoid, SOURCES.policy);

/** Complaint regions for which the neck or upper back may be examined or treated, so the CAD notice applies. */
export const CAD_NOTICE_REGIONS: readonly Region[] = [
  'head',
  'jaw',
  'cervical',
  'upper_trapezius',
  'thoracic',
  'scapula',
  'shoulder',
];

/** Several cervical arterial risk factors: no thrust at the neck or upper back, neck mobilisation short of end range. */
const CAD_RISK: RowParts = {
  restrictions: [
    avoid(
      ['joint_manipulation'],
      only(['cervical', 'thoracic']),
      'No thrust to the neck or upper back with several cervical arterial risk factors ({trigger}).',
    ),
    modify(
      JOINT_MOBILISING,
      'moderate',
      only(['cervical']),
      'Neck mobilisation stays within a comfortable range, short of end range, with several cervical arterial risk factors ({trigger}).',
    ),
  ],
};

/** Widespread, sensitised pain: strong input tends to flare it, so techniques stay gentle and exercise leads. */
const SENSITISED_AVOID: readonly TechniqueCategory[] = ['percussive', 'deep_tissue'];
const SENSITISED: RowParts = {
  restrictions: [
    avoid(
      SENSITISED_AVOID,
      'everywhere',
      'No percussive or deep-tissue work: with widespread, sensitised pain strong input tends to flare it ({trigger}).',
    ),
    modify(
      except(ALL_TECHNIQUES, ...SENSITISED_AVOID),
      'gentle',
      'everywhere',
      'Gentle techniques only with widespread, sensitised pain; graded exercise leads the plan ({trigger}).',
    ),
  ],
};

const BLEEDING_AVOID: readonly TechniqueCategory[] = ['joint_manipulation', 'deep_tissue', 'iastm', 'percussive'];
const bleeding = (check: string): RowParts => ({
  restrictions: [
    avoid(
      BLEEDING_AVOID,
      'everywhere',
      'No thrust, deep-tissue, instrument or percussive work with a bleeding risk ({trigger}).',
    ),
    modify(
      except(ALL_TECHNIQUES, ...BLEEDING_AVOID),
      'gentle',
      'everywhere',
      'Light pressure only with a bleeding risk ({trigger}).',
    ),
  ],
  exerciseLimits: [
    limit(
      'everywhere',
      { avoidFeatures: ['spine_on_roller'], avoidCategories: ['self_massage'] },
      'No self-massage with a ball or roller and no lying on one with a bleeding risk: firm pressure can bruise ({trigger}).',
    ),
  ],
  notices: [notice(check)],
});
const BLEEDING_SOURCE = cite(SOURCES.who, SOURCES.consensus, SOURCES.batavia);

const INFLAMED_AVOID: readonly TechniqueCategory[] = [...JOINT_MOBILISING, 'joint_manipulation', ...MASSAGE_TECHNIQUES];
const INFLAMMATION: RowParts = {
  restrictions: [
    avoid(
      INFLAMED_AVOID,
      'complaint',
      'No joint or pressure techniques on acutely inflamed or infected tissue ({trigger}).',
    ),
    modify(
      ALL_TECHNIQUES,
      'gentle',
      'everywhere',
      'Only gentle, pain-relieving techniques elsewhere until it settles ({trigger}).',
    ),
  ],
  exerciseLimits: [
    limit(
      'complaint',
      { maxLoad: 'light', avoidCategories: ['self_massage'] },
      'Only gentle range-of-motion work and light load for the inflamed region until it settles ({trigger}).',
    ),
  ],
};
const INFLAMMATION_SOURCE = cite(SOURCES.who, SOURCES.pmc, SOURCES.batavia, SOURCES.kelley);

const CANCER_AVOID: readonly TechniqueCategory[] = ['joint_manipulation', 'deep_tissue', 'iastm', 'percussive'];
const cancer = (extra: RowParts): RowParts => ({
  restrictions: [
    avoid(
      CANCER_AVOID,
      'everywhere',
      'No thrust and no deep, instrument or percussive pressure: bone and tissue may be fragile ({trigger}).',
    ),
    modify(except(ALL_TECHNIQUES, ...CANCER_AVOID), 'gentle', 'everywhere', 'Light touch only ({trigger}).'),
  ],
  exerciseLimits: extra.exerciseLimits ?? [],
  notices: [
    notice(
      'Confirm oncology clearance and ask where tumours, metastases, radiation fields and at-risk lymph nodes are.',
    ),
  ],
});
const CANCER_SOURCE = cite(SOURCES.who, SOURCES.batavia);

const cardiovascular = (check: string): RowParts => ({
  restrictions: [
    modify(
      ALL_TECHNIQUES,
      'moderate',
      'everywhere',
      'No vigorous or firm techniques until it is under control ({trigger}).',
    ),
  ],
  exerciseLimits: [
    limit(
      'everywhere',
      { maxLoad: 'light', avoidFeatures: ['valsalva'] },
      'Only light exercise, breathing freely, until a doctor clears more ({trigger}).',
    ),
  ],
  notices: [notice(check)],
});
const CARDIO_SOURCE = cite(SOURCES.consensus, SOURCES.batavia);

const SKIN_AVOID = VIGOROUS_TECHNIQUES;
const skin = (extra: readonly NoticeTemplate[]): RowParts => ({
  restrictions: [
    avoid(
      SKIN_AVOID,
      'everywhere',
      'No instrument, percussive or deep-tissue work on fragile or broken skin ({trigger}).',
    ),
    modify(
      except(MASSAGE_TECHNIQUES, ...SKIN_AVOID),
      'gentle',
      'everywhere',
      'Gentle pressure only, without drag on the skin ({trigger}).',
    ),
  ],
  notices: extra,
});

const REDUCED_SENSATION: RowParts = {
  restrictions: [
    modify(
      MASSAGE_TECHNIQUES,
      'moderate',
      'everywhere',
      'Moderate pressure at most: with reduced sensation the client may not feel too much pressure ({trigger}).',
    ),
    avoid(['percussive'], only(FEET), 'No percussive device on the feet with reduced sensation ({trigger}).'),
  ],
  notices: [notice('Check sensation and the skin of the feet before working on them.')],
};

const LAX_JOINTS: RowParts = {
  restrictions: [
    avoid(['joint_manipulation'], 'everywhere', 'No thrust manipulation with lax joints ({trigger}).'),
    modify(
      JOINT_MOBILISING,
      'gentle',
      'everywhere',
      'Only gentle joint mobilisation with lax joints; favour stabilising exercise ({trigger}).',
    ),
  ],
};

const LAX_UPPER_NECK: RowParts = {
  restrictions: [
    avoid(
      ['joint_manipulation'],
      only(['cervical']),
      'No neck manipulation: the upper neck ligaments may be lax ({trigger}).',
    ),
    modify(
      JOINT_MOBILISING,
      'gentle',
      only(['cervical']),
      'Only gentle neck mobilisation: the upper neck ligaments may be lax ({trigger}).',
    ),
  ],
};

const SURGERY_SOURCE = cite(SOURCES.who, SOURCES.pmc, SOURCES.hardy);
/** Movement the healing site is spared until remodelling is well along. */
const HEALING_AVOID = ['impact', 'ballistic'] as const;
const SURGERY_PRESSURE: readonly TechniqueCategory[] = [
  'soft_tissue',
  'myofascial_release',
  'deep_tissue',
  'trigger_point',
  'iastm',
  'percussive',
  'joint_manipulation',
];

/** Weeks after surgery before pressure over the scar and region is allowed (the usual massage precaution [R]). */
export const SURGERY_SCAR_WEEKS = 6;
/** Weeks after surgery during which the region is still treated gently and loaded moderately (Tandem policy [P], after
 * the proliferative phase of healing lasting to about 6 weeks and early remodelling, Hardy 1989). */
export const SURGERY_HEALING_WEEKS = 12;
/** Weeks after surgery before impact and ballistic loading of the region (about 6 months; van Melick et al. 2016). */
export const SURGERY_REMODELLING_WEEKS = 26;
/** Age from which thrust manipulation is avoided for likely bone fragility (Tandem policy [P] after the fracture red flag
 * age > 70, Finucane et al. 2020). */
export const OLDER_ADULT_AGE = 70;

/** Trunk, pelvis and legs: where deep, percussive and thrust work is left out in pregnancy. */
const PREGNANCY_PROTECTED: readonly Region[] = [
  'thoracic',
  'chest',
  'abdomen',
  'lumbar',
  'pelvis',
  'gluteal',
  'hip',
  ...LEGS,
];
/** From this week no lying supine for long (ACOG 2020 Committee Opinion 804; Mottola et al. 2018). */
export const PREGNANCY_SUPINE_FROM_WEEKS = 20;
/** Reasons to stop exercise and seek care (ACOG 2020 Committee Opinion 804), in Tandem's words. */
export const PREGNANCY_WARNING_SIGNS: readonly string[] = [
  'bleeding from the vagina',
  'regular, painful contractions',
  'fluid leaking from the vagina',
  'breathlessness before any effort',
  'dizziness or feeling faint',
  'headache',
  'chest pain',
  'pain or swelling in a calf',
  'muscle weakness that affects balance',
];
const PREGNANCY_SOURCE = cite(SOURCES.acog, SOURCES.mottola, SOURCES.batavia);

// ── The default table ──────────────────────────────────────────────────────────────────────────────────────────

export const DEFAULT_PRECAUTION_RULES: readonly PrecautionRule[] = [
  row('precaution.osteoporosis', onCondition('osteoporosis'), BONE_SOURCE, BONE_FRAGILITY),
  row('precaution.osteopenia', onCondition('osteopenia'), BONE_SOURCE, BONE_FRAGILITY),
  row(
    'precaution.corticosteroid_long_term',
    onMedication('corticosteroid_long_term'),
    STEROID_SOURCE,
    FRAGILE_TISSUE_AND_BONE,
  ),
  row(
    'precaution.anticoagulant',
    onMedication('anticoagulant'),
    BLEEDING_SOURCE,
    bleeding('Confirm the INR or anticoagulation is stable and look for new bruising before each session.'),
  ),
  row(
    'precaution.antiplatelet',
    onMedication('antiplatelet'),
    BLEEDING_SOURCE,
    bleeding('Look for new or easy bruising before each session.'),
  ),
  row(
    'precaution.bleeding_disorder',
    onCondition('bleeding_disorder'),
    BLEEDING_SOURCE,
    bleeding('Confirm the bleeding disorder is stable and look for new bruising before each session.'),
  ),
  row('precaution.dvt', onCondition('dvt'), SOURCES.batavia, {
    restrictions: [
      avoid(
        ALL_TECHNIQUES,
        only(LOWER_LIMB),
        'No massage, compression or joint work on the legs with a deep vein thrombosis: a clot could break loose.',
      ),
    ],
    exerciseLimits: [
      limit(
        only(LOWER_LIMB),
        { maxLoad: 'light', avoidCategories: ['self_massage'] },
        'No self-massage and only light leg exercise until a doctor clears the clot.',
      ),
    ],
    notices: [notice('Get medical clearance (anticoagulation started, doctor’s go-ahead) before working the legs.')],
  }),
  row('precaution.history_of_dvt', onCondition('history_of_dvt'), SOURCES.batavia, {
    notices: [
      notice(
        'Before leg work, check the calf for new swelling, warmth or tenderness and ask about current anticoagulants.',
      ),
    ],
  }),
  row('precaution.surgery_recent', { kind: 'surgery', belowWeeks: SURGERY_SCAR_WEEKS }, SURGERY_SOURCE, {
    restrictions: [
      avoid(
        SURGERY_PRESSURE,
        'site_and_neighbours',
        'No pressure, instrument, percussive or thrust work near an operation less than 6 weeks old ({trigger}).',
      ),
      modify(
        except(ALL_TECHNIQUES, ...SURGERY_PRESSURE),
        'gentle',
        'site_and_neighbours',
        'Only gentle joint, nerve or lymphatic work near a recent operation ({trigger}).',
      ),
    ],
    exerciseLimits: [
      limit(
        'site',
        { maxLoad: 'light', avoidFeatures: HEALING_AVOID, avoidCategories: ['self_massage'] },
        'Only light load at the operated region while the tissue is still knitting: activation, range of motion and partial weight-bearing as the surgeon allows ({trigger}).',
      ),
    ],
    notices: [
      notice('Confirm the surgeon’s protocol and restrictions for the operated region ({trigger}).'),
      notice(
        'At each visit check the wound and the operated region for redness, heat, discharge or rising swelling, and the calf for swelling, warmth or tenderness; infection or a clot needs a doctor the same day ({trigger}).',
      ),
    ],
  }),
  row(
    'precaution.surgery_healing',
    { kind: 'surgery', minWeeks: SURGERY_SCAR_WEEKS, belowWeeks: SURGERY_HEALING_WEEKS },
    cite(SURGERY_SOURCE, SOURCES.policy),
    {
      restrictions: [
        avoid(
          ['joint_manipulation'],
          'site_and_neighbours',
          'No thrust near an operation 6 to 12 weeks old ({trigger}).',
        ),
        modify(
          ALL_BUT_THRUST,
          'gentle',
          'site_and_neighbours',
          'Only gentle techniques near a healing operation site ({trigger}).',
        ),
      ],
      exerciseLimits: [
        limit(
          'site',
          { maxLoad: 'moderate', avoidFeatures: HEALING_AVOID },
          'Moderate load at the operated region while the new tissue strengthens, following the surgeon’s protocol ({trigger}).',
        ),
      ],
    },
  ),
  row(
    'precaution.surgery_remodelling',
    { kind: 'surgery', minWeeks: SURGERY_HEALING_WEEKS, belowWeeks: SURGERY_REMODELLING_WEEKS },
    cite(SURGERY_SOURCE, SOURCES.vanMelick),
    {
      exerciseLimits: [
        limit(
          'site',
          { avoidFeatures: HEALING_AVOID },
          'Heavy strengthening is fine now; impact and jumping at the operated region wait until about 6 months and the surgeon’s criteria ({trigger}).',
        ),
      ],
    },
  ),
  row(
    'precaution.surgery_hardware',
    { kind: 'surgery', kinds: ['fusion', 'fixation', 'replacement', 'arthroplasty', 'hardware'] },
    SOURCES.who,
    {
      restrictions: [
        avoid(['joint_manipulation'], 'site', 'No thrust at a fused, fixed or replaced segment ({trigger}).'),
      ],
    },
  ),
  row('precaution.spinal_fusion', onCondition('spinal_fusion'), SOURCES.who, {
    restrictions: [
      avoid(
        ['joint_manipulation'],
        { surgerySitesWithin: SPINE_REGIONS },
        'No thrust at fused or instrumented spinal levels.',
      ),
    ],
    notices: [notice('Confirm which spinal levels are fused or instrumented.')],
  }),
  row('precaution.joint_replacement', onCondition('joint_replacement'), cite(SOURCES.who, SOURCES.pmc), {
    restrictions: [
      avoid(['joint_manipulation'], { surgerySitesWithin: PERIPHERAL_JOINTS }, 'No thrust at a replaced joint.'),
    ],
    notices: [notice('Confirm which joint was replaced and the surgeon’s movement precautions.')],
  }),
  row('precaution.pregnancy', { kind: 'pregnant' }, PREGNANCY_SOURCE, {
    restrictions: [
      avoid(
        ['deep_tissue', 'percussive', 'joint_manipulation'],
        only(PREGNANCY_PROTECTED),
        'No deep-tissue, percussive or thrust work on the trunk, pelvis or legs in pregnancy: clots are more likely and the ligaments are softer ({trigger}).',
      ),
      avoid(['percussive'], 'everywhere', 'No percussive devices in pregnancy ({trigger}).'),
      modify(ALL_BUT_THRUST, 'gentle', only(['abdomen']), 'Only gentle work on the abdomen in pregnancy ({trigger}).'),
    ],
    exerciseLimits: [
      limit(
        'everywhere',
        { avoidFeatures: ['ballistic', 'impact', 'valsalva'], avoidPositions: ['prone'] },
        'In pregnancy: no jumping, jerky or breath-holding efforts and no lying on the front; side-lying, sitting, standing or supported versions instead ({trigger}).',
      ),
    ],
    notices: [
      notice(
        'Confirm obstetric clearance if the pregnancy is high-risk, and record its week if not yet known ({trigger}).',
      ),
      notice(
        'Position every hands-on technique side-lying with pillows (between the knees, under the bump) or seated leaning on a support, and change position if she feels faint or short of breath.',
      ),
      notice(`Stop and seek care the same day for any warning sign: ${PREGNANCY_WARNING_SIGNS.join('; ')}.`),
      notice(
        'Review the plan at each trimester and screen again after the birth: care after childbirth has its own precautions ({trigger}).',
      ),
    ],
  }),
  row('precaution.pregnancy_supine', { kind: 'pregnant', fromWeeks: PREGNANCY_SUPINE_FROM_WEEKS }, PREGNANCY_SOURCE, {
    exerciseLimits: [
      limit(
        'everywhere',
        { avoidPositions: ['supine'] },
        'No lying flat on the back from 20 weeks: the womb presses on the large veins and can make her faint; use side-lying or a propped-up position ({trigger}).',
      ),
    ],
  }),
  row('precaution.pre_eclampsia', onCondition('pre_eclampsia'), SOURCES.batavia, {
    restrictions: [avoid(MASSAGE_TECHNIQUES, 'everywhere', 'No massage with pre-eclampsia.')],
    exerciseLimits: [
      limit(
        'everywhere',
        { maxLoad: 'light', avoidFeatures: ['valsalva'] },
        'Only light activity with pre-eclampsia, as the obstetric team allows.',
      ),
    ],
    notices: [notice('Confirm with the obstetric team what care and activity are allowed.')],
  }),
  row('precaution.acute_inflammation', onCondition('acute_inflammation'), INFLAMMATION_SOURCE, INFLAMMATION),
  row(
    'precaution.inflammatory_arthritis_flare',
    onCondition('inflammatory_arthritis_flare'),
    INFLAMMATION_SOURCE,
    INFLAMMATION,
  ),
  row('precaution.local_infection', onCondition('local_infection'), INFLAMMATION_SOURCE, INFLAMMATION),
  row('precaution.spinal_infection', onCondition('spinal_infection'), SOURCES.who, {
    restrictions: [
      avoid(ALL_TECHNIQUES, only(SPINE_REGIONS), 'No manual therapy to the spine with a spinal infection.'),
    ],
    exerciseLimits: [
      limit(only(SPINE_REGIONS), { maxLoad: 'light' }, 'Only light spinal exercise with a spinal infection.'),
    ],
    notices: [notice('Confirm the treating doctor’s go-ahead before any care with a spinal infection.')],
  }),
  row('precaution.cancer_active', onCondition('cancer_active'), CANCER_SOURCE, cancer({})),
  row(
    'precaution.bone_metastases',
    onCondition('bone_metastases'),
    CANCER_SOURCE,
    cancer({
      exerciseLimits: [
        limit(
          'everywhere',
          { maxLoad: 'moderate', avoidFeatures: ['impact', 'ballistic', 'end_range_spinal_flexion'] },
          'No heavy, impact or explosive loading and no loaded spinal bending with bone metastases: adapt exercise to the fracture risk.',
        ),
      ],
    }),
  ),
  row('precaution.chemotherapy', onMedication('chemotherapy'), CANCER_SOURCE, cancer({})),
  row('precaution.lymphoedema', onCondition('lymphoedema'), SOURCES.batavia, {
    restrictions: [
      avoid(
        VIGOROUS_TECHNIQUES,
        only(LIMBS),
        'No deep, instrument or percussive work on the limbs with lymphoedema or removed lymph nodes; lymphatic drainage is fine.',
      ),
    ],
  }),
  row(
    'precaution.uncontrolled_hypertension',
    onCondition('uncontrolled_hypertension'),
    CARDIO_SOURCE,
    cardiovascular('Check blood pressure before each session and get medical clearance for exercise.'),
  ),
  row(
    'precaution.unstable_cardiac_condition',
    onCondition('unstable_cardiac_condition'),
    CARDIO_SOURCE,
    cardiovascular('Get medical clearance before exercise and stop for chest pain, breathlessness or dizziness.'),
  ),
  row('precaution.aortic_aneurysm', onCondition('aortic_aneurysm'), SOURCES.consensus, {
    restrictions: [
      avoid(
        except(MASSAGE_TECHNIQUES, 'soft_tissue', 'lymphatic'),
        only(['abdomen']),
        'No deep pressure on the abdomen with an aortic aneurysm.',
      ),
      modify(
        ['soft_tissue', 'lymphatic'],
        'gentle',
        only(['abdomen']),
        'Only light touch on the abdomen with an aortic aneurysm.',
      ),
      avoid(['joint_manipulation'], only(['thoracic', 'lumbar']), 'No thrust to the back with an aortic aneurysm.'),
    ],
    exerciseLimits: [
      limit(
        'everywhere',
        { maxLoad: 'moderate', avoidFeatures: ['valsalva'] },
        'No heavy straining or breath-holding with an aortic aneurysm.',
      ),
    ],
    notices: [notice('Confirm the aneurysm is under medical surveillance and what exertion is allowed.')],
  }),
  row(
    'precaution.recent_stroke_or_tia',
    onCondition('recent_stroke_or_tia'),
    cite(SOURCES.consensus, SOURCES.ifomptCervical),
    {
      restrictions: [
        avoid(
          ['joint_manipulation', 'deep_tissue', 'iastm', 'percussive'],
          only(['cervical']),
          'No neck manipulation and no deep pressure on the neck after a recent stroke or TIA.',
        ),
        modify(
          ALL_BUT_THRUST,
          'moderate',
          only(['cervical']),
          'No firm or end-range neck techniques after a recent stroke or TIA.',
        ),
      ],
      notices: [notice('Confirm medical clearance after the stroke or TIA.')],
    },
  ),
  row(
    'precaution.cad_risk_factors',
    { kind: 'cad_risk_factors', min: CAD_RISK_FACTORS_AVOID_THRUST_FROM },
    cite(SOURCES.ifomptCervical, SOURCES.policy),
    CAD_RISK,
  ),
  // One notice for one or more factors, so the thrust row above never adds a second one.
  row(
    'precaution.cad_risk_assessment',
    { kind: 'cad_risk_factors', min: 1, complaintIn: CAD_NOTICE_REGIONS },
    SOURCES.ifomptCervical,
    {
      notices: [
        notice(
          'Cervical arterial risk factors ({trigger}): complete a pre-manipulative assessment of cervical arterial risk and get informed consent before any end-range or thrust neck technique, and tell the client to stop and seek care at once for a sudden severe headache, dizziness, double vision, slurred speech or numbness of the face.',
        ),
      ],
    },
  ),
  row('precaution.fragile_skin', onCondition('fragile_skin'), SOURCES.batavia, skin([])),
  row(
    'precaution.open_wound',
    onCondition('open_wound'),
    SOURCES.batavia,
    skin([notice('Keep all hands-on work clear of the wound and its edges.')]),
  ),
  row(
    'precaution.peripheral_neuropathy',
    onCondition('peripheral_neuropathy'),
    cite(SOURCES.batavia, SOURCES.policy),
    REDUCED_SENSATION,
  ),
  // Diabetes alone does not reduce sensation: pressure is capped only with neuropathy (or fragile skin, its own row).
  row('precaution.diabetes', onCondition('diabetes'), cite(SOURCES.batavia, SOURCES.policy), {
    notices: [
      notice(
        'Check sensation and the skin of the feet before working on them; with reduced sensation record peripheral neuropathy so pressure is capped ({trigger}).',
      ),
    ],
  }),
  row('precaution.hypermobility_syndrome', onCondition('hypermobility_syndrome'), SOURCES.who, LAX_JOINTS),
  row('precaution.connective_tissue_disorder', onCondition('connective_tissue_disorder'), SOURCES.who, LAX_JOINTS),
  row(
    'precaution.rheumatoid_arthritis',
    onCondition('rheumatoid_arthritis'),
    cite(SOURCES.who, 'upper-cervical instability'),
    LAX_UPPER_NECK,
  ),
  row(
    'precaution.down_syndrome',
    onCondition('down_syndrome'),
    cite(SOURCES.who, 'upper-cervical instability'),
    LAX_UPPER_NECK,
  ),
  row('precaution.varicose_veins', onCondition('varicose_veins'), SOURCES.batavia, {
    restrictions: [
      avoid(VIGOROUS_TECHNIQUES, only(['calf', 'thigh']), 'No deep pressure over varicose veins in the calf or thigh.'),
    ],
  }),
  row(
    'precaution.sensitised_widespread_pain',
    { kind: 'sensitised_widespread_pain' },
    cite(SOURCES.eularFibromyalgia, SOURCES.nijs, SOURCES.policy),
    SENSITISED,
  ),
  row(
    'precaution.age_70_plus',
    { kind: 'min_age', years: OLDER_ADULT_AGE },
    cite(SOURCES.who, SOURCES.finucane, SOURCES.policy),
    {
      restrictions: [
        avoid(
          ['joint_manipulation'],
          'everywhere',
          'No thrust manipulation from age 70: bone is more often fragile ({trigger}).',
        ),
      ],
    },
  ),
  row('precaution.fall_risk', { kind: 'fall_risk' }, cite(SOURCES.worldFalls, SOURCES.sherrington), {
    exerciseLimits: [
      limit(
        'everywhere',
        { avoidFeatures: ['single_leg_balance', 'lunge', 'ballistic', 'impact', 'floor_transfer'] },
        'With a high risk of falling: no unsupported one-leg balance, lunges, jumping or explosive work, and no exercise that needs getting down to the floor; balance is trained holding a support ({trigger}).',
      ),
    ],
    notices: [
      notice(
        'Review falls risk with the client and their doctor: medicines (sedatives, blood pressure, several medicines), footwear, eyesight and hazards at home (rugs, lighting, stairs), and offer a multifactorial falls assessment ({trigger}).',
      ),
    ],
  }),
];
