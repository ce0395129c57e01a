import { describe, expect, it } from 'vitest';
import { weeklyAdherence, type AdherenceLogEntry } from './weekly-adherence.ts';

const done = (sets: number, daysPerWeek = 3) => ({ done: { sets }, prescribed: { daysPerWeek } });
const skipped = (daysPerWeek = 3) => ({ done: null, prescribed: { daysPerWeek } });
const home = (date: string, exercises: AdherenceLogEntry['exercises']): AdherenceLogEntry => ({
  date,
  source: 'home',
  exercises,
});
const visit = (date: string, exercises: AdherenceLogEntry['exercises']): AdherenceLogEntry => ({
  date,
  source: 'visit',
  exercises,
});

describe('weeklyAdherence', () => {
  const start = '2026-11-02';

  it("counts sessions done at home and in visits against the program of the week's latest home entry", () => {
    const weeks = weeklyAdherence(
      [
        home('2026-11-02', [done(2), skipped(), done(0)]),
        visit('2026-11-04', [done(3, 9)]),
        home('2026-11-06', [done(2, 4), done(1, 2)]),
      ],
      start,
      '2026-11-08',
      1,
    );
    expect(weeks).toEqual([{ from: '2026-11-02', to: '2026-11-08', days: 7, done: 4, prescribed: 6 }]);
  });

  it('keeps the last program through weeks without a home entry, and assumes the current one before the first', () => {
    const weeks = weeklyAdherence(
      [visit('2026-11-03', [done(1)]), home('2026-11-10', [done(1, 5)])],
      start,
      '2026-11-22',
      7,
    );
    expect(weeks.map((w) => [w.from, w.done, w.prescribed])).toEqual([
      ['2026-11-02', 1, 7],
      ['2026-11-09', 1, 5],
      ['2026-11-16', 0, 5],
    ]);
  });

  it('falls back to the current program when the logged one asks for nothing', () => {
    expect(
      weeklyAdherence([home('2026-11-03', [{ done: null, prescribed: null }])], start, '2026-11-08', 4)[0]?.prescribed,
    ).toBe(4);
  });

  it('counts a last week cut short pro rata, to the end date', () => {
    const weeks = weeklyAdherence([home('2026-11-10', [done(1, 7)])], start, '2026-11-11', 7);
    expect(weeks.at(-1)).toEqual({ from: '2026-11-09', to: '2026-11-11', days: 3, done: 1, prescribed: 3 });
  });

  it('leaves out entries before the start or after the end, and has no weeks when the end is before the start', () => {
    const weeks = weeklyAdherence(
      [home('2026-11-01', [done(1)]), home('2026-11-09', [done(1)])],
      start,
      '2026-11-08',
      2,
    );
    expect(weeks).toEqual([{ from: '2026-11-02', to: '2026-11-08', days: 7, done: 0, prescribed: 2 }]);
    expect(weeklyAdherence([], start, '2026-10-20', 2)).toEqual([]);
  });
});
