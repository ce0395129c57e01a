import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meaningfulChange } from './meaningful-change.ts';
import { scoreTsk11, scoreTsk17, tsk11, tsk11FromTsk17, tsk17, TSK17_REVERSED_ITEMS } from './tsk.ts';

// awell-score tampa test data (awell-health/awell-score, MIT): best/worst answers with items 4, 8, 12, 16 reversed.
const BEST = [1, 1, 1, 4, 1, 1, 1, 4, 1, 1, 1, 4, 1, 1, 1, 4, 1];
const WORST = [4, 4, 4, 1, 4, 4, 4, 1, 4, 4, 4, 1, 4, 4, 4, 1, 4];
const RANDOM = [1, 3, 3, 2, 2, 3, 2, 2, 3, 2, 3, 3, 2, 3, 3, 3, 3];
const MEDIAN = [2, 2, 2, 3, 2, 2, 2, 3, 3, 3, 3, 2, 3, 3, 3, 2, 3];
// Computed: three items at 3, the other ten plain items at 2, reversed items answered 3 (scored 2) → 37.
const TOTAL_37 = [3, 3, 3, 3, 2, 2, 2, 3, 2, 2, 2, 3, 2, 2, 2, 3, 2];
const TOTAL_38 = TOTAL_37.map((a, i) => (i === 4 ? 3 : a));

const REVERSED = new Set<number>(TSK17_REVERSED_ITEMS.map((n) => n - 1));

