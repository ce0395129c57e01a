// Calendar arithmetic on ISO dates (YYYY-MM-DD, UTC), without a clock: time is always an argument.

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 for an ISO date, by arithmetic on the digits (Hinnant's days_from_civil): the replay calls
 * this for every entry and goal, and Date.parse is several times slower.
 */
export function dayNumber(isoDate: string): number {
  let y = digits(isoDate, 0, 4);
  const m = digits(isoDate, 5, 7);
  const d = digits(isoDate, 8, 10);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** The ISO date of a day number. */
export const isoDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Adds whole days to an ISO date. */
export const addDays = (isoDate: string, days: number): string => isoDay(dayNumber(isoDate) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** Whole weeks from one date to a later one (0 when `to` is not later). */
export const weeksBetween = (from: string, to: string): number => Math.max(0, Math.floor(daysBetween(from, to) / 7));

/** Age in whole years on a date: a year is added on the birthday itself, and on 1 March for 29 February in other years. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = digits(on, 0, 4) - digits(dateOfBirth, 0, 4);
  return on.slice(5, 10) < dateOfBirth.slice(5, 10) ? years - 1 : years;
}
