import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ageOn, dayNumber, daysBetween, isoDay } from './dates.ts';

describe('dates', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2024-03-01', 19783],
    ['2026-11-23', 20780],
  ])('%s is day %i', (date, day) => {
    expect(dayNumber(date)).toBe(day);
    expect(isoDay(day)).toBe(date);
  });
  it('agrees with Date.parse on every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(dayNumber(iso)).toBe(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });
  it('adds days across months, leap days and years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-05', '2026-03-02')).toBe(56);
  });

  it.each([
    ['1979-05-14', '2026-05-14', 47, 'on the birthday'],
    ['1979-05-14', '2026-05-13', 46, 'the day before the birthday'],
    ['1979-05-14', '2026-05-15', 47, 'the day after'],
    ['1979-12-31', '2027-01-01', 47, 'the new year before the birthday'],
    ['1980-01-01', '2026-12-31', 46, 'the last day of the year before the birthday'],
    ['2000-02-29', '2027-02-28', 26, '29 February, on 28 February of a common year'],
    ['2000-02-29', '2027-03-01', 27, '29 February, on 1 March of a common year'],
    ['2000-02-29', '2028-02-28', 27, '29 February, the day before it in a leap year'],
    ['2000-02-29', '2028-02-29', 28, '29 February, on it in a leap year'],
    ['2026-11-23', '2026-11-23', 0, 'the day of birth'],
  ])('born %s, on %s: %i (%s)', (born, on, age) => {
    expect(ageOn(born, on)).toBe(age);
  });
});
