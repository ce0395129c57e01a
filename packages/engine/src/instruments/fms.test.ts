import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fms, FMS_TESTS, scoreFms, scoreFmsPartial } from './fms.ts';

const both = (left: number, right = left) => ({ left, right });
/** A full screen with every test at `n`, overridden by `extra`. */
const screen = (n: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  deep_squat: n,
  hurdle_step: both(n),
  inline_lunge: both(n),
  shoulder_mobility: both(n),
  active_straight_leg_raise: both(n),
  trunk_stability_pushup: n,
  rotary_stability: both(n),
  ...extra,
});
const without = (input: Record<string, unknown>, key: string): Record<string, unknown> =>
  Object.fromEntries(Object.entries(input).filter(([k]) => k !== key));

describe('FMS', () => {
  test.each([
    // Worked examples computed from the scoring rules (Cook et al. 2006, 2014).
    { name: 'all 3', input: screen(3), composite: 21, asymmetries: [], painful: [], priority: [], low: false },
    {
      name: 'hurdle 2/3 and shoulder 3/1, others 2',
      input: screen(2, { hurdle_step: both(2, 3), shoulder_mobility: both(3, 1) }),
      composite: 13,
      asymmetries: ['hurdle_step', 'shoulder_mobility'],
      painful: [],
      priority: ['shoulder_mobility', 'hurdle_step'],
      low: true,
    },
    {
      name: 'right shoulder clearing positive',
      input: screen(3, { shoulder_clearing_pain_right: true }),
      composite: 18,
      asymmetries: [],
      painful: ['shoulder_mobility'],
      priority: ['shoulder_mobility'],
      low: false,
    },
    {
      name: 'extension and flexion clearing positive',
      input: screen(3, { spinal_extension_clearing_pain: true, spinal_flexion_clearing_pain: true }),
      composite: 15,
      asymmetries: [],
      painful: ['trunk_stability_pushup', 'rotary_stability'],
      priority: ['rotary_stability', 'trunk_stability_pushup'],
      low: false,
    },
    // Boundaries of the ≤14 flag.
    {
      name: 'all 2 → 14, flagged',
      input: screen(2),
      composite: 14,
      asymmetries: [],
      painful: [],
      priority: [],
      low: true,
    },
    {
      name: '15 → not flagged',
      input: screen(2, { deep_squat: 3 }),
      composite: 15,
      asymmetries: [],
      painful: [],
      priority: [],
      low: false,
    },
    {
      name: 'all 0',
      input: screen(0),
      composite: 0,
      asymmetries: [],
      painful: [...FMS_TESTS],
      priority: [
        'active_straight_leg_raise',
        'shoulder_mobility',
        'rotary_stability',
        'trunk_stability_pushup',
        'inline_lunge',
        'hurdle_step',
        'deep_squat',
      ],
      low: true,
    },
    {
      name: 'all 1: every test is a priority, deep squat last',
      input: screen(1),
      composite: 7,
      asymmetries: [],
      painful: [],
      priority: [
        'active_straight_leg_raise',
        'shoulder_mobility',
        'rotary_stability',
        'trunk_stability_pushup',
        'inline_lunge',
        'hurdle_step',
        'deep_squat',
      ],
      low: true,
    },
    {
      name: 'pain first, then asymmetries and 1s in Cook order',
      input: screen(3, {
        deep_squat: 1,
        inline_lunge: both(2, 3),
        active_straight_leg_raise: both(3, 2),
        hurdle_step: both(0, 3),
      }),
      composite: 14,
      asymmetries: ['inline_lunge', 'active_straight_leg_raise'],
      painful: ['hurdle_step'],
      priority: ['hurdle_step', 'active_straight_leg_raise', 'inline_lunge', 'deep_squat'],
      low: true,
    },
    {
      name: 'a side scored 0 is pain, not asymmetry',
      input: screen(3, { rotary_stability: both(3, 0) }),
      composite: 18,
      asymmetries: [],
      painful: ['rotary_stability'],
      priority: ['rotary_stability'],
      low: false,
    },
  ])('$name → $composite', ({ input, composite, asymmetries, painful, priority, low }) => {
    const result = scoreFms(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(composite);
    expect(result.value.ruleId).toBe('score.fms');
    expect(result.value.details?.['asymmetries']).toEqual(asymmetries);
    expect(result.value.details?.['painful']).toEqual(painful);
    expect(result.value.details?.['correctivePriority']).toEqual(priority);
    expect(result.value.flags).toEqual({
      composite_at_or_below_14: low,
      asymmetry: asymmetries.length > 0,
      pain: painful.length > 0,
    });
  });

  test('per-test scores and side scores after clearing', () => {
    const result = scoreFms(
      screen(3, {
        shoulder_mobility: both(2, 3),
        shoulder_clearing_pain_left: true,
        shoulder_clearing_pain_right: false,
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.details?.['tests']).toMatchObject({ shoulder_mobility: 0, deep_squat: 3 });
    expect(result.value.details?.['sides']).toMatchObject({ shoulder_mobility: { left: 0, right: 3 } });
    expect(result.value.details?.['clearingPositive']).toEqual(['shoulder_clearing_pain_left']);
  });

  test('in_line_lunge spelling and a { tests } wrapper are accepted', () => {
    const spelled = scoreFms({ ...without(screen(2), 'inline_lunge'), in_line_lunge: both(2) });
    expect(spelled.ok && spelled.value.score).toBe(14);
    const wrapped = scoreFms({ tests: screen(3) });
    expect(wrapped.ok && wrapped.value.score).toBe(21);
  });

  test('a test fixed at 0 by its clearing test need not be recorded', () => {
    const result = scoreFms({ ...without(screen(3), 'rotary_stability'), spinal_flexion_clearing_pain: true });
    expect(result.ok && result.value.score).toBe(18);
    // One painful shoulder clearing test does not fix the other side: still missing.
    const noShoulder = without(screen(3), 'shoulder_mobility');
    const one = scoreFms({ ...noShoulder, shoulder_clearing_pain_left: true });
    expect(one.ok).toBe(false);
    const two = scoreFms({ ...noShoulder, shoulder_clearing_pain_left: true, shoulder_clearing_pain_right: true });
    expect(two.ok && two.value.score).toBe(18);
  });

  test.each([
    {
      name: 'missing test',
      input: without(screen(2), 'rotary_stability'),
      message: /rotary_stability: missing; the composite needs all 7 tests/,
    },
    {
      name: 'two missing tests',
      input: { deep_squat: 2 },
      message: /hurdle_step: missing.*inline_lunge: missing.*rotary_stability: missing/,
    },
    {
      name: 'bilateral as a number',
      input: screen(2, { hurdle_step: 2 }),
      message: /hurdle_step: is scored each side; expected \{ left, right \}/,
    },
    {
      name: 'side out of range',
      input: screen(2, { hurdle_step: both(4, 2) }),
      message: /hurdle_step\.left: 4 is outside 0–3/,
    },
    {
      name: 'side missing',
      input: screen(2, { active_straight_leg_raise: { left: 2 } }),
      message: /active_straight_leg_raise\.right: missing/,
    },
    {
      name: 'unknown side',
      input: screen(2, { inline_lunge: { left: 2, right: 2, middle: 1 } }),
      message: /inline_lunge: unknown side middle/,
    },
    { name: 'not whole', input: screen(2, { deep_squat: 2.5 }), message: /deep_squat: 2.5 is not a whole number/ },
    {
      name: 'unilateral as sides',
      input: screen(2, { trunk_stability_pushup: both(2) }),
      message: /trunk_stability_pushup: \{"left":2,"right":2\} is not a whole number/,
    },
    { name: 'negative', input: screen(2, { deep_squat: -1 }), message: /deep_squat: -1 is outside 0–3/ },
    { name: 'unknown field', input: screen(2, { plank: 3 }), message: /unknown FMS field "plank"/ },
    {
      name: 'both spellings',
      input: screen(2, { in_line_lunge: both(2) }),
      message: /in_line_lunge: given twice \(also as inline_lunge\)/,
    },
    {
      name: 'clearing not boolean',
      input: screen(2, { spinal_flexion_clearing_pain: 'yes' }),
      message: /spinal_flexion_clearing_pain: expected true \(painful\) or false, got "yes"/,
    },
    { name: 'not an object', input: [3, 3, 3], message: /object keyed by test id/ },
  ])('refuses: $name', ({ input, message }) => {
    const result = scoreFms(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('change threshold is a documented placeholder; description warns about ≤14', () => {
    expect(fms.change).toMatchObject({ better: 'higher', mcid: 1 });
    expect(fms.change.source).toMatch(/No MCID is published/);
    expect(fms.description).toMatch(/not a valid injury predictor/);
    expect(fms.items).toBeUndefined();
  });

  const grade = fc.integer({ min: 0, max: 3 });
  const sides = fc.record({ left: grade, right: grade });
  const screenArb = fc.record({
    deep_squat: grade,
    hurdle_step: sides,
    inline_lunge: sides,
    shoulder_mobility: sides,
    active_straight_leg_raise: sides,
    trunk_stability_pushup: grade,
    rotary_stability: sides,
    shoulder_clearing_pain_left: fc.boolean(),
    shoulder_clearing_pain_right: fc.boolean(),
    spinal_extension_clearing_pain: fc.boolean(),
    spinal_flexion_clearing_pain: fc.boolean(),
  });

  test('property: composite 0–21, the sum of the per-test scores, flags consistent', () => {
    fc.assert(
      fc.property(screenArb, (input) => {
        const result = scoreFms(input);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const tests = result.value.details?.['tests'] as Record<string, number>;
        const sum = Object.values(tests).reduce((s, t) => s + t, 0);
        expect(result.value.score).toBe(sum);
        expect(result.value.score).toBeGreaterThanOrEqual(0);
        expect(result.value.score).toBeLessThanOrEqual(21);
        expect(result.value.flags?.['composite_at_or_below_14']).toBe(sum <= 14);
        expect(result.value.flags?.['pain']).toBe(Object.values(tests).includes(0));
        if (input.spinal_extension_clearing_pain) expect(tests['trunk_stability_pushup']).toBe(0);
      }),
    );
  });

  test('property: raising one side never lowers the composite; a painful clearing test never raises it', () => {
    const bilateral = [
      'hurdle_step',
      'inline_lunge',
      'shoulder_mobility',
      'active_straight_leg_raise',
      'rotary_stability',
    ] as const;
    fc.assert(
      fc.property(screenArb, fc.constantFrom(...bilateral), fc.constantFrom('left', 'right'), (input, test, side) => {
        fc.pre(input[test][side] < 3);
        const raised = { ...input, [test]: { ...input[test], [side]: input[test][side] + 1 } };
        const a = scoreFms(input);
        const b = scoreFms(raised);
        const c = scoreFms({ ...input, spinal_flexion_clearing_pain: true });
        expect(a.ok && b.ok && c.ok).toBe(true);
        if (!a.ok || !b.ok || !c.ok) return;
        expect(b.value.score).toBeGreaterThanOrEqual(a.value.score);
        expect(c.value.score).toBeLessThanOrEqual(a.value.score);
      }),
    );
  });

  test('property: the partial scorer agrees with the full one on a full screen', () => {
    fc.assert(
      fc.property(screenArb, (input) => {
        const full = scoreFms(input);
        const partial = scoreFmsPartial(input);
        expect(full.ok && partial.ok).toBe(true);
        if (!full.ok || !partial.ok) return;
        expect(partial.value.tests).toEqual(full.value.details?.['tests']);
        expect(partial.value.correctivePriority).toEqual(full.value.details?.['correctivePriority']);
        expect(partial.value.missingTests).toEqual([]);
      }),
    );
  });
});

describe('FMS partial', () => {
  test('a screen of the deep squat and hurdle step only', () => {
    const result = scoreFmsPartial({ deep_squat: 1, hurdle_step: { left: 2, right: 2 } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      composite: null,
      tests: { deep_squat: 1, hurdle_step: 2 },
      scored: ['deep_squat', 'hurdle_step'],
      missingTests: [
        'inline_lunge',
        'shoulder_mobility',
        'active_straight_leg_raise',
        'trunk_stability_pushup',
        'rotary_stability',
      ],
      asymmetries: [],
      painful: [],
      correctivePriority: ['deep_squat'],
      flags: { asymmetry: false, pain: false },
      ruleId: 'score.fms.partial',
    });
  });

  test.each([
    {
      input: { hurdle_step: both(1, 3), deep_squat: 2 },
      tests: { deep_squat: 2, hurdle_step: 1 },
      asymmetries: ['hurdle_step'],
      painful: [],
    },
    {
      input: { spinal_extension_clearing_pain: true },
      tests: { trunk_stability_pushup: 0 },
      asymmetries: [],
      painful: ['trunk_stability_pushup'],
    },
    {
      input: { in_line_lunge: both(3, 2), shoulder_mobility: both(3), shoulder_clearing_pain_right: true },
      tests: { inline_lunge: 2, shoulder_mobility: 0 },
      asymmetries: ['inline_lunge'],
      painful: ['shoulder_mobility'],
    },
  ])('scores what is present: $tests', ({ input, tests, asymmetries, painful }) => {
    const result = scoreFmsPartial(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tests).toEqual(tests);
    expect(result.value.asymmetries).toEqual(asymmetries);
    expect(result.value.painful).toEqual(painful);
  });

  test.each([
    { input: {}, message: /no FMS test given/ },
    { input: { deep_squat: 4 }, message: /deep_squat: 4 is outside 0–3/ },
    { input: { lunge: 2 }, message: /unknown FMS field "lunge"/ },
  ])('refuses $input', ({ input, message }) => {
    const result = scoreFmsPartial(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });
});
