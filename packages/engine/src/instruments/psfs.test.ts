import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meaningfulChange } from './meaningful-change.ts';
import { psfs, scorePsfs, type PsfsActivity } from './psfs.ts';

const activitiesOf = (details: Record<string, unknown> | undefined): PsfsActivity[] =>
  details?.['activities'] as PsfsActivity[];

describe('PSFS', () => {
  test.each([
    // Computed by hand (mean of the activities, Stratford et al. 1995): [3,5,4] → 4.0; [7,8,8] → 7.667.
    { input: [3, 5, 4], score: 4 },
    { input: [7, 8, 8], score: 23 / 3 },
    // awell-score test vector: [1,2,0,7,5] → 3.0.
    { input: [1, 2, 0, 7, 5], score: 3 },
    // Computed: one activity, min and max.
    { input: [6], score: 6 },
    { input: [0, 0, 0, 0, 0], score: 0 },
    { input: [10, 10, 10], score: 10 },
  ])('$input → $score', ({ input, score }) => {
    const result = scorePsfs(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(score, 4);
    expect(result.value.answered).toBe(input.length);
    expect(result.value.unit).toBe('points');
    expect(result.value.ruleId).toBe('score.psfs');
    expect(activitiesOf(result.value.details).map((a) => a.score)).toEqual(input);
  });

  test('named activities keep their names and scores', () => {
    const result = scorePsfs([{ activity: 'Climbing stairs', score: 3 }, { activity: '  Gardening ', score: 5 }, 4]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(4);
    expect(activitiesOf(result.value.details)).toEqual([
      { activity: 'Climbing stairs', score: 3 },
      { activity: 'Gardening', score: 5 },
      { activity: null, score: 4 },
    ]);
  });

  test.each([
    // No activities: nothing to average, so an error.
    { input: [], message: /no activities given/ },
    { input: [1, 2, 3, 4, 5, 6], message: /6 activities given; the PSFS takes at most 5/ },
    { input: [3, 11], message: /activity 2: 11 is outside 0–10/ },
    { input: [-1], message: /activity 1: -1 is outside 0–10/ },
    { input: [2.5], message: /activity 1: 2.5 is not a whole number/ },
    { input: [null], message: /activity 1: no rating given/ },
    { input: [{ activity: 'Running', score: 12 }], message: /activity 1 \("Running"\): 12 is outside 0–10/ },
    { input: [{ activity: 'Running', score: '7' }], message: /activity 1 \("Running"\): "7" is not a whole number/ },
    { input: [{ activity: 'Running' }], message: /activity 1 \("Running"\): no rating given/ },
    { input: [4, { activity: '', score: 3 }], message: /activity 2: the activity name must be non-empty text/ },
    {
      input: [{ activity: 'Running', score: 3, side: 'left' }],
      message: /activity 1 \("Running"\): unknown field "side"/,
    },
    { input: 5, message: /expected a list/ },
    { input: { activity: 'Running', score: 3 }, message: /expected a list/ },
  ])('refuses $input', ({ input, message }) => {
    const result = scorePsfs(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('change: higher is better, MCID 2 and MDC 2 for the average', () => {
    expect(psfs.change).toMatchObject({ better: 'higher', mcid: 2, mdc: 2 });
    expect(psfs.items).toBeUndefined();
    expect(meaningfulChange(psfs.change, 4, 6).decision).toBe('improved');
    expect(meaningfulChange(psfs.change, 4, 5).decision).toBe('no_meaningful_change');
  });

  const ratingsArb = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 });

  test('property: the score lies between the lowest and highest rating, within 0–10', () => {
    fc.assert(
      fc.property(ratingsArb, (ratings) => {
        const result = scorePsfs(ratings);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.score).toBeGreaterThanOrEqual(Math.min(...ratings));
        expect(result.value.score).toBeLessThanOrEqual(Math.max(...ratings));
        expect(result.value.score).toBeGreaterThanOrEqual(0);
        expect(result.value.score).toBeLessThanOrEqual(10);
      }),
    );
  });

  test('property: raising one rating raises the score', () => {
    fc.assert(
      fc.property(ratingsArb, fc.nat(4), (ratings, k) => {
        const i = k % ratings.length;
        fc.pre(ratings[i]! < 10);
        const higher = ratings.map((r, j) => (j === i ? r + 1 : r));
        const a = scorePsfs(ratings);
        const b = scorePsfs(higher);
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) expect(b.value.score).toBeGreaterThan(a.value.score);
      }),
    );
  });
});
