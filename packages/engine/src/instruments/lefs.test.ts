import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lefs, scoreLefs } from './lefs.ts';
import { meaningfulChange } from './meaningful-change.ts';

/** Twenty items 0–4 summing to `sum`, filled from the first item. */
const summingTo = (sum: number): number[] =>
  Array.from({ length: 20 }, (_, i) => Math.min(4, Math.max(0, sum - 4 * i)));

describe('LEFS', () => {
  test.each([
    // Totals of a published BMJ Case Reports LEFS table: pre-class 50, post-class 58, 6 months 54 (item patterns constructed here).
    { answers: summingTo(50), score: 50 },
    { answers: summingTo(58), score: 58 },
    { answers: summingTo(54), score: 54 },
    // Computed: min, max, a mixed pattern.
    { answers: summingTo(0), score: 0 },
    { answers: summingTo(80), score: 80 },
    { answers: [4, 3, 4, 4, 4, 2, 3, 4, 2, 4, 4, 3, 3, 4, 4, 1, 0, 0, 1, 4], score: 58 },
  ])('$answers → $score', ({ answers, score }) => {
    const result = scoreLefs(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(score);
    expect(result.value.unit).toBe('points');
    expect(result.value.details?.['prorated']).toBe(false);
    expect(result.value.ruleId).toBe('score.lefs');
  });

  test('BMJ case report: pre→post +8 is below the MCID of 9; +9 is meaningful', () => {
    expect(lefs.change).toMatchObject({ better: 'higher', mcid: 9, mdc: 9 });
    expect(meaningfulChange(lefs.change, 50, 58).decision).toBe('no_meaningful_change');
    expect(meaningfulChange(lefs.change, 50, 59).decision).toBe('improved');
  });

  test('one missing item is refused by default, naming it (Binkley 1999 gives no proration rule)', () => {
    const answers = [...summingTo(60).slice(0, 19), null];
    const result = scoreLefs(answers);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]!.message).toMatch(/19 of 20 items answered; at least 20 needed .*missing: roll_in_bed/);
  });

  test.each([
    // [P] proration when minAnswered allows it: Σ × 20/n.
    { answers: [...new Array<number>(19).fill(3), null], minAnswered: 19, score: 60, rawSum: 57 },
    {
      answers: [null, null, ...new Array<number>(18).fill(2).map((v, i) => (i < 9 ? v + 1 : v))],
      minAnswered: 18,
      score: 50,
      rawSum: 45,
    },
    { answers: [null, ...new Array<number>(19).fill(4)], minAnswered: 19, score: 80, rawSum: 76 },
  ])('prorates $rawSum of $minAnswered answered to $score', ({ answers, minAnswered, score, rawSum }) => {
    const result = scoreLefs(answers, { minAnswered });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(score, 4);
    expect(result.value.details).toMatchObject({ prorated: true, rawSum });
    expect(result.value.details?.['proration']).toMatch(/× 20\//);
  });

  test.each([
    {
      answers: [0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      message: /item 3 \(bath\): 5 is outside 0–4/,
    },
    {
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0],
      message: /item 19 \(hop\): -1 is outside 0–4/,
    },
    {
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2.5],
      message: /item 20 \(roll_in_bed\): 2.5 is not a whole number/,
    },
    { answers: [0, 0, 0], message: /expected 20 answers/ },
    { answers: { stairs: 2, cycling: 3 }, message: /unknown item "cycling"/ },
    { answers: 'all good', message: /array/ },
  ])('refuses $answers', ({ answers, message }) => {
    const result = scoreLefs(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  const answersArb = fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 8 }), {
    minLength: 20,
    maxLength: 20,
  });

  test('property: score within 0–80 whenever it scores, prorated or not', () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 1, max: 20 }), (answers, minAnswered) => {
        const result = scoreLefs(answers, { minAnswered });
        if (!result.ok) return;
        expect(result.value.score).toBeGreaterThanOrEqual(0);
        expect(result.value.score).toBeLessThanOrEqual(80);
        expect(result.value.details?.['prorated']).toBe(result.value.answered < 20);
      }),
    );
  });

  test('property: raising one answer (less difficulty) raises the score', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(19), (answers, i) => {
        const current = answers[i];
        fc.pre(current !== null && current !== undefined && current < 4);
        const higher = answers.map((a, j) => (j === i && a !== null ? a + 1 : a));
        const a = scoreLefs(answers, { minAnswered: 1 });
        const b = scoreLefs(higher, { minAnswered: 1 });
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) expect(b.value.score).toBeGreaterThan(a.value.score);
      }),
    );
  });
});
