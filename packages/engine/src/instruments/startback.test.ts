import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { scoreStartBack, startback, startBackRisk } from './startback.ts';

const RANK = { low: 0, medium: 1, high: 2 } as const;

describe('STarT Back', () => {
  test.each([
    // Classification vectors from the Keele scoring rules (Hill et al. 2008), including the boundaries 3/3, 4/3 and 4/4.
    { name: 'nothing positive', answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], total: 0, psychosocial: 0, band: 'low' },
    { name: 'boundary 3/3', answers: [0, 0, 0, 0, 1, 1, 1, 0, 0], total: 3, psychosocial: 3, band: 'low' },
    { name: 'boundary 4/3', answers: [1, 0, 0, 0, 1, 1, 1, 0, 0], total: 4, psychosocial: 3, band: 'medium' },
    { name: 'boundary 4/4', answers: [0, 0, 0, 0, 1, 1, 1, 1, 0], total: 4, psychosocial: 4, band: 'high' },
    { name: 'physical items only', answers: [1, 1, 1, 1, 0, 0, 0, 0, 0], total: 4, psychosocial: 0, band: 'medium' },
    { name: 'everything positive', answers: [1, 1, 1, 1, 1, 1, 1, 1, 4], total: 9, psychosocial: 5, band: 'high' },
    // Q9 counts only at 3 ("very much") or 4 ("extremely").
    { name: 'Q9 = 2 not counted', answers: [0, 0, 0, 0, 1, 1, 1, 0, 2], total: 3, psychosocial: 3, band: 'low' },
    { name: 'Q9 = 3 counted → 4/4', answers: [0, 0, 0, 0, 1, 1, 1, 0, 3], total: 4, psychosocial: 4, band: 'high' },
    { name: 'Q9 = 4 counted', answers: [1, 1, 0, 0, 0, 0, 0, 0, 4], total: 3, psychosocial: 1, band: 'low' },
    { name: 'Q9 = 1 not counted', answers: [1, 1, 1, 1, 0, 0, 0, 0, 1], total: 4, psychosocial: 0, band: 'medium' },
    { name: 'high total, subscale 3', answers: [1, 1, 1, 1, 1, 1, 0, 0, 3], total: 7, psychosocial: 3, band: 'medium' },
  ])('$name → $total/$psychosocial $band', ({ answers, total, psychosocial, band }) => {
    const result = scoreStartBack(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(total);
    expect(result.value.subscales).toEqual({ psychosocial });
    expect(result.value.band).toBe(band);
    expect(result.value.ruleId).toBe('score.startback');
    expect(result.value.details?.['bothersomenessCounted']).toBe(answers[8]! >= 3);
  });

  test('object keyed by item id or number', () => {
    const result = scoreStartBack({
      leg_pain: 1,
      q2: 0,
      '3': 0,
      dresses_slowly: 0,
      activity_unsafe: 1,
      worrying_thoughts: 1,
      never_better: 1,
      little_enjoyment: 0,
      bothersomeness: 3,
    });
    expect(result.ok && result.value.band).toBe('high');
  });

  test('missing: all nine needed, and minAnswered cannot lower it', () => {
    const answers = [1, 0, 0, 0, 1, 1, 1, 0, null];
    const result = scoreStartBack(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/8 of 9 .*at least 9 .*missing: bothersomeness/);
    const relaxed = scoreStartBack(answers, { minAnswered: 8 });
    expect(relaxed.ok).toBe(false);
    if (!relaxed.ok) expect(relaxed.problems[0]!.message).toMatch(/cannot lower this/);
  });

  test.each([
    { answers: [2, 0, 0, 0, 0, 0, 0, 0, 0], message: /item 1 \(leg_pain\): 2 is outside 0–1/ },
    { answers: [0, 0, 0, 0, 0, 0, 0, 0, 5], message: /item 9 \(bothersomeness\): 5 is outside 0–4/ },
    { answers: [0, 0, 0, 0, true, 0, 0, 0, 0], message: /item 5 \(activity_unsafe\): true is not a whole number/ },
    { answers: [0, 0, 0, 0, 0, 0], message: /expected 9 answers/ },
    { answers: { q10: 1 }, message: /unknown item "q10"/ },
  ])('refuses $answers', ({ answers, message }) => {
    const result = scoreStartBack(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('change threshold is a documented placeholder, not a published MCID', () => {
    expect(startback.change).toMatchObject({ better: 'lower', mcid: 1 });
    expect(startback.change.source).toMatch(/No MCID is published/);
    expect(startback.change.mdc).toBeUndefined();
  });

  const answersArb = fc
    .tuple(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 8, maxLength: 8 }), fc.integer({ min: 0, max: 4 }))
    .map(([q1to8, q9]) => [...q1to8, q9]);

  test('property: total 0–9, subscale 0–5 and never above the total, band as the Keele rule', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreStartBack(answers);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const total = result.value.score;
        const psychosocial = result.value.subscales?.['psychosocial'] ?? -1;
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(9);
        expect(psychosocial).toBeGreaterThanOrEqual(0);
        expect(psychosocial).toBeLessThanOrEqual(Math.min(5, total));
        expect(result.value.band).toBe(psychosocial >= 4 ? 'high' : total <= 3 ? 'low' : 'medium');
      }),
    );
  });

  test('property: raising one answer never lowers the total or the risk group', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(8), (answers, i) => {
        fc.pre(answers[i]! < (i === 8 ? 4 : 1));
        const a = scoreStartBack(answers);
        const b = scoreStartBack(answers.map((x, j) => (j === i ? x + 1 : x)));
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(b.value.score).toBeGreaterThanOrEqual(a.value.score);
        expect(RANK[b.value.band as keyof typeof RANK]).toBeGreaterThanOrEqual(RANK[a.value.band as keyof typeof RANK]);
      }),
    );
  });

  test('startBackRisk: subscale ≥4 is high whatever the total', () => {
    expect(startBackRisk(4, 4)).toBe('high');
    expect(startBackRisk(9, 3)).toBe('medium');
    expect(startBackRisk(3, 3)).toBe('low');
  });
});
