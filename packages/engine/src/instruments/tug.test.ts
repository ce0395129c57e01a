import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { meaningfulChange } from './meaningful-change.ts';
import { scoreTug, tug } from './tug.ts';

describe('TUG', () => {
  test.each([
    // Worked examples computed against both thresholds (CDC STEADI; Shumway-Cook et al. 2000).
    { input: 9.8, band: 'not_at_risk', steadi: false, shumwayCook: false },
    { input: { seconds: 12.0 }, band: 'at_risk', steadi: true, shumwayCook: false },
    // Boundaries of both thresholds.
    { input: 11.99, band: 'not_at_risk', steadi: false, shumwayCook: false },
    { input: 13.49, band: 'at_risk', steadi: true, shumwayCook: false },
    { input: 13.5, band: 'at_risk', steadi: true, shumwayCook: true },
    { input: { seconds: 25, walkingAid: 'rollator' }, band: 'at_risk', steadi: true, shumwayCook: true },
    { input: 0.5, band: 'not_at_risk', steadi: false, shumwayCook: false },
    { input: 299.9, band: 'at_risk', steadi: true, shumwayCook: true },
  ])('$input → $band', ({ input, band, steadi, shumwayCook }) => {
    const result = scoreTug(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBeCloseTo(typeof input === 'number' ? input : input.seconds, 4);
    expect(result.value.unit).toBe('seconds');
    expect(result.value.band).toBe(band);
    expect(result.value.flags).toEqual({ fall_risk_steadi: steadi, fall_risk_shumway_cook: shumwayCook });
    expect(result.value.ruleId).toBe('score.tug');
  });

  test.each([
    { age: 65, seconds: 8.1, ageBand: '60–69', mean: 8.1, slower: false },
    { age: 69.5, seconds: 8.2, ageBand: '60–69', mean: 8.1, slower: true },
    { age: 72, seconds: 9.8, ageBand: '70–79', mean: 9.2, slower: true },
    { age: 79, seconds: 9.2, ageBand: '70–79', mean: 9.2, slower: false },
    { age: 80, seconds: 11.0, ageBand: '80–99', mean: 11.3, slower: false },
    { age: 99, seconds: 11.4, ageBand: '80–99', mean: 11.3, slower: true },
  ])('age $age, $seconds s: compared with the $ageBand mean', ({ age, seconds, ageBand, mean, slower }) => {
    const result = scoreTug({ seconds, age });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.details?.['ageNorm']).toMatchObject({ ageBand, meanSeconds: mean });
    expect(result.value.flags?.['slower_than_age_norm']).toBe(slower);
  });

  test.each([{ age: 59.9 }, { age: 100 }, { age: 30 }])('age $age: no norm, no age flag', ({ age }) => {
    const result = scoreTug({ seconds: 10, age });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.details?.['ageNorm']).toBe('none for this age');
    expect(result.value.flags).not.toHaveProperty('slower_than_age_norm');
  });

  test('walking aid is recorded under either spelling; no age, no norm', () => {
    const a = scoreTug({ seconds: 14, walkingAid: 'single-point cane' });
    expect(a.ok && a.value.details).toEqual({ walkingAid: 'single-point cane' });
    const b = scoreTug({ seconds: 14, walking_aid: 'frame' });
    expect(b.ok && b.value.details?.['walkingAid']).toBe('frame');
    const c = scoreTug(14);
    expect(c.ok && c.value.details).toEqual({ walkingAid: null });
  });

  test.each([
    // A negative time is an error.
    { input: -3, message: /seconds: -3 is not a possible time; expected more than 0 and less than 300/ },
    { input: 0, message: /seconds: 0 is not a possible time/ },
    { input: 300, message: /seconds: 300 is not a possible time/ },
    { input: Number.NaN, message: /seconds: null; expected a number of seconds/ },
    { input: { seconds: '12' }, message: /seconds: "12"; expected a number of seconds/ },
    { input: {}, message: /seconds: missing/ },
    { input: { seconds: 12, age: -1 }, message: /age: -1 is not an age in years/ },
    { input: { seconds: 12, walkingAid: true }, message: /walkingAid: expected text naming the aid, got true/ },
    { input: { seconds: 12, aid: 'cane' }, message: /unknown TUG field "aid"/ },
    { input: '12 s', message: /must be a number of seconds/ },
    { input: null, message: /must be a number of seconds/ },
  ])('refuses $input', ({ input, message }) => {
    const result = scoreTug(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('change: MDC 1.10 s also serves as the MCID', () => {
    expect(tug.change).toMatchObject({ better: 'lower', mcid: 1.1, mdc: 1.1 });
    expect(tug.change.source).toMatch(/MCID shown is the MDC/);
    expect(meaningfulChange(tug.change, 14, 12.5).decision).toBe('improved');
    expect(meaningfulChange(tug.change, 14, 13).decision).toBe('no_meaningful_change');
  });

  const secondsArb = fc.double({ min: 0.01, max: 299.99, noNaN: true });

  test('property: band and flags follow the thresholds, and slower never turns a flag off', () => {
    fc.assert(
      fc.property(secondsArb, secondsArb, fc.integer({ min: 60, max: 99 }), (x, y, age) => {
        const [fast, slow] = x <= y ? [x, y] : [y, x];
        const a = scoreTug({ seconds: fast, age });
        const b = scoreTug({ seconds: slow, age });
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(a.value.band).toBe(fast >= 12 ? 'at_risk' : 'not_at_risk');
        expect(a.value.flags?.['fall_risk_shumway_cook']).toBe(fast >= 13.5);
        for (const flag of ['fall_risk_steadi', 'fall_risk_shumway_cook', 'slower_than_age_norm']) {
          if (a.value.flags?.[flag]) expect(b.value.flags?.[flag]).toBe(true);
        }
      }),
    );
  });
});