describe('TSK-17', () => {
  test.each([
    { name: 'all best (awell)', answers: BEST, score: 17, band: 'not_high' },
    { name: 'all worst (awell)', answers: WORST, score: 68, band: 'high' },
    { name: 'random (awell)', answers: RANDOM, score: 43, band: 'high' },
    { name: 'median (awell)', answers: MEDIAN, score: 43, band: 'high' },
    { name: 'boundary 37 is not high (>37)', answers: TOTAL_37, score: 37, band: 'not_high' },
    { name: 'boundary 38 is high', answers: TOTAL_38, score: 38, band: 'high' },
    {
      name: 'every answer 1 (reversed items then score 4)',
      answers: new Array<number>(17).fill(1),
      score: 29,
      band: 'not_high',
    },
    { name: 'every answer 4', answers: new Array<number>(17).fill(4), score: 56, band: 'high' },
  ])('$name → $score ($band)', ({ answers, score, band }) => {
    const result = scoreTsk17(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(score);
    expect(result.value.band).toBe(band);
    expect(result.value.bandSource).toMatch(/Vlaeyen/);
    expect(result.value.ruleId).toBe('score.tsk17');
    expect(result.value.details).toEqual({ prorated: false });
  });

  test('object keyed by item id, number or q-number', () => {
    const keyed = Object.fromEntries(
      RANDOM.map((a, i) => [i % 3 === 0 ? `q${i + 1}` : i % 3 === 1 ? String(i + 1) : tsk17.items![i]!.id, a]),
    );
    const result = scoreTsk17(keyed);
    expect(result.ok && result.value.score).toBe(43);
  });

  test('missing items: all required by default, naming the missing one', () => {
    const answers = RANDOM.map((a, i) => (i === 16 ? null : a));
    const result = scoreTsk17(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/16 of 17 .* at least 17 .*no_exercise_in_pain/);
  });

  test('missing items: prorated when options allow, and says so', () => {
    // 40 from 16 answered → 40 × 17 / 16 = 42.5.
    const answers = RANDOM.map((a, i) => (i === 16 ? null : a));
    const result = scoreTsk17(answers, { minAnswered: 16 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(42.5, 4);
    expect(result.value.band).toBe('high');
    expect(result.value.missingItems).toEqual(['no_exercise_in_pain']);
    expect(result.value.details).toMatchObject({ prorated: true, answeredSum: 40 });
    expect(String(result.value.details?.['proration'])).toMatch(/× 17 \/ 16/);
    // A missing reversed item is prorated on its reversed score too: best answers stay at the floor.
    const best = scoreTsk17(
      BEST.map((a, i) => (i === 3 ? null : a)),
      { minAnswered: 16 },
    );
    expect(best.ok && best.value.score).toBe(17);
    // Past the relaxed limit: refused.
    const two = scoreTsk17(
      RANDOM.map((a, i) => (i >= 15 ? null : a)),
      { minAnswered: 16 },
    );
    expect(two.ok).toBe(false);
    if (!two.ok) expect(two.problems[0]!.message).toMatch(/pain_not_dangerous, no_exercise_in_pain/);
    // Even minAnswered 0 needs one answer: there is nothing to prorate from.
    const none = scoreTsk17(new Array<null>(17).fill(null), { minAnswered: 0 });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.problems[0]!.message).toMatch(/0 of 17 .*at least 1 needed/);
  });

  test.each([
    { answers: [0, ...BEST.slice(1)], message: /item 1 \(exercise_injury\): 0 is outside 1–4/ },
    {
      answers: [...BEST.slice(0, 3), 5, ...BEST.slice(4)],
      message: /item 4 \(exercise_eases_pain\): 5 is outside 1–4/,
    },
    { answers: [...BEST.slice(0, 16), 2.5], message: /item 17 \(no_exercise_in_pain\): 2.5 is not a whole number/ },
    { answers: BEST.slice(0, 11), message: /expected 17 answers/ },
    { answers: { fear: 2 }, message: /unknown item "fear"/ },
    { answers: 43, message: /array/ },
  ])('refuses $answers', ({ answers, message }) => {
    const result = scoreTsk17(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('change: a fall of 4 is meaningful, 3 is not', () => {
    expect(tsk17.change).toMatchObject({ better: 'lower', mcid: 4 });
    expect(meaningfulChange(tsk17.change, 45, 41).decision).toBe('improved');
    expect(meaningfulChange(tsk17.change, 45, 42).decision).toBe('no_meaningful_change');
  });

  const full17 = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 17, maxLength: 17 });

  test('property: total within 17–68 and band high exactly above 37', () => {
    fc.assert(
      fc.property(full17, (answers) => {
        const result = scoreTsk17(answers);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.score).toBeGreaterThanOrEqual(17);
        expect(result.value.score).toBeLessThanOrEqual(68);
        expect(result.value.band).toBe(result.value.score > 37 ? 'high' : 'not_high');
      }),
    );
  });

  test('property: prorated scores stay within 17–68', () => {
    const partial = fc.array(fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 4 }), {
      minLength: 17,
      maxLength: 17,
    });
    fc.assert(
      fc.property(partial, (answers) => {
        const result = scoreTsk17(answers, { minAnswered: 1 });
        if (!result.ok) return;
        expect(result.value.score).toBeGreaterThanOrEqual(17);
        expect(result.value.score).toBeLessThanOrEqual(68);
      }),
    );
  });

  test('property: agreeing more raises the total on plain items and lowers it on reversed items', () => {
    fc.assert(
      fc.property(full17, fc.nat(16), (answers, i) => {
        fc.pre(answers[i]! < 4);
        const a = scoreTsk17(answers);
        const b = scoreTsk17(answers.map((x, j) => (j === i ? x + 1 : x)));
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) expect(b.value.score - a.value.score).toBe(REVERSED.has(i) ? -1 : 1);
      }),
    );
  });
});

