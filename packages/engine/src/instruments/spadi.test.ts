import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meaningfulChange } from './meaningful-change.ts';
import { scoreSpadi, spadi } from './spadi.ts';

const meanOf = (details: Record<string, unknown> | undefined): number => details?.['totalMeanOfSubscales'] as number;

describe('SPADI', () => {
  test.each([
    // awell-score test vector: pain 26, disability 36.25; total by the sum method 42/130 = 32.31, mean of subscales 31.125.
    { answers: [3, 2, 3, 2, 3, 5, 4, 3, 4, 4, 3, 5, 1], pain: 26, disability: 36.25, total: 4200 / 130, mean: 31.125 },
    // Computed by hand (Roach et al. 1991): one pain item missing → pain 24/40 = 60, disability 50, total 64/120 = 53.33, mean 55.
    { answers: [6, null, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 5], pain: 60, disability: 50, total: 6400 / 120, mean: 55 },
    // Computed: min, max, and 2 missing per subscale (at the limit).
    { answers: new Array<number>(13).fill(0), pain: 0, disability: 0, total: 0, mean: 0 },
    { answers: new Array<number>(13).fill(10), pain: 100, disability: 100, total: 100, mean: 100 },
    {
      answers: [null, null, 4, 4, 4, null, null, 8, 8, 8, 8, 8, 8],
      pain: 40,
      disability: 80,
      total: 6000 / 90,
      mean: 60,
    },
    { answers: [10, 10, 10, 10, 10, 0, 0, 0, 0, 0, 0, 0, 0], pain: 100, disability: 0, total: 5000 / 130, mean: 50 },
  ])('$answers → total $total', ({ answers, pain, disability, total, mean }) => {
    const result = scoreSpadi(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(total, 4);
    expect(result.value.subscales?.['pain']).toBeCloseTo(pain, 4);
    expect(result.value.subscales?.['disability']).toBeCloseTo(disability, 4);
    expect(meanOf(result.value.details)).toBeCloseTo(mean, 4);
    expect(result.value.unit).toBe('percent');
    expect(result.value.band).toBeUndefined();
    expect(result.value.ruleId).toBe('score.spadi');
  });

  test('rounded display values of the awell example', () => {
    const result = scoreSpadi([3, 2, 3, 2, 3, 5, 4, 3, 4, 4, 3, 5, 1]);
    expect(result.ok && result.value.score.toFixed(2)).toBe('32.31');
    expect(result.ok && result.value.details?.['totalMethod']).toBe('sum');
  });

  test.each([
    {
      answers: [null, null, null, 4, 4, 5, 5, 5, 5, 5, 5, 5, 5],
      messages: [
        /pain subscale: 3 of 5 items missing; at most 2 may be missing .*missing: pain_worst, pain_lying, pain_reach_high/,
      ],
    },
    {
      answers: [4, 4, 4, 4, 4, 5, 5, 5, null, null, null, 5, 5],
      messages: [/disability subscale: 3 of 8 items missing; .*missing: buttoned_shirt, trousers, high_shelf/],
    },
    {
      answers: [null, null, null, null, null, null, null, null, 5, 5, 5, 5, 5],
      messages: [/pain subscale: 5 of 5 items missing/, /disability subscale: 3 of 8 items missing/],
    },
    { answers: [0, 0, 0, 0, 0, 11, 0, 0, 0, 0, 0, 0, 0], messages: [/item 6 \(wash_hair\): 11 is outside 0–10/] },
    {
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7.5],
      messages: [/item 13 \(back_pocket\): 7.5 is not a whole number/],
    },
    { answers: [1, 2, 3], messages: [/expected 13 answers/] },
    { answers: { wash_hair: 3, knitting: 4 }, messages: [/unknown item "knitting"/] },
  ])('refuses $answers', ({ answers, messages }) => {
    const result = scoreSpadi(answers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(messages.length);
    messages.forEach((message, i) => {
      expect(result.problems[i]!.message).toMatch(message);
    });
  });

  test('minAnswered replaces the per-subscale limit, but each subscale still needs an answer', () => {
    const relaxed = scoreSpadi([null, null, null, null, 5, 5, 5, 5, 5, 5, 5, 5, 5], { minAnswered: 9 });
    expect(relaxed.ok).toBe(true);
    if (relaxed.ok) expect(relaxed.value.subscales?.['pain']).toBe(50);
    const tooFew = scoreSpadi([null, null, null, null, 5, 5, 5, 5, 5, 5, 5, 5, null], { minAnswered: 9 });
    expect(tooFew.ok).toBe(false);
    if (!tooFew.ok) expect(tooFew.problems[0]!.message).toMatch(/8 of 13 items answered; at least 9 needed/);
    const noPain = scoreSpadi([null, null, null, null, null, 5, 5, 5, 5, 5, 5, 5, 5], { minAnswered: 1 });
    expect(noPain.ok).toBe(false);
    if (!noPain.ok)
      expect(noPain.problems[0]!.message).toMatch(/pain subscale: 5 of 5 items missing; at least one item is needed/);
  });

  test('change: MCID 10 with MDC 13', () => {
    expect(spadi.change).toMatchObject({ better: 'lower', mcid: 10, mdc: 13 });
    expect(spadi.change.source).toMatch(/Roy .*8–13/);
    expect(meaningfulChange(spadi.change, 50, 38).decision).toBe('no_meaningful_change');
    expect(meaningfulChange(spadi.change, 50, 37).decision).toBe('improved');
  });

  const answersArb = fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 6 }), {
    minLength: 13,
    maxLength: 13,
  });

  test('property: total, subscales and mean within 0–100, and the total lies between the subscales', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreSpadi(answers);
        if (!result.ok) return;
        const pain = result.value.subscales?.['pain'] ?? NaN;
        const disability = result.value.subscales?.['disability'] ?? NaN;
        for (const value of [result.value.score, pain, disability, meanOf(result.value.details)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(result.value.score).toBeGreaterThanOrEqual(Math.min(pain, disability) - 1e-9);
        expect(result.value.score).toBeLessThanOrEqual(Math.max(pain, disability) + 1e-9);
      }),
    );
  });

  test('property: raising one answer raises the total, the mean and its own subscale', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(12), (answers, i) => {
        const current = answers[i];
        fc.pre(current !== null && current !== undefined && current < 10);
        const higher = answers.map((a, j) => (j === i && a !== null ? a + 1 : a));
        const a = scoreSpadi(answers);
        const b = scoreSpadi(higher);
        expect(a.ok).toBe(b.ok);
        if (!a.ok || !b.ok) return;
        const subscale = i < 5 ? 'pain' : 'disability';
        expect(b.value.score).toBeGreaterThan(a.value.score);
        expect(meanOf(b.value.details)).toBeGreaterThan(meanOf(a.value.details));
        expect(b.value.subscales?.[subscale]).toBeGreaterThan(a.value.subscales?.[subscale] ?? Infinity);
      }),
    );
  });
});
