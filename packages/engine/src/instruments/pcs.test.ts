import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meaningfulChange } from './meaningful-change.ts';
import { pcs, scorePcs } from './pcs.ts';

describe('PCS', () => {
  test.each([
    // Worked examples computed from the subscale items (Sullivan et al. 1995).
    {
      name: 'mixed example',
      answers: [2, 3, 1, 2, 2, 3, 2, 1, 1, 2, 2, 3, 2],
      score: 26,
      r: 6,
      m: 7,
      h: 13,
      band: 'below_threshold',
    },
    {
      name: 'all 4',
      answers: new Array<number>(13).fill(4),
      score: 52,
      r: 16,
      m: 12,
      h: 24,
      band: 'clinically_relevant',
    },
    { name: 'all 0', answers: new Array<number>(13).fill(0), score: 0, r: 0, m: 0, h: 0, band: 'below_threshold' },
    // Boundary 30 is relevant (≥30, manual); 29 is not.
    {
      name: 'boundary 30',
      answers: [3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1],
      score: 30,
      r: 8,
      m: 5,
      h: 17,
      band: 'clinically_relevant',
    },
    {
      name: 'boundary 29',
      answers: [3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 0],
      score: 29,
      r: 8,
      m: 4,
      h: 17,
      band: 'below_threshold',
    },
    {
      name: 'rumination only',
      answers: [0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 0, 0],
      score: 16,
      r: 16,
      m: 0,
      h: 0,
      band: 'below_threshold',
    },
  ])('$name → $score (R $r, M $m, H $h, $band)', ({ answers, score, r, m, h, band }) => {
    const result = scorePcs(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(score);
    expect(result.value.subscales).toEqual({ rumination: r, magnification: m, helplessness: h });
    expect(result.value.band).toBe(band);
    expect(result.value.ruleId).toBe('score.pcs');
    expect(result.value.details).toEqual({ prorated: false });
  });

  test('object keyed by item id or number', () => {
    const result = scorePcs({
      will_it_end: 2,
      '2': 3,
      q3: 1,
      q4: 2,
      q5: 2,
      q6: 3,
      q7: 2,
      want_it_gone: 1,
      q9: 1,
      q10: 2,
      q11: 2,
      q12: 3,
      something_serious: 2,
    });
    expect(result.ok && result.value.score).toBe(26);
  });

  test('missing: all 13 required by default, naming the missing item', () => {
    const result = scorePcs([2, 3, 1, 2, 2, 3, 2, 1, 1, 2, 2, 3, null]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/12 of 13 .* at least 13 .*something_serious/);
  });

  test('missing: prorated when options allow, total and subscales alike', () => {
    // Worked example without item 13 (magnification, answer 2): total 24 × 13 / 12 = 26; magnification 5 × 3 / 2 = 7.5.
    const result = scorePcs([2, 3, 1, 2, 2, 3, 2, 1, 1, 2, 2, 3, null], { minAnswered: 12 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(26, 4);
    expect(result.value.subscales?.['magnification']).toBeCloseTo(7.5, 4);
    expect(result.value.subscales?.['rumination']).toBeCloseTo(6, 4);
    expect(result.value.details).toMatchObject({ prorated: true, answeredSum: 24 });
    expect(result.value.missingItems).toEqual(['something_serious']);
  });

  test('missing: a subscale with no answers cannot be prorated', () => {
    const result = scorePcs([2, 3, 1, 2, 2, 3, 2, null, null, null, null, 3, 2], { minAnswered: 9 });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]!.message).toMatch(
        /rumination subscale: none of its items is answered \(want_it_gone, cannot_put_aside/,
      );
  });

  test.each([
    { answers: [5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], message: /item 1 \(will_it_end\): 5 is outside 0–4/ },
    { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0], message: /item 12 \(nothing_helps\): -1 is outside 0–4/ },
    {
      answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '2'],
      message: /item 13 \(something_serious\): "2" is not a whole number/,
    },
    { answers: [0, 0, 0], message: /expected 13 answers/ },
    { answers: { q14: 1 }, message: /unknown item "q14"/ },
  ])('refuses $answers', ({ answers, message }) => {
    const result = scorePcs(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('change: MCID 8 is above the MDC 7.73, so a fall of 8 is meaningful and 7 is not', () => {
    expect(pcs.change).toMatchObject({ better: 'lower', mcid: 8, mdc: 7.73 });
    expect(pcs.change.source).toMatch(/11 when the baseline is above 30/);
    expect(meaningfulChange(pcs.change, 34, 26).decision).toBe('improved');
    expect(meaningfulChange(pcs.change, 34, 27).decision).toBe('no_meaningful_change');
  });

  const full = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 13, maxLength: 13 });

  test('property: total within 0–52, equal to the sum of the subscales, band at ≥30', () => {
    fc.assert(
      fc.property(full, (answers) => {
        const result = scorePcs(answers);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { score, subscales } = result.value;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(52);
        expect(
          (subscales?.['rumination'] ?? 0) + (subscales?.['magnification'] ?? 0) + (subscales?.['helplessness'] ?? 0),
        ).toBe(score);
        expect(result.value.band).toBe(score >= 30 ? 'clinically_relevant' : 'below_threshold');
      }),
    );
  });

  test('property: raising one answer raises the total by one', () => {
    fc.assert(
      fc.property(full, fc.nat(12), (answers, i) => {
        fc.pre(answers[i]! < 4);
        const a = scorePcs(answers);
        const b = scorePcs(answers.map((x, j) => (j === i ? x + 1 : x)));
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) expect(b.value.score).toBe(a.value.score + 1);
      }),
    );
  });

  test('property: prorated scores stay within 0–52', () => {
    const partial = fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 4 }), {
      minLength: 13,
      maxLength: 13,
    });
    fc.assert(
      fc.property(partial, (answers) => {
        const result = scorePcs(answers, { minAnswered: 1 });
        if (!result.ok) return;
        expect(result.value.score).toBeGreaterThanOrEqual(0);
        expect(result.value.score).toBeLessThanOrEqual(52);
      }),
    );
  });
});
