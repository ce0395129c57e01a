// Home-program adherence a week at a time, from the log: exercise sessions logged as done (at home or in a visit, as
// the progression counts them) against the sessions the program in force asked for. A home entry lists every
// exercise of the program that day (skipped ones as not done), each with its days a week stored beside it, so a
// week's program is read from its latest home entry. Weeks count from the episode's start; the last week is pro rata
// up to the end date.
import { addDays, dayNumber } from '../dates.ts';
import { sessionDone } from './history.ts';

/** A logged day as the home log stores it: each exercise with what was done and the prescription it was logged against. */
export interface AdherenceLogEntry {
  date: string;
  source: 'visit' | 'home';
  exercises: readonly { done: { sets: number } | null; prescribed: { daysPerWeek: number } | null }[];
}

export interface WeekOfAdherence {
  from: string;
  /** The week's last day counted: six days on, or the end date for the last week. */
  to: string;
  /** Days counted, 7 except for a last week cut short by the end date. */
  days: number;
  done: number;
  /** Sessions asked for, pro rata for a short week. */
  prescribed: number;
}

/**
 * Each week from `start` to `end`. A week without a home entry keeps the program of the week before; before the
 * first home entry (or when that program asks for nothing) `currentPerWeek`, the program now, is assumed.
 */
export function weeklyAdherence(
  entries: readonly AdherenceLogEntry[],
  start: string,
  end: string,
  currentPerWeek: number,
): WeekOfAdherence[] {
  const weeks = Math.floor((dayNumber(end) - dayNumber(start)) / 7) + 1;
  if (weeks <= 0) return [];
  const done = new Array<number>(weeks).fill(0);
  const asked = new Array<number | null>(weeks).fill(null);
  for (const e of [...entries].sort((a, b) => a.date.localeCompare(b.date))) {
    const w = Math.floor((dayNumber(e.date) - dayNumber(start)) / 7);
    if (w < 0 || w >= weeks) continue;
    done[w] = (done[w] ?? 0) + e.exercises.filter(sessionDone).length;
    if (e.source === 'home') asked[w] = e.exercises.reduce((sum, x) => sum + (x.prescribed?.daysPerWeek ?? 0), 0);
  }
  let carried = 0;
  return asked.map((week, w) => {
    const perWeek = week ?? carried;
    carried = perWeek;
    const from = addDays(start, w * 7);
    const days = Math.min(7, dayNumber(end) - dayNumber(from) + 1);
    return {
      from,
      to: addDays(from, days - 1),
      days,
      done: done[w] ?? 0,
      prescribed: ((perWeek > 0 ? perWeek : currentPerWeek) * days) / 7,
    };
  });
}
