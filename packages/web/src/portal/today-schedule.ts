// Which exercises of the program are for today. The program says how many days a week each one is done; the week runs
// Monday to Sunday. An everyday exercise is always today's; another is today's while the week still needs it, with a
// day between sessions when it is done four days a week or fewer (so strength work gets its rest), unless the days
// left in the week need every one of them.
import { addDays } from '@tandem/engine';

export interface Logged {
  date: string;
  exercises: readonly { exercise: string; done: { sets: number } | null }[];
}

export interface Slot {
  exercise: string;
  daysPerWeek: number;
}

export interface Planned<T extends Slot> {
  item: T;
  /** Days this week (before or on the date) it was done. */
  doneThisWeek: number;
  doneToday: boolean;
  today: boolean;
}

/** Monday of the ISO week holding the date. */
export function weekStart(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

export function planDay<T extends Slot>(items: readonly T[], logs: readonly Logged[], date: string): Planned<T>[] {
  const monday = weekStart(date);
  const daysLeft = 7 - Math.round((Date.parse(date) - Date.parse(monday)) / 86_400_000);
  const yesterday = addDays(date, -1);
  return items.map((item) => {
    const days = new Set(
      logs
        .filter(
          (l) =>
            l.date >= monday &&
            l.date <= date &&
            l.exercises.some((e) => e.exercise === item.exercise && e.done !== null && e.done.sets > 0),
        )
        .map((l) => l.date),
    );
    const doneToday = days.has(date);
    const before = [...days].filter((d) => d < date).length;
    const needed = item.daysPerWeek - before;
    const rested = item.daysPerWeek > 4 || !days.has(yesterday) || needed >= daysLeft;
    return {
      item,
      doneThisWeek: days.size,
      doneToday,
      today: item.daysPerWeek >= 7 || doneToday || (needed > 0 && rested),
    };
  });
}