describe('TSK-11', () => {
  test.each([
    { name: 'all 1', answers: new Array<number>(11).fill(1), score: 11 },
    { name: 'all 4', answers: new Array<number>(11).fill(4), score: 44 },
    // Case file examples/cases/neck-accountant-screen-work.json.
    { name: 'neck-accountant-screen-work case', answers: [3, 2, 3, 2, 3, 2, 2, 3, 2, 2, 2], score: 26 },
  ])('$name → $score, no band', ({ answers, score }) => {
    const result = scoreTsk11(answers);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(score);
    expect(result.value.band).toBeUndefined();
    expect(result.value.ruleId).toBe('score.tsk11');
  });

  test('derived from the awell random TSK-17 response → 27 (computed with the Woby 2005 item set)', () => {
    const derived = tsk11FromTsk17(RANDOM);
    expect(derived).toEqual({ ok: true, value: [1, 3, 3, 2, 3, 2, 2, 3, 2, 3, 3] });
    if (!derived.ok) return;
    const result = scoreTsk11(derived.value);
    expect(result.ok && result.value.score).toBe(27);
    const wrapped = scoreTsk11({ items17: RANDOM });
    expect(wrapped.ok && wrapped.value.score).toBe(27);
  });

  test('short-form keys are short-form numbers; ids are shared with the TSK-17', () => {
    // Short-form item 4 is original item 5.
    expect(tsk11.items![3]!.id).toBe(tsk17.items![4]!.id);
    const result = scoreTsk11({ q1: 1, q2: 1, q3: 1, q4: 4, q5: 1, q6: 1, q7: 1, q8: 1, q9: 1, q10: 1, q11: 1 });
    expect(result.ok && result.value.score).toBe(14);
  });

  test('derived response keeps the TSK-17 checks and missing answers', () => {
    const bad = tsk11FromTsk17([...RANDOM.slice(0, 16), 7]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]!.message).toMatch(/item 17 \(no_exercise_in_pain\): 7 is outside 1–4/);
    // Item 9 is not on the TSK-11, so leaving it out still scores; leaving out item 10 does not.
    expect(scoreTsk11({ items17: RANDOM.map((a, i) => (i === 8 ? null : a)) }).ok).toBe(true);
    const missing = scoreTsk11({ items17: RANDOM.map((a, i) => (i === 9 ? null : a)) });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems[0]!.message).toMatch(/10 of 11 .*avoid_movement_safest/);
  });

  test('missing: prorated only when allowed', () => {
    const answers = [3, 2, 3, 2, 3, 2, 2, 3, 2, 2, null];
    expect(scoreTsk11(answers).ok).toBe(false);
    const result = scoreTsk11(answers, { minAnswered: 10 });
    expect(result.ok && result.value.score).toBeCloseTo((24 * 11) / 10, 4);
  });

  test.each([
    { answers: [0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], message: /item 1 \(exercise_injury\): 0 is outside 1–4/ },
    { answers: new Array<number>(17).fill(1), message: /expected 11 answers/ },
    { answers: { items17: 'x' }, message: /array/ },
  ])('refuses $answers', ({ answers, message }) => {
    const result = scoreTsk11(answers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  const full11 = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 11, maxLength: 11 });

  test('property: total within 11–44 and raising an answer raises it by one', () => {
    fc.assert(
      fc.property(full11, fc.nat(10), (answers, i) => {
        const a = scoreTsk11(answers);
        expect(a.ok).toBe(true);
        if (!a.ok) return;
        expect(a.value.score).toBeGreaterThanOrEqual(11);
        expect(a.value.score).toBeLessThanOrEqual(44);
        fc.pre(answers[i]! < 4);
        const b = scoreTsk11(answers.map((x, j) => (j === i ? x + 1 : x)));
        if (b.ok) expect(b.value.score).toBe(a.value.score + 1);
      }),
    );
  });

  test('property: derived TSK-11 equals scoring the picked items', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 17, maxLength: 17 }), (answers17) => {
        const picked = [0, 1, 2, 4, 5, 6, 9, 10, 12, 14, 16].map((i) => answers17[i]!);
        const a = scoreTsk11({ items17: answers17 });
        const b = scoreTsk11(picked);
        expect(a.ok && b.ok && a.value.score === b.value.score).toBe(true);
      }),
    );
  });
});
