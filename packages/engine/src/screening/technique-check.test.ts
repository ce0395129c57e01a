import { describe, expect, test } from 'vitest';
import {
  checkExercise,
  checkTechnique,
  regionsOverlap,
  type ExerciseQuery,
  type TechniqueQuery,
} from './technique-check.ts';
import type { ExerciseLimit, Restriction } from './types.ts';

const r = (ruleId: string, over: Partial<Restriction>): Restriction => ({
  ruleId,
  trigger: 'x',
  action: 'avoid',
  categories: ['soft_tissue'],
  regions: null,
  rationale: `${ruleId} says so.`,
  source: 'test',
  ...over,
});
const l = (ruleId: string, over: Partial<ExerciseLimit>): ExerciseLimit => ({
  ruleId,
  trigger: 'x',
  regions: null,
  maxLoad: null,
  avoidFeatures: [],
  avoidPositions: [],
  avoidCategories: [],
  rationale: `${ruleId} says so.`,
  source: 'test',
  ...over,
});

const restrictions: Restriction[] = [
  r('a.avoid_thrust_neck', { categories: ['joint_manipulation'], regions: ['cervical'] }),
  r('b.cap_moderate_everywhere', {
    action: 'modify',
    categories: ['soft_tissue', 'deep_tissue', 'joint_manipulation'],
    maxIntensity: 'moderate',
  }),
  r('c.cap_gentle_knee', {
    action: 'modify',
    categories: ['soft_tissue', 'joint_mobilisation'],
    maxIntensity: 'gentle',
    regions: ['knee', 'thigh'],
  }),
  r('d.avoid_deep_calf', { categories: ['deep_tissue'], regions: ['calf'] }),
  r('e.avoid_deep_calf_again', { categories: ['deep_tissue'], regions: ['calf', 'foot'] }),
  r('f.cap_gentle_everywhere_mwm', {
    action: 'modify',
    categories: ['mobilisation_with_movement'],
    maxIntensity: 'gentle',
  }),
];

describe('checkTechnique', () => {
  test.each<{ name: string; q: TechniqueQuery; decision: string; intensity: string; ruleIds: string[] }>([
    {
      name: 'avoid in the region',
      q: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'avoid',
      intensity: 'gentle',
      ruleIds: ['a.avoid_thrust_neck'],
    },
    {
      name: 'avoid beats modify (firm thrust at the neck)',
      q: { category: 'joint_manipulation', intensity: 'firm', regions: ['cervical'] },
      decision: 'avoid',
      intensity: 'firm',
      ruleIds: ['a.avoid_thrust_neck'],
    },
    {
      name: 'outside the avoid region only the cap applies',
      q: { category: 'joint_manipulation', intensity: 'firm', regions: ['thoracic'] },
      decision: 'modify',
      intensity: 'moderate',
      ruleIds: ['b.cap_moderate_everywhere'],
    },
    {
      name: 'cap not binding → allow',
      q: { category: 'joint_manipulation', intensity: 'moderate', regions: ['thoracic'] },
      decision: 'allow',
      intensity: 'moderate',
      ruleIds: [],
    },
    {
      name: 'the lowest cap wins, every binding rule is named',
      q: { category: 'soft_tissue', intensity: 'firm', regions: ['knee'] },
      decision: 'modify',
      intensity: 'gentle',
      ruleIds: ['b.cap_moderate_everywhere', 'c.cap_gentle_knee'],
    },
    {
      name: 'only the caps below the intensity bind',
      q: { category: 'soft_tissue', intensity: 'moderate', regions: ['knee'] },
      decision: 'modify',
      intensity: 'gentle',
      ruleIds: ['c.cap_gentle_knee'],
    },
    {
      name: 'gentle passes every cap',
      q: { category: 'soft_tissue', intensity: 'gentle', regions: ['knee'] },
      decision: 'allow',
      intensity: 'gentle',
      ruleIds: [],
    },
    {
      name: 'overlap on one of several regions',
      q: { category: 'joint_mobilisation', intensity: 'moderate', regions: ['hip', 'thigh'] },
      decision: 'modify',
      intensity: 'gentle',
      ruleIds: ['c.cap_gentle_knee'],
    },
    {
      name: 'no overlap',
      q: { category: 'joint_mobilisation', intensity: 'firm', regions: ['hip'] },
      decision: 'allow',
      intensity: 'firm',
      ruleIds: [],
    },
    {
      name: 'two avoid rules both named',
      q: { category: 'deep_tissue', intensity: 'gentle', regions: ['calf'] },
      decision: 'avoid',
      intensity: 'gentle',
      ruleIds: ['d.avoid_deep_calf', 'e.avoid_deep_calf_again'],
    },
    {
      name: 'null regions = everywhere',
      q: { category: 'mobilisation_with_movement', intensity: 'moderate', regions: ['wrist'] },
      decision: 'modify',
      intensity: 'gentle',
      ruleIds: ['f.cap_gentle_everywhere_mwm'],
    },
    {
      name: 'widespread technique overlaps every region',
      q: { category: 'deep_tissue', intensity: 'gentle', regions: ['widespread'] },
      decision: 'avoid',
      intensity: 'gentle',
      ruleIds: ['d.avoid_deep_calf', 'e.avoid_deep_calf_again'],
    },
    {
      name: 'a technique without regions may be anywhere',
      q: { category: 'joint_manipulation', intensity: 'gentle', regions: [] },
      decision: 'avoid',
      intensity: 'gentle',
      ruleIds: ['a.avoid_thrust_neck'],
    },
    {
      name: 'another category is untouched',
      q: { category: 'lymphatic', intensity: 'firm', regions: ['calf'] },
      decision: 'allow',
      intensity: 'firm',
      ruleIds: [],
    },
  ])('$name', ({ q, decision, intensity, ruleIds }) => {
    const check = checkTechnique({ restrictions }, q);
    expect(check).toMatchObject({ decision, intensity, ruleIds });
    expect(check.rationale.length).toBeGreaterThan(5);
  });

  test('the rationale is the restrictions’ own words', () => {
    expect(
      checkTechnique({ restrictions }, { category: 'deep_tissue', intensity: 'gentle', regions: ['calf'] }).rationale,
    ).toBe('d.avoid_deep_calf says so. e.avoid_deep_calf_again says so.');
    expect(
      checkTechnique({ restrictions: [] }, { category: 'iastm', intensity: 'firm', regions: ['calf'] }).rationale,
    ).toBe('No screening restriction limits instrument-assisted soft-tissue mobilisation at firm intensity here.');
  });

  test('a restriction on "widespread" applies everywhere', () => {
    const wide = [r('w', { regions: ['widespread'] })];
    expect(
      checkTechnique({ restrictions: wide }, { category: 'soft_tissue', intensity: 'gentle', regions: ['foot'] })
        .decision,
    ).toBe('avoid');
  });

  test('a modify row without a cap is read as gentle', () => {
    const uncapped = [r('u', { action: 'modify' })];
    expect(
      checkTechnique({ restrictions: uncapped }, { category: 'soft_tissue', intensity: 'moderate', regions: ['foot'] }),
    ).toMatchObject({ decision: 'modify', intensity: 'gentle' });
  });
});

