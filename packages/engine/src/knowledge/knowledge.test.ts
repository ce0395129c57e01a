import { describe, expect, test } from 'vitest';
import { EXERCISE_CATEGORIES, REGIONS, TECHNIQUE_CATEGORIES, loadRank } from '../vocabulary/index.ts';
import { FINDING_EXERCISES, STRUCTURE_EXERCISES } from './finding-exercises.ts';
import { renderIllustration } from '../illustration/index.ts';
import { EDUCATION_TOPICS, EXERCISES, EXERCISES_BY_ID, EXERCISE_SOURCES, TECHNIQUES, type Exercise } from './index.ts';
import { POSE_POSITION } from './pose-positions.ts';

describe('knowledge base size and coverage', () => {
  test('at least 40 techniques, 150 exercises, 15 education topics', () => {
    expect(TECHNIQUES.length).toBeGreaterThanOrEqual(40);
    expect(EXERCISES.length).toBeGreaterThanOrEqual(150);
    expect(EDUCATION_TOPICS.length).toBeGreaterThanOrEqual(15);
  });

  test('ids are unique across each collection', () => {
    for (const list of [TECHNIQUES, EXERCISES, EDUCATION_TOPICS]) {
      const ids = list.map((x) => x.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  test('every technique category and the main body regions are covered', () => {
    const categories = new Set(TECHNIQUES.map((t) => t.category));
    expect(TECHNIQUE_CATEGORIES.ids.filter((c) => !categories.has(c))).toEqual([]);
    const exerciseCategories = new Set(EXERCISES.map((e) => e.category));
    expect(EXERCISE_CATEGORIES.ids.filter((c) => !exerciseCategories.has(c))).toEqual([]);
    const regions = new Set(EXERCISES.flatMap((e) => e.regions));
    for (const r of [
      'lumbar',
      'pelvis',
      'hip',
      'knee',
      'ankle',
      'thoracic',
      'cervical',
      'shoulder',
      'scapula',
      'elbow',
      'wrist',
    ] as const) {
      expect(regions.has(r), r).toBe(true);
    }
    expect(REGIONS.ids.length).toBeGreaterThan(0);
  });

  test('walking or step-count programs, self-massage and relaxation exist', () => {
    expect(EXERCISES.some((e) => e.category === 'cardio' && /walk|step/i.test(e.name))).toBe(true);
    expect(EXERCISES.some((e) => e.category === 'self_massage' && e.equipment.includes('massage_ball'))).toBe(true);
    expect(EXERCISES.some((e) => e.category === 'self_massage' && e.equipment.includes('foam_roller'))).toBe(true);
    expect(EXERCISES.some((e) => e.category === 'relaxation')).toBe(true);
  });
});

describe('the exercise graph is whole', () => {
  test('every referenced id exists', () => {
    const missing: string[] = [];
    for (const [file, list] of Object.entries(EXERCISE_SOURCES)) {
      for (const e of list) {
        for (const link of [e.progression, e.regression])
          if (link && !EXERCISES_BY_ID.has(link)) missing.push(`${file}: ${e.id} → ${link}`);
      }
    }
    for (const t of TECHNIQUES)
      for (const id of t.prepares) if (!EXERCISES_BY_ID.has(id)) missing.push(`technique ${t.id} prepares ${id}`);
    for (const [finding, ids] of Object.entries({ ...FINDING_EXERCISES, ...STRUCTURE_EXERCISES })) {
      for (const id of ids) if (!EXERCISES_BY_ID.has(id)) missing.push(`finding ${finding} → ${id}`);
    }
    expect(missing).toEqual([]);
  });

  test('links are symmetric: A progresses to B exactly when B regresses to A', () => {
    const broken: string[] = [];
    for (const e of EXERCISES) {
      if (e.progression && EXERCISES_BY_ID.get(e.progression)?.regression !== e.id)
        broken.push(`${e.id} → ${e.progression}`);
      if (e.regression && EXERCISES_BY_ID.get(e.regression)?.progression !== e.id)
        broken.push(`${e.id} ← ${e.regression}`);
    }
    expect(broken).toEqual([]);
  });

  test('every progression chain ends (no cycles) and no exercise is isolated', () => {
    for (const e of EXERCISES) {
      const seen = new Set<string>();
      let current: string | null = e.id;
      while (current) {
        expect(seen.has(current), `cycle through ${current}`).toBe(false);
        seen.add(current);
        current = EXERCISES_BY_ID.get(current)?.progression ?? null;
      }
      expect(e.progression !== null || e.regression !== null, `${e.id} has neither progression nor regression`).toBe(
        true,
      );
    }
  });

  test('every exercise is reachable from the start of its chain', () => {
    const reached = new Set<string>();
    for (const root of EXERCISES.filter((e) => e.regression === null)) {
      for (let id: string | null = root.id; id; id = EXERCISES_BY_ID.get(id)?.progression ?? null) reached.add(id);
    }
    expect(EXERCISES.filter((e) => !reached.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  test('every phase an exercise lists has a dose', () => {
    for (const e of EXERCISES) for (const p of e.phases) expect(e.dosage[p], `${e.id} ${p}`).toBeDefined();
  });
});

describe('every exercise has an illustration', () => {
  test('each renders to a valid SVG with its equipment and no NaN', () => {
    for (const e of EXERCISES) {
      const svg = renderIllustration(
        { keyframes: e.illustration.keyframes, props: e.illustration.props ?? e.equipment },
        { title: e.name },
      );
      expect(svg, e.id).toMatch(/^<svg [^>]*viewBox=/);
      expect(svg, e.id).not.toMatch(/NaN|Infinity/);
      expect(svg.length, e.id).toBeGreaterThan(500);
    }
  });
});

describe('exercise alternatives', () => {
  const peak = (e: Exercise): number => Math.max(0, ...Object.values(e.load.regions).map(loadRank));

  test('alternatives name other existing exercises, once each', () => {
    const wrong: string[] = [];
    for (const e of EXERCISES) {
      for (const [i, id] of e.alternatives.entries()) {
        if (!EXERCISES_BY_ID.has(id)) wrong.push(`${e.id} → ${id}: no such exercise`);
        if (id === e.id) wrong.push(`${e.id} names itself`);
        if (e.alternatives.indexOf(id) !== i) wrong.push(`${e.id} names ${id} twice`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // An alternative stands in for an exercise a screening limit rules out, so it must never ask more: no feature the
  // exercise lacks and no higher peak load. Standing weight-bearing is the one feature it may add, as the standing
  // version of a lying exercise does; what standing asks of the legs is in the load levels, which may not rise.
  test('an alternative carries no new feature (but standing) and no higher peak load than the exercise it replaces', () => {
    const riskier: string[] = [];
    for (const e of EXERCISES) {
      for (const id of e.alternatives) {
        const alt = EXERCISES_BY_ID.get(id);
        if (alt === undefined) continue;
        const added = alt.load.features.filter((f) => f !== 'weight_bearing' && !e.load.features.includes(f));
        if (added.length > 0) riskier.push(`${e.id} → ${id} adds ${added.join(', ')}`);
        if (peak(alt) > peak(e)) riskier.push(`${e.id} → ${id} has a higher peak load`);
      }
    }
    expect(riskier).toEqual([]);
  });
});

describe('falls-prevention and positional exercises', () => {
  const ruledOutAtFallRisk = ['single_leg_balance', 'floor_transfer'];

  test('the balance program has a supported progression chain of at least four steps', () => {
    const balance = new Set(EXERCISE_SOURCES.balance.map((e) => e.id));
    const chains = EXERCISES.filter((e) => balance.has(e.id) && e.regression === null).map((root) => {
      const chain: string[] = [];
      for (
        let id: string | null = root.id;
        id !== null && balance.has(id);
        id = EXERCISES_BY_ID.get(id)?.progression ?? null
      )
        chain.push(id);
      return chain;
    });
    const longest = chains.reduce((a, b) => (b.length > a.length ? b : a), []);
    expect(longest.length).toBeGreaterThanOrEqual(4);
    for (const id of longest) {
      const exercise = EXERCISES_BY_ID.get(id);
      expect(exercise?.addresses, id).toContain('balance_deficit');
      expect(
        exercise?.load.features.filter((f) => ruledOutAtFallRisk.includes(f)),
        id,
      ).toEqual([]);
    }
  });

  test('no balance exercise is unsupported single-leg balance, a lunge or floor work', () => {
    for (const { id } of EXERCISE_SOURCES.balance)
      expect(
        EXERCISES_BY_ID.get(id)?.load.features.filter((f) => [...ruledOutAtFallRisk, 'lunge'].includes(f)),
        id,
      ).toEqual([]);
  });

  test('every positional alternative is drawn off the back and front, with no floor transfer', () => {
    for (const { id } of EXERCISE_SOURCES.positional) {
      const exercise = EXERCISES_BY_ID.get(id);
      const positions = exercise?.illustration.keyframes.map((k) => POSE_POSITION[k.pose]) ?? [];
      expect(
        positions.filter((p) => p === 'supine' || p === 'prone'),
        id,
      ).toEqual([]);
      expect(exercise?.load.features, id).not.toContain('floor_transfer');
    }
  });
});
