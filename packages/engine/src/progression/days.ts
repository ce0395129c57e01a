// The day-by-day series a history gives: pain at rest, sleep, fatigue and next-morning pain, one row per date.
import { dayNumber } from '../dates.ts';
import type { Entry } from './history.ts';

export interface Day {
  date: string;
  /** dayNumber(date), for window arithmetic. */
  day: number;
  painAtRest?: number;
  sleep?: number;
  fatigue?: number;
  /** Highest next-morning pain logged for the day's exercises. */
  morning?: number;
}

export type DayField = 'painAtRest' | 'sleep' | 'fatigue' | 'morning';

/** Adds an entry to the series (entries arrive in date order; a second entry on a date updates that day). */
export function addEntry(days: Day[], entry: Entry): Day {
  let day = days.at(-1);
  if (day?.date !== entry.date) {
    day = { date: entry.date, day: dayNumber(entry.date) };
    days.push(day);
  }
  if (entry.painAtRest !== undefined) day.painAtRest = entry.painAtRest;
  if (entry.sleep !== undefined) day.sleep = entry.sleep;
  if (entry.fatigue !== undefined) day.fatigue = entry.fatigue;
  for (const log of entry.exercises) {
    if (log.painNextMorning !== undefined) day.morning = Math.max(day.morning ?? 0, log.painNextMorning);
  }
  return day;
}

/** Values of a field on days in [from, to), newest first. */
export function valuesIn(days: readonly Day[], field: DayField, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = days.length - 1; i >= 0; i--) {
    const d = days[i];
    if (!d || d.day < from) break;
    const v = d[field];
    if (d.day < to && v !== undefined) out.push(v);
  }
  return out;
}

export const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** [P] A client's usual level is the median of the 14 days before a window, given at least 3 values there. */
export const USUAL_WINDOW_DAYS = 14;
export const USUAL_MIN_VALUES = 3;

/** The client's usual value of a field before `before` (exclusive), or the fallback when too little was logged. */
export function usualLevel(
  days: readonly Day[],
  field: DayField,
  before: number,
  fallback: number | undefined,
): { value: number; source: 'recent' | 'baseline' } | null {
  const recent = valuesIn(days, field, before - USUAL_WINDOW_DAYS, before);
  if (recent.length >= USUAL_MIN_VALUES) return { value: median(recent) ?? 0, source: 'recent' };
  return fallback === undefined ? null : { value: fallback, source: 'baseline' };
}
