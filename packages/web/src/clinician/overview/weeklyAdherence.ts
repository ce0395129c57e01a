// Home-program adherence a week at a time, from the log: exercise sessions logged as done (at home or in a visit, as
// the engine counts them) against the sessions
// the program in force asked for. A home entry lists every exercise of the program that day (skipped ones as not
// done), each with its days a week stored beside it, so a week's program is read from its latest home entry. Weeks
// count from the episode's start; the last week is pro rata up to the report's date.
import { addDays, dayNumber } from '@tandem/engine';
import type { AdherencePeriod } from '../../ui/charts/AdherenceBars.tsx';
import { formatShortDay } from '../../ui/charts/format.ts';
import type { HomeEntry } from './episodeTimeline.ts';

export function weeklyAdherence(entries: readonly HomeEntry[], start: string, end: string, currentPerWeek: number): AdherencePeriod[] {
  const weeks = Math.floor((dayNumber(end) - dayNumber(start)) / 7) + 1;
  if (weeks <= 0) return [];
  const done = new Array<number>(weeks).fill(0);
  const asked = new Array<number | null>(weeks).fill(null);
  for (const e of [...entries].sort((a, b) => a.date.localeCompare(b.date))) {
    const w = Math.floor((dayNumber(e.date) - dayNumber(start)) / 7);
    if (w < 0 || w >= weeks) continue;
    done[w] = (done[w] ?? 0) + e.exercises.filter((x) => x.done !== null && x.done.sets > 0).length;
    if (e.source === 'home') asked[w] = e.exercises.reduce((sum, x) => sum + (x.prescribed?.daysPerWeek ?? 0), 0);
  }
  let carried = 0;
  return asked.map((week, w) => {
    const perWeek = week ?? carried;
    carried = perWeek;
    const from = addDays(start, w * 7);
    const days = Math.min(7, dayNumber(end) - dayNumber(from) + 1);
    const prescribed = ((perWeek > 0 ? perWeek : currentPerWeek) * days) / 7;
    const partial = days < 7 ? `–${formatShortDay(end)}` : '';
    return { label: `${formatShortDay(from)}${partial}`, longLabel: `Week from ${formatShortDay(from)}${partial === '' ? '' : ` (to ${formatShortDay(end)})`}`, done: done[w] ?? 0, prescribed };
  });
}
