import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meaningfulChange } from './meaningful-change.ts';
import { nprs, scoreNprs } from './nprs.ts';

const ORDER = ['none', 'mild', 'moderate', 'severe'];
const bandsOf = (details: Record<string, unknown> | undefined): Record<string, { band: string; source: string }> =>
  (details?.['bands'] ?? {}) as Record<string, { band: string; source: string }>;

describe('NPRS', () => {
  test.each([
    // Worked example, computed: 4 → moderate (Krebs 2007), mild (Serlin 1995), mild (Boonstra 2016).
    { value: 4, krebs: 'moderate', serlin: 'mild', boonstra: 'mild' },
    // Computed edges of the three schemes.
    { value: 0, krebs: 'none', serlin: 'none', boonstra: 'none' },
    { value: 1, krebs: 'mild', serlin: 'mild', boonstra: 'mild' },
    { value: 3, krebs: 'mild', serlin: 'mild', boonstra: 'mild' },
    { value: 5, krebs: 'moderate', serlin: 'moderate', boonstra: 'mild' },
    { value: 6, krebs: 'moderate', serlin: 'moderate', boonstra: 'moderate' },
    { value: 7, krebs: 'severe', serlin: 'severe', boonstra: 'moderate' },
    { value: 8, krebs: 'severe', serlin: 'severe', boonstra: 'severe' },
    { value: 10, krebs: 'severe', serlin: 'severe', boonstra: 'severe' },
  ])('$value → $krebs (Krebs), $serlin (Serlin), $boonstra (Boonstra)', ({ value, krebs, serlin, boonstra }) => {
    const result = scoreNprs(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(value);
    expect(result.value.unit).toBe('points');
    expect(result.value.band).toBe(krebs);
    expect(result.value.bandSource).toMatch(/Krebs/);
    expect(result.value.ruleId).toBe('score.nprs');
    const bands = bandsOf(result.value.details);
    expect(bands['serlin1995']?.band).toBe(serlin);
    expect(bands['boonstra2016']?.band).toBe(boonstra);
    expect(bands['boonstra2016']?.source).toMatch(/Boonstra/);
  });

  test.each([{ raw: 7 }, { raw: [7] }, { raw: { score: 7 } }])('accepts $raw', ({ raw }) => {
    const result = scoreNprs(raw);
    expect(result.ok && result.value.score).toBe(7);
    expect(result.ok && result.value.answered).toBe(1);
  });

  test.each([
    { raw: 11, message: /11 is outside 0–10/ },
    { raw: -1, message: /-1 is outside 0–10/ },
    { raw: 4.5, message: /4.5 is not a whole number/ },
    { raw: '4', message: /"4" is not a whole number/ },
    { raw: Number.NaN, message: /NaN is not a whole number/ },
    { raw: [12], message: /12 is outside 0–10/ },
    { raw: { score: 2.5 }, message: /2.5 is not a whole number/ },
    { raw: [], message: /expected one pain rating, got 0/ },
    { raw: [3, 4], message: /expected one pain rating, got 2/ },
    { raw: null, message: /no pain rating given/ },
    { raw: { score: null }, message: /no pain rating given/ },
    { raw: { score: 3, worst: 5 }, message: /unknown field "worst"/ },
  ])('refuses $raw', ({ raw, message }) => {
    const result = scoreNprs(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test.each([
    // Farrar et al. 2001: 6→3 is 3 points and 50 %, both criteria met; 7→5 is 2 points but 28.57 %.
    { before: 6, after: 3, decision: 'improved', pointsMet: true, percentMet: true },
    { before: 7, after: 5, decision: 'improved', pointsMet: true, percentMet: false },
  ])('change $before → $after: $decision', ({ before, after, decision, pointsMet, percentMet }) => {
    const verdict = meaningfulChange(nprs.change, before, after);
    expect(verdict.decision).toBe(decision);
    expect(verdict.inputs['pointsMet']).toBe(pointsMet);
    expect(verdict.inputs['percentMet']).toBe(percentMet);
  });

  test('change: lower is better, 2 points or 30 %, Salaffi noted', () => {
    expect(nprs.change).toMatchObject({ better: 'lower', mcid: 2, mcidPercent: 30 });
    expect(nprs.change.source).toMatch(/Farrar/);
    expect(nprs.change.source).toMatch(/Salaffi/);
  });

  test('property: scores every whole number 0–10 as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), (value) => {
        const result = scoreNprs(value);
        expect(result.ok && result.value.score).toBe(value);
      }),
    );
  });

  test('property: refuses anything that is not a whole number 0–10', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer()), (value) => {
        fc.pre(!(Number.isInteger(value) && value >= 0 && value <= 10));
        expect(scoreNprs(value).ok).toBe(false);
      }),
    );
  });

  test('property: a higher rating never gets a milder band in any scheme', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), (value) => {
        const a = scoreNprs(value);
        const b = scoreNprs(value + 1);
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(ORDER.indexOf(b.value.band ?? '')).toBeGreaterThanOrEqual(ORDER.indexOf(a.value.band ?? ''));
        for (const scheme of ['serlin1995', 'boonstra2016']) {
          const before = bandsOf(a.value.details)[scheme]?.band ?? '';
          const after = bandsOf(b.value.details)[scheme]?.band ?? '';
          expect(ORDER.indexOf(after)).toBeGreaterThanOrEqual(ORDER.indexOf(before));
        }
      }),
    );
  });
});
