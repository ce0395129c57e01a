import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scoreOdi } from './odi.ts';

describe('ODI', () => {
  test.each([
    // Fairbank sheet worked example: all 10 answered, sum 16 → 32 % moderate.
    { answers: [2, 2, 2, 2, 2, 2, 1, 1, 1, 1], score: 32, band: 'moderate' },
    // Fairbank sheet: 9 answered, sum 16 → 16/45 = 35.556 %.
    { answers: [2, 2, 2, 2, 2, 2, 2, null, 1, 1], score: (16 / 45) * 100, band: 'moderate' },
    // awell-score test vector: 60 % is the top edge of "severe".
    { answers: [1, 5, 4, 4, 3, 0, 1, 5, 3, 4], score: 60, band: 'severe' },
    { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0], score: 0, band: 'minimal' },
    { answers: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5], score: 100, band: 'bed_bound' },
    { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], score: 20, band: 'minimal' },
    { answers: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1], score: 22, band: 'moderate' },
    { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4, 4], score: 80, band: 'crippled' },
    { answers: [5, 4, 4, 4, 4, 4, 4, 4, 4, 4], score: 82, band: 'bed_bound' },
  ])('$answers → $score ($band)', ({ answers, score, band }) => {
    const result = scoreOdi(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(score, 4);
    expect(result.value.band).toBe(band);
  });

  test('object keyed by item id or number', () => {
    const result = scoreOdi({
      pain_intensity: 3,
      '2': 1,
      q3: 2,
      walking: 0,
      sitting: 4,
      standing: 1,
      sleeping: 0,
      sex_life: 0,
      social_life: 1,
      travelling: 2,
    });
    expect(result.ok && result.value.score).toBe(28);
  });

  test('missing items: one is prorated, two is refused naming them', () => {
    const one = scoreOdi([2, 2, 2, 2, 2, 2, 2, null, 1, 1]);
    expect(one.ok && one.value.missingItems).toEqual(['sex_life']);
    const two = scoreOdi([2, 2, 2, 2, 2, 2, 2, null, null, 1]);
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.problems[0]!.message).toMatch(/8 of 10 .* at least 9 .*sex_life, social_life/);
    const relaxed = scoreOdi([2, 2, 2, 2, 2, 2, 2, null, null, 1], { minAnswered: 8 });
    expect(relaxed.ok && relaxed.value.score).toBeCloseTo(37.5, 6);
  });

  test.each([
    { answers: [6, 0, 0, 0, 0, 0, 0, 0, 0, 0], message: /item 1 \(pain_intensity\): 6 is outside 0–5/ },
    { answers: [0, 0, 1.5, 0, 0, 0, 0, 0, 0, 0], message: /item 3 \(lifting\): 1.5 is not a whole number/ },
    { answers: [0, 0, 0], message: /expected 10 answers/ },
    { answers: { lifting: 1, elbow: 2 }, message: /unknown item "elbow"/ },
    { answers: 'abc', message: /array/ },
  ])('refuses $answers', ({ answers, message }) => {
    const result = scoreOdi(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  const answersArb = fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null, freq: 8 }), {
    minLength: 10,
    maxLength: 10,
  });

  test('property: score within 0–100 whenever it scores', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreOdi(answers);
        if (result.ok) expect(result.value.score).toBeGreaterThanOrEqual(0);
        if (result.ok) expect(result.value.score).toBeLessThanOrEqual(100);
      }),
    );
  });

  test('property: raising one answer never lowers the score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 10, maxLength: 10 }),
        fc.nat(9),
        (answers, i) => {
          fc.pre(answers[i]! < 5);
          const higher = answers.map((a, j) => (j === i ? a + 1 : a));
          const a = scoreOdi(answers);
          const b = scoreOdi(higher);
          expect(a.ok && b.ok).toBe(true);
          if (a.ok && b.ok) expect(b.value.score).toBeGreaterThan(a.value.score);
        },
      ),
    );
  });
});
