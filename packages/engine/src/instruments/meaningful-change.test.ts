import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ChangeThreshold } from './instrument.ts';
import { meaningfulChange } from './meaningful-change.ts';

const NPRS: ChangeThreshold = { better: 'lower', mcid: 2, mcidPercent: 30, source: 'Farrar 2001' };
const LEFS: ChangeThreshold = { better: 'higher', mcid: 9, mdc: 9, source: 'Binkley 1999' };
const SPADI: ChangeThreshold = { better: 'lower', mcid: 10, mdc: 13, source: 'Roy 2009; scoring sheet' };

describe('meaningfulChange', () => {
  test.each([
    // Farrar et al. 2001 (2 points or 30 %): 6→3 meets both criteria; 7→5 meets 2 points but not 30 %.
    { t: NPRS, before: 6, after: 3, decision: 'improved', pointsMet: true, percentMet: true },
    { t: NPRS, before: 7, after: 5, decision: 'improved', pointsMet: true, percentMet: false },
    { t: NPRS, before: 3, after: 2, decision: 'improved', pointsMet: false, percentMet: true },
    { t: NPRS, before: 8, after: 7, decision: 'no_meaningful_change', pointsMet: false, percentMet: false },
    { t: NPRS, before: 4, after: 7, decision: 'worsened', pointsMet: true, percentMet: true },
    { t: NPRS, before: 0, after: 0, decision: 'no_meaningful_change', pointsMet: false, percentMet: false },
    // LEFS pre→post +8 (BMJ case report) is below the MCID of 9.
    { t: LEFS, before: 50, after: 58, decision: 'no_meaningful_change', pointsMet: false, percentMet: false },
    { t: LEFS, before: 50, after: 59, decision: 'improved', pointsMet: true, percentMet: false },
    // SPADI: MDC 13 exceeds the MCID 10, so 12 points is not yet meaningful.
    { t: SPADI, before: 50, after: 38, decision: 'no_meaningful_change', pointsMet: false, percentMet: false },
    { t: SPADI, before: 50, after: 37, decision: 'improved', pointsMet: true, percentMet: false },
  ])('$before → $after: $decision', ({ t, before, after, decision, pointsMet, percentMet }) => {
    const result = meaningfulChange(t, before, after);
    expect(result.decision).toBe(decision);
    expect(result.ruleId).toBe('change.mcid');
    expect(result.inputs['pointsMet']).toBe(pointsMet);
    expect(result.inputs['percentMet']).toBe(percentMet);
    expect(result.rationale.length).toBeGreaterThan(20);
  });

  test('property: swapping before and after swaps improved and worsened', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }), (a, b) => {
        const forward = meaningfulChange(LEFS, a, b).decision;
        const back = meaningfulChange(LEFS, b, a).decision;
        const mirror = {
          improved: 'worsened',
          worsened: 'improved',
          no_meaningful_change: 'no_meaningful_change',
        } as const;
        expect(back).toBe(mirror[forward]);
      }),
    );
  });
});

test('decimal scores meet a threshold they equal (TUG 14 → 12.9 s against 1.1 s)', () => {
  const tug: ChangeThreshold = { better: 'lower', mcid: 1.1, mdc: 1.1, source: 'Alghadir 2015' };
  expect(meaningfulChange(tug, 14, 12.9).decision).toBe('improved');
});
