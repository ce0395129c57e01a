import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meaningfulChange } from './meaningful-change.ts';
import { ndi, scoreNdi } from './ndi.ts';

const ORDER = ['none', 'mild', 'moderate', 'severe', 'complete'];
const rawOf = (details: Record<string, unknown> | undefined): number => details?.['raw'] as number;
/** Ten items 0–5 summing to `sum`, filled from the first item. */
const summingTo = (sum: number): number[] =>
  Array.from({ length: 10 }, (_, i) => Math.min(5, Math.max(0, sum - 5 * i)));

describe('NDI', () => {
  test.each([
    // awell-score test vector: raw 21, 42 % moderate.
    { answers: [3, 2, 3, 0, 0, 2, 5, 2, 2, 2], raw: 21, score: 42, band: 'moderate' },
    // Computed by hand (Vernon & Mior 1991, missing items prorated): driving missing, other items sum 18 → raw 20, 40 % moderate.
    { answers: [2, 2, 2, 2, 2, 2, 2, null, 2, 2], raw: 20, score: 40, band: 'moderate' },
    // Computed by hand: one missing, sum 13 → raw 14.44, 28.89 % mild (band on the unrounded raw).
    { answers: [2, 2, 2, 2, 2, 2, 1, null, 0, 0], raw: 130 / 9, score: 260 / 9, band: 'mild' },
    // Computed: one missing, sum 14 → raw 15.56 → moderate.
    { answers: [2, 2, 2, 2, 2, 2, 2, null, 0, 0], raw: 140 / 9, score: 280 / 9, band: 'moderate' },
    // Computed: one missing, sum 4 → raw 4.44 → none; sum 5 → raw 5.56 → mild.
    { answers: [1, 1, 1, 1, 0, 0, 0, null, 0, 0], raw: 40 / 9, score: 80 / 9, band: 'none' },
    { answers: [1, 1, 1, 1, 1, 0, 0, null, 0, 0], raw: 50 / 9, score: 100 / 9, band: 'mild' },
    // Band boundaries (Vernon & Mior 1991): raw 4 none, raw 5 mild, raw 35 complete; plus the other edges, min and max.
    { answers: summingTo(0), raw: 0, score: 0, band: 'none' },
    { answers: summingTo(4), raw: 4, score: 8, band: 'none' },
    { answers: summingTo(5), raw: 5, score: 10, band: 'mild' },
    { answers: summingTo(14), raw: 14, score: 28, band: 'mild' },
    { answers: summingTo(15), raw: 15, score: 30, band: 'moderate' },
    { answers: summingTo(24), raw: 24, score: 48, band: 'moderate' },
    { answers: summingTo(25), raw: 25, score: 50, band: 'severe' },
    { answers: summingTo(34), raw: 34, score: 68, band: 'severe' },
    { answers: summingTo(35), raw: 35, score: 70, band: 'complete' },
    { answers: summingTo(50), raw: 50, score: 100, band: 'complete' },
  ])('$answers → raw $raw, $score % ($band)', ({ answers, raw, score, band }) => {
    const result = scoreNdi(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(score, 4);
    expect(rawOf(result.value.details)).toBeCloseTo(raw, 4);
    expect(result.value.band).toBe(band);
    expect(result.value.unit).toBe('percent');
    expect(result.value.ruleId).toBe('score.ndi');
  });

  test('rounded display values of the 14.44 example', () => {
    const result = scoreNdi([2, 2, 2, 2, 2, 2, 1, null, 0, 0]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(rawOf(result.value.details).toFixed(2)).toBe('14.44');
    expect(result.value.score.toFixed(2)).toBe('28.89');
    expect(result.value.missingItems).toEqual(['driving']);
    expect(result.value.details?.['prorated']).toBe(true);
  });

  test('object keyed by item id or number', () => {
    const result = scoreNdi({
      pain_intensity: 3,
      '2': 2,
      q3: 3,
      reading: 0,
      headaches: 0,
      concentration: 2,
      work: 5,
      driving: 2,
      sleeping: 2,
      recreation: 2,
    });
    expect(result.ok && result.value.score).toBe(42);
  });

  test('missing items: one is prorated, two is refused naming them, minAnswered relaxes it', () => {
    const two = scoreNdi([2, 2, 2, 2, 2, 2, null, null, 0, 0]);
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.problems[0]!.message).toMatch(/8 of 10 .* at least 9 .*missing: work, driving/);
    const relaxed = scoreNdi([2, 2, 2, 2, 2, 2, null, null, 0, 0], { minAnswered: 8 });
    expect(relaxed.ok).toBe(true);
    if (!relaxed.ok) return;
    expect(rawOf(relaxed.value.details)).toBeCloseTo(15, 4);
    expect(relaxed.value.score).toBeCloseTo(30, 4);
    expect(relaxed.value.band).toBe('moderate');
    expect(relaxed.value.missing).toBe(2);
  });

  test('minAnswered 0 still needs one answer', () => {
    const result = scoreNdi(new Array(10).fill(null), { minAnswered: 0 });
    expect(result.ok).toBe(false);
  });

  test.each([
    { answers: [0, 0, 0, 6, 0, 0, 0, 0, 0, 0], message: /item 4 \(reading\): 6 is outside 0–5/ },
    { answers: [0, 0, 0, 0, -1, 0, 0, 0, 0, 0], message: /item 5 \(headaches\): -1 is outside 0–5/ },
    { answers: [0, 0, 0, 0, 0, 2.5, 0, 0, 0, 0], message: /item 6 \(concentration\): 2.5 is not a whole number/ },
    { answers: [0, 0, 0], message: /expected 10 answers/ },
    { answers: { reading: 1, typing: 2 }, message: /unknown item "typing"/ },
    { answers: 42, message: /array/ },
  ])('refuses $answers', ({ answers, message }) => {
    const result = scoreNdi(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('change: 5 raw points = 10 percentage points', () => {
    expect(ndi.change).toMatchObject({ better: 'lower', mcid: 10, mdc: 10 });
    expect(meaningfulChange(ndi.change, 42, 32).decision).toBe('improved');
    expect(meaningfulChange(ndi.change, 42, 34).decision).toBe('no_meaningful_change');
  });

  const answersArb = fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null, freq: 6 }), {
    minLength: 10,
    maxLength: 10,
  });

  test('property: percent within 0–100 and raw within 0–50 whenever it scores', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreNdi(answers, { minAnswered: 1 });
        if (!result.ok) return;
        expect(result.value.score).toBeGreaterThanOrEqual(0);
        expect(result.value.score).toBeLessThanOrEqual(100);
        expect(rawOf(result.value.details)).toBeCloseTo(result.value.score / 2, 9);
      }),
    );
  });

  test('property: with up to 3 missing, banding the unrounded raw agrees with banding the rounded raw', () => {
    const bandOfRounded = (raw: number): string =>
      ORDER[[5, 15, 25, 35, Infinity].findIndex((edge) => Math.round(raw) < edge)]!;
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreNdi(answers, { minAnswered: 7 });
        if (!result.ok) return;
        expect(result.value.band).toBe(bandOfRounded(rawOf(result.value.details)));
      }),
    );
  });

  test('property: raising one answer raises the score and never lowers the band', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(9), (answers, i) => {
        const current = answers[i];
        fc.pre(current !== null && current !== undefined && current < 5);
        const higher = answers.map((a, j) => (j === i && a !== null ? a + 1 : a));
        const a = scoreNdi(answers, { minAnswered: 1 });
        const b = scoreNdi(higher, { minAnswered: 1 });
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(b.value.score).toBeGreaterThan(a.value.score);
        expect(ORDER.indexOf(b.value.band ?? '')).toBeGreaterThanOrEqual(ORDER.indexOf(a.value.band ?? ''));
      }),
    );
  });
});
