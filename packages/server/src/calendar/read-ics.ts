// Test support: an iCalendar text read back (RFC 5545 §3.1: CRLF line ends, long lines folded with CRLF + space), so
// tests check what a calendar app would see, and the raw lines, to check the folding itself.
export interface IcsEvent {
  /** Property name (without parameters) → value, e.g. DTSTART → 20261130T090000Z. */
  props: Record<string, string>;
}

export interface ReadIcs {
  /** Physical lines, split on CRLF. */
  lines: string[];
  calendar: Record<string, string>;
  events: IcsEvent[];
}

const unescape = (value: string): string => value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');

export function readIcs(text: string): ReadIcs {
  const lines = text.split('\r\n');
  const logical: string[] = [];
  for (const line of lines) {
    const last = logical.pop();
    if (last !== undefined) logical.push(line.startsWith(' ') ? `${last}${line.slice(1)}` : last);
    if (!line.startsWith(' ') && line !== '') logical.push(line);
  }
  const calendar: Record<string, string> = {};
  const events: IcsEvent[] = [];
  let current: IcsEvent | null = null;
  for (const line of logical) {
    if (line === 'BEGIN:VEVENT') current = { props: {} };
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).split(';')[0] ?? '';
      (current ? current.props : calendar)[name] = unescape(line.slice(colon + 1));
    }
  }
  return { lines, calendar, events };
}