describe('regionsOverlap', () => {
  test.each([
    { restricted: null, regions: ['knee'], overlap: true },
    { restricted: ['knee'], regions: ['knee'], overlap: true },
    { restricted: ['knee'], regions: ['hip', 'knee'], overlap: true },
    { restricted: ['knee'], regions: ['hip'], overlap: false },
    { restricted: ['knee'], regions: [], overlap: true },
    { restricted: ['widespread'], regions: ['hip'], overlap: true },
    { restricted: ['knee'], regions: ['widespread'], overlap: true },
  ] as const)('$restricted vs $regions → $overlap', ({ restricted, regions, overlap }) => {
    expect(regionsOverlap(restricted, regions)).toBe(overlap);
  });
});

describe('checkExercise', () => {
  const limits: ExerciseLimit[] = [
    l('p.no_lying', { avoidPositions: ['supine', 'prone'] }),
    l('s.knee_light', {
      regions: ['knee'],
      maxLoad: 'light',
      avoidFeatures: ['impact'],
      avoidCategories: ['self_massage'],
    }),
    l('c.moderate', { maxLoad: 'moderate' }),
  ];
  const q = (
    regions: ExerciseQuery['load']['regions'],
    positions: ExerciseQuery['positions'] = ['standing'],
    features: ExerciseQuery['load']['features'] = [],
    category: ExerciseQuery['category'] = 'strength',
  ): ExerciseQuery => ({ category, load: { regions, features }, positions });
  test.each<{ name: string; q: ExerciseQuery; decision: string; ruleIds: string[]; says?: string }>([
    { name: 'avoided position', q: q({ hip: 'light' }, ['prone']), decision: 'avoid', ruleIds: ['p.no_lying'] },
    {
      name: 'one of several positions avoided',
      q: q({ hip: 'light' }, ['standing', 'supine'], [], 'mobility'),
      decision: 'avoid',
      ruleIds: ['p.no_lying'],
    },
    {
      name: 'avoided category in the region',
      q: q({ knee: 'light' }, ['seated'], [], 'self_massage'),
      decision: 'avoid',
      ruleIds: ['s.knee_light'],
      says: 'Self-massage exercise',
    },
    {
      name: 'same category elsewhere: within the cap',
      q: q({ foot: 'light' }, ['seated'], [], 'self_massage'),
      decision: 'allow',
      ruleIds: ['c.moderate'],
    },
    {
      name: 'load over a regional cap, on a secondary region',
      q: q({ gluteal: 'moderate', knee: 'moderate' }),
      decision: 'avoid',
      ruleIds: ['s.knee_light'],
      says: 'Moderate load on the knee, where at most light load is allowed',
    },
    { name: 'load over the general cap', q: q({ shoulder: 'high' }), decision: 'avoid', ruleIds: ['c.moderate'] },
    {
      name: 'a feature avoided where the exercise loads the region',
      q: q({ knee: 'light' }, ['standing'], ['impact']),
      decision: 'avoid',
      ruleIds: ['s.knee_light'],
    },
    {
      name: 'the same feature elsewhere is fine',
      q: q({ shoulder: 'light' }, ['standing'], ['impact']),
      decision: 'allow',
      ruleIds: ['c.moderate'],
    },
    {
      name: 'a region listed at no load does not bring in features',
      q: q({ shoulder: 'light', knee: 'none' }, ['standing'], ['impact']),
      decision: 'allow',
      ruleIds: ['s.knee_light', 'c.moderate'],
    },
  ])('$name', ({ q, decision, ruleIds, says }) => {
    const check = checkExercise({ exerciseLimits: limits }, q);
    expect(check).toMatchObject({ decision });
    expect(new Set(check.ruleIds)).toEqual(new Set(ruleIds));
    if (says !== undefined) expect(check.rationale).toContain(says);
  });

  test('no limits → allow', () => {
    expect(checkExercise({ exerciseLimits: [] }, q({ widespread: 'light' }, ['standing'], [], 'cardio'))).toEqual({
      decision: 'allow',
      ruleIds: [],
      rationale: 'No screening limit applies to cardio exercise here.',
    });
  });
});
