// Dates and numbers as people read them, in the browser's own language and time zone. API dates are ISO days
// ("2026-11-23", read as that calendar day wherever the reader is) or UTC instants (shown in local time).

/** An ISO day as a UTC timestamp (the charts' x axis), so every day is the same width whatever the time zone. */
export const dayValue = (isoDay: string): number => Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);

const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const weekdayDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "13 Oct" */
export const formatShortDay = (isoDay: string): string => shortDay.format(dayValue(isoDay));
/** "Tue, 13 Oct 2026" */
export const formatDay = (isoDay: string): string => longDay.format(dayValue(isoDay));
/** "Tuesday 13 October" */
export const formatWeekday = (isoDay: string): string => weekdayDay.format(dayValue(isoDay));
/** A chart tick: a UTC timestamp of a day. */
export const formatTick = (value: number): string => shortDay.format(value);
/** The local clock time of an instant: "09:00". */
export const formatTime = (instant: string): string => clock.format(new Date(instant));

/** The local calendar day of an instant, as an ISO day. */
export function localDay(instant: Date | string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return `${String(d.getFullYear())}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Today where the user is, as an ISO day. */
export const localToday = (): string => localDay(new Date());

/** At most one decimal, without a trailing ".0". */
export const formatNumber = (value: number): string => String(Math.round(value * 10) / 10);

/** A share 0–1 as a whole percentage. */
export const formatPercent = (ratio: number): string => `${String(Math.round(ratio * 100))} %`;
