// Calendar arithmetic on ISO dates (YYYY-MM-DD, UTC), without a clock: time is always an argument.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY;

/** The ISO date of a day number. */
export const isoDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** Adds whole days to an ISO date. */
export const addDays = (isoDate: string, days: number): string => isoDay(dayNumber(isoDate) + days);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
