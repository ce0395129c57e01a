// How a date or date-time of a query becomes a bound that stored times (UTC ISO text, compared as text) can meet.

/** A bare date covers its whole (UTC) day. */
export function instant(value: string, end: 'start' | 'end'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`;
  return new Date(value).toISOString();
}
