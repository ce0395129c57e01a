import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cst30, CST30_BELOW_AVERAGE_UNDER, scoreCst30 } from './cst30.ts';
import { meaningfulChange } from './meaningful-change.ts';

describe('30s chair stand', () => {
  test.each([
    // Worked examples computed against the normal ranges (Jones, Rikli & Beam 1999; Rikli & Jones).
    { input: { count: 11, age: 67, sex: 'male' }, score: 11, band: 'below_average', under: 12 },
    { input: { count: 12, age: 62, sex: 'female' }, score: 12, band: 'average_or_better', under: 12 },
    { input: { count: 14, age: 72, sex: 'female', arms_used: true }, score: 0, band: 'below_average', under: 10 },
    // Table edges and boundaries (below average means under the value).
    { input: { count: 13, age: 60, sex: 'male' }, score: 13, band: 'below_average', under: 14 },
    { input: { count: 14, age: 64, sex: 'male' }, score: 14, band: 'average_or_better', under: 14 },
    { input: { count: 11, age: 64.9, sex: 'female' }, score: 11, band: 'below_average', under: 12 },
    { input: { count: 11, age: 65, sex: 'female' }, score: 11, band: 'average_or_better', under: 11 },
    { input: { count: 9, age: 80, sex: 'female' }, score: 9, band: 'average_or_better', under: 9 },
    { input: { count: 7, age: 85, sex: 'male' }, score: 7, band: 'below_average', under: 8 },
    { input: { count: 4, age: 94, sex: 'female' }, score: 4, band: 'average_or_better', under: 4 },
    { input: { count: 6, age: 94.9, sex: 'male' }, score: 6, band: 'below_average', under: 7 },
    { input: { count: 0, age: 75, sex: 'male', armsUsed: false }, score: 0, band: 'below_average', under: 11 },
    { input: { count: 20, age: 70, sex: 'male', armsUsed: true }, score: 0, band: 'below_average', under: 12 },
  ])('$input → $score ($band)', ({ input, score, band, under }) => {
    const result = scoreCst30(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.score).toBe(score);
    expect(result.value.unit).toBe('stands');
    expect(result.value.band).toBe(band);
    expect(result.value.details).toMatchObject({
      countedStands: input.count,
      norms: { belowAverageUnder: under, sex: input.sex },
    });
    expect(result.value.ruleId).toBe('score.cst30');
  });

  test.each([{ age: 55 }, { age: 59.9 }, { age: 95 }, { age: 40 }])(
    'age $age: scored, but no norms and no band',
    ({ age }) => {
      // There are no norms for age 55: Tandem keeps the count and leaves the band out (see docs).
      const result = scoreCst30({ count: 12, age, sex: 'female' });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.score).toBe(12);
      expect(result.value.band).toBeUndefined();
      expect(result.value.bandSource).toBeUndefined();
      expect(result.value.details?.['norms']).toBe('none for this age');
    },
  );

  test.each([
    { input: { count: -1, age: 70, sex: 'male' }, message: /count: -1 is outside 0–60 stands/ },
    { input: { count: 61, age: 70, sex: 'male' }, message: /count: 61 is outside 0–60/ },
    { input: { count: 10.5, age: 70, sex: 'male' }, message: /count: 10.5 is not a whole number/ },
    { input: { age: 70, sex: 'male' }, message: /count: missing/ },
    { input: { count: 10, sex: 'male' }, message: /age: missing; the norms depend on age/ },
    { input: { count: 10, age: -4, sex: 'male' }, message: /age: -4 is not an age in years/ },
    { input: { count: 10, age: 70 }, message: /sex: missing; expected "male" or "female"/ },
    { input: { count: 10, age: 70, sex: 'M' }, message: /sex: "M"; expected "male" or "female"/ },
    {
      input: { count: 10, age: 70, sex: 'male', armsUsed: 'yes' },
      message: /armsUsed: expected true or false, got "yes"/,
    },
    {
      input: { count: 10, age: 70, sex: 'male', armsUsed: true, arms_used: false },
      message: /armsUsed and arms_used disagree/,
    },
    { input: { count: 10, age: 70, sex: 'male', stands: 3 }, message: /unknown chair-stand field "stands"/ },
    { input: 12, message: /must be \{ count, age, sex, armsUsed\? \}/ },
  ])('refuses $input', ({ input, message }) => {
    const result = scoreCst30(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join('; ')).toMatch(message);
  });

  test('change: 2 stands is meaningful, 1 is not', () => {
    expect(cst30.change).toMatchObject({ better: 'higher', mcid: 2 });
    expect(meaningfulChange(cst30.change, 9, 11).decision).toBe('improved');
    expect(meaningfulChange(cst30.change, 9, 10).decision).toBe('no_meaningful_change');
  });

  test('norm table: thresholds never rise with age', () => {
    for (let i = 1; i < CST30_BELOW_AVERAGE_UNDER.length; i++) {
      const [prev, row] = [CST30_BELOW_AVERAGE_UNDER[i - 1]!, CST30_BELOW_AVERAGE_UNDER[i]!];
      expect(row.from).toBe(prev.to + 1);
      expect(row.male).toBeLessThanOrEqual(prev.male);
      expect(row.female).toBeLessThanOrEqual(prev.female);
    }
  });

  const sexArb = fc.constantFrom('male', 'female');
  const countArb = fc.integer({ min: 0, max: 60 });
  const ageArb = fc.integer({ min: 60, max: 94 });

  test('property: more stands never move from average to below average', () => {
    fc.assert(
      fc.property(countArb, countArb, ageArb, sexArb, (x, y, age, sex) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const a = scoreCst30({ count: low, age, sex });
        const b = scoreCst30({ count: high, age, sex });
        expect(a.ok && b.ok).toBe(true);
        if (!a.ok || !b.ok) return;
        expect(b.value.score).toBeGreaterThanOrEqual(a.value.score);
        if (a.value.band === 'average_or_better') expect(b.value.band).toBe('average_or_better');
      }),
    );
  });

  test('property: below average when older implies below average when younger; arms used always score 0', () => {
    fc.assert(
      fc.property(countArb, ageArb, ageArb, sexArb, (count, x, y, sex) => {
        const [younger, older] = x <= y ? [x, y] : [y, x];
        const a = scoreCst30({ count, age: younger, sex });
        const b = scoreCst30({ count, age: older, sex });
        const arms = scoreCst30({ count, age: older, sex, armsUsed: true });
        expect(a.ok && b.ok && arms.ok).toBe(true);
        if (!a.ok || !b.ok || !arms.ok) return;
        if (b.value.band === 'below_average') expect(a.value.band).toBe('below_average');
        expect(arms.value.score).toBe(0);
        expect(arms.value.band).toBe('below_average');
      }),
    );
  });
});
