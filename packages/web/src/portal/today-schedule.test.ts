import { describe, expect, it } from 'vitest';
import { planDay, weekStart } from './today-schedule.ts';

const items = [
  { exercise: 'walk', daysPerWeek: 7 },
  { exercise: 'squat', daysPerWeek: 3 },
  { exercise: 'bridge', daysPerWeek: 2 },
];
const done = (date: string, ...exercises: string[]) => ({
  date,
  exercises: exercises.map((exercise) => ({ exercise, done: { sets: 2 } })),
});

describe("today's part of the program", () => {
  it('weeks start on Monday', () => {
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-25')).toBe('2026-11-23');
  });

  it('puts everyday exercises on every day and the others on days the week still needs, with a rest between', () => {
    const monday = planDay(items, [], '2026-11-23');
    expect(monday.map((p) => p.today)).toEqual([true, true, true]);
    const tuesday = planDay(items, [done('2026-11-23', 'walk', 'squat', 'bridge')], '2026-11-24');
    expect(tuesday.map((p) => [p.item.exercise, p.today, p.doneThisWeek])).toEqual([
      ['walk', true, 1],
      ['squat', false, 1],
      ['bridge', false, 1],
    ]);
    const wednesday = planDay(items, [done('2026-11-23', 'squat', 'bridge')], '2026-11-25');
    expect(wednesday.map((p) => p.today)).toEqual([true, true, true]);
  });

  it('drops an exercise once the week has its days, but keeps one already done today', () => {
    const logs = [done('2026-11-23', 'bridge'), done('2026-11-25', 'bridge'), done('2026-11-27', 'squat')];
    const friday = planDay(items, logs, '2026-11-27');
    expect(friday.map((p) => [p.item.exercise, p.today, p.doneToday])).toEqual([
      ['walk', true, false],
      ['squat', true, true],
      ['bridge', false, false],
    ]);
  });

  it('asks for back-to-back days when the rest of the week needs them', () => {
    const saturday = planDay(items, [done('2026-11-27', 'squat')], '2026-11-28');
    // Squat needs two more days with two left (Saturday, Sunday): today, even after yesterday's.
    expect(saturday.find((p) => p.item.exercise === 'squat')?.today).toBe(true);
  });
});
