import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meaningfulChange } from './meaningful-change.ts';
import { quickdash, scoreQuickDash } from './quickdash.ts';

const all = (value: number): number[] => new Array<number>(11).fill(value);

describe('QuickDASH', () => {
  test.each([
    // awell-score test vector: 325/11 = 29.545.
    { answers: [1, 2, 3, 4, 1, 1, 2, 3, 5, 1, 1], score: 325 / 11, answered: 11 },
    // Computed by hand (Beaton et al. 2005): 10 answered, sum 21 → (21/10 − 1) × 25 = 27.5.
    { answers: [2, 2, 2, 2, 2, 2, 2, 2, 2, 3, null], score: 27.5, answered: 10 },
    // Computed by hand: all 1 → 0; all 5 → 100.
    { answers: all(1), score: 0, answered: 11 },
    { answers: all(5), score: 100, answered: 11 },
    // Computed: all 3 → 50; one missing at the limit, the rest 5 → 100.
    { answers: all(3), score: 50, answered: 11 },
    { answers: [null, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], score: 100, answered: 10 },
  ])('$answers → $score', ({ answers, score, answered }) => {
    const result = scoreQuickDash(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(score, 4);
    expect(result.value.answered).toBe(answered);
    expect(result.value.band).toBeUndefined();
    expect(result.value.subscales).toBeUndefined();
    expect(result.value.ruleId).toBe('score.quickdash');
  });

  test.each([
    // awell-score test vector: work module [1,2,3,4] → 37.5.
    { input: { items: all(1), work: [1, 2, 3, 4] }, subscales: { work: 37.5 } },
    { input: { items: all(1), sports: [5, 5, 5, 5] }, subscales: { sports: 100 } },
    { input: { items: all(1), work: [1, 1, 1, 1], sports: [3, 3, 3, 3] }, subscales: { work: 0, sports: 50 } },
    { input: { items: all(2), work: { work_technique: 2, work_pain: 2, '3': 2, q4: 2 } }, subscales: { work: 25 } },
    { input: { items: [1, 2, 3, 4, 1, 1, 2, 3, 5, 1, 1], work: null }, subscales: undefined },
  ])('modules: $input', ({ input, subscales }) => {
    const result = scoreQuickDash(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.subscales).toEqual(subscales);
  });

  test('wrapped items give the same score as the plain list', () => {
    const plain = scoreQuickDash([1, 2, 3, 4, 1, 1, 2, 3, 5, 1, 1]);
    const wrapped = scoreQuickDash({ items: [1, 2, 3, 4, 1, 1, 2, 3, 5, 1, 1], work: [1, 2, 3, 4] });
    expect(plain.ok && wrapped.ok).toBe(true);
    if (plain.ok && wrapped.ok) expect(wrapped.value.score).toBe(plain.value.score);
  });

  test('object keyed by item id or number', () => {
    const result = scoreQuickDash({
      open_jar: 1,
      '2': 2,
      q3: 3,
      wash_back: 4,
      knife: 1,
      forceful_leisure: 1,
      social: 2,
      work_daily: 3,
      pain: 5,
      tingling: 1,
      sleep: 1,
    });
    expect(result.ok && result.value.score).toBeCloseTo(325 / 11, 4);
  });

  test.each([
    // Beaton et al. 2005 allow one missing item: two missing → error naming them.
    {
      input: [2, 2, 2, 2, 2, 2, 2, 2, 2, null, null],
      message: /9 of 11 items answered; at least 10 needed .*missing: tingling, sleep/,
    },
    { input: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], message: /item 1 \(open_jar\): 0 is outside 1–5/ },
    { input: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 6], message: /item 11 \(sleep\): 6 is outside 1–5/ },
    { input: [1, 1, 1, 1, 1.5, 1, 1, 1, 1, 1, 1], message: /item 5 \(knife\): 1.5 is not a whole number/ },
    { input: [1, 1, 1], message: /expected 11 answers/ },
    {
      input: { items: all(1), work: [1, 2, 3, null] },
      message: /work module: 3 of 4 items answered; at least 4 needed .*missing: work_time/,
    },
    {
      input: { items: all(1), sports: [1, 6, 1, 1] },
      message: /sports module: item 2 \(sports_pain\): 6 is outside 1–5/,
    },
    { input: { items: all(1), sports: [1, 1] }, message: /sports module: expected 4 answers/ },
    { input: { items: all(1), golf: [1, 1, 1, 1] }, message: /unknown field "golf"/ },
    {
      input: { items: [1, 1, 1, 1, 1, 1, 1, 1, 1, 9, 1] },
      message: /QuickDASH items: item 10 \(tingling\): 9 is outside 1–5/,
    },
    { input: { work: [1, 1, 1, 1] }, message: /unknown item "work"/ },
    { input: 'abc', message: /array/ },
  ])('refuses $input', ({ input, message }) => {
    const result = scoreQuickDash(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('reports problems in the items and in a module together', () => {
    const result = scoreQuickDash({ items: [1, 1, 1, 1, 1, 1, 1, 1, 1, null, null], work: [1, 1, 1, 7] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['tingling,sleep', 'work.[3]']);
  });

  test('minAnswered relaxes the 10-of-11 rule', () => {
    const result = scoreQuickDash([2, 2, 2, 2, 2, 2, 2, 2, 2, null, null], { minAnswered: 9 });
    expect(result.ok && result.value.score).toBeCloseTo(25, 4);
  });

  test('change: MCID 14 (Sorensen 2013), others documented', () => {
    expect(quickdash.change).toMatchObject({ better: 'lower', mcid: 14 });
    expect(quickdash.change.source).toMatch(/Sorensen/);
    expect(quickdash.change.source).toMatch(/van Kampen/);
    expect(meaningfulChange(quickdash.change, 40, 26).decision).toBe('improved');
    expect(meaningfulChange(quickdash.change, 40, 27).decision).toBe('no_meaningful_change');
  });

  const itemsArb = fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 8 }), {
    minLength: 11,
    maxLength: 11,
  });
  const moduleArb = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 });

  test('property: score and module scores within 0–100 whenever it scores', () => {
    fc.assert(
      fc.property(itemsArb, moduleArb, moduleArb, (items, work, sports) => {
        const result = scoreQuickDash({ items, work, sports });
        if (!result.ok) return;
        for (const value of [
          result.value.score,
          result.value.subscales?.['work'] ?? 0,
          result.value.subscales?.['sports'] ?? 0,
        ]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  test('property: raising one item raises the score', () => {
    fc.assert(
      fc.property(itemsArb, fc.nat(10), (items, i) => {
        const current = items[i];
        fc.pre(current !== null && current !== undefined && current < 5);
        const higher = items.map((a, j) => (j === i && a !== null ? a + 1 : a));
        const a = scoreQuickDash(items);
        const b = scoreQuickDash(higher);
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) expect(b.value.score).toBeGreaterThan(a.value.score);
      }),
    );
  });

  test('property: raising one module item raises that module score only', () => {
    fc.assert(
      fc.property(moduleArb, fc.nat(3), (work, i) => {
        fc.pre(work[i]! < 5);
        const higher = work.map((a, j) => (j === i ? a + 1 : a));
        const a = scoreQuickDash({ items: all(2), work, sports: work });
        const b = scoreQuickDash({ items: all(2), work: higher, sports: work });
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(b.value.subscales?.['work']).toBeGreaterThan(a.value.subscales?.['work'] ?? Infinity);
        expect(b.value.subscales?.['sports']).toBe(a.value.subscales?.['sports']);
        expect(b.value.score).toBe(a.value.score);
      }),
    );
  });
});
