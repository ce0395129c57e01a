import { describe, expect, test } from 'vitest';
import { appointmentTitle, calendarIcs, type CalendarAppointment, type CalendarFeed } from './ics.ts';
import { readIcs } from './read-ics.ts';

const appointment = (id: string, overrides: Partial<CalendarAppointment> = {}): CalendarAppointment => ({
  id,
  startsAt: '2026-11-30T09:00:00.000Z',
  minutes: 45,
  kind: 'in_person',
  status: 'scheduled',
  videoLink: null,
  clinicianName: 'Maya Chen',
  clientName: 'Grace Whitaker',
  followUp: false,
  createdAt: '2026-11-20T08:00:00.000Z',
  ...overrides,
});

const feed = (owner: CalendarFeed['owner'], appointments: CalendarAppointment[]): CalendarFeed => ({
  owner,
  name: owner === 'clinician' ? 'Maya Chen · Harbour Physio' : 'Appointments · Harbour Physio',
  clinic: 'Harbour Physio',
  generatedAt: '2026-11-23T10:00:00.000Z',
  appointments,
});

const APPOINTMENTS = [
  appointment('0b8e0f5e-0000-4000-8000-000000000001'),
  appointment('0b8e0f5e-0000-4000-8000-000000000002', {
    startsAt: '2026-12-02T14:30:00.000Z',
    minutes: 20,
    kind: 'telehealth',
    videoLink: 'https://meet.example.com/room/abc',
  }),
  appointment('0b8e0f5e-0000-4000-8000-000000000003', { status: 'cancelled', startsAt: '2026-12-04T08:00:00.000Z' }),
  appointment('0b8e0f5e-0000-4000-8000-000000000004', {
    followUp: true,
    startsAt: '2027-01-15T09:00:00.000Z',
    minutes: 30,
  }),
  appointment('0b8e0f5e-0000-4000-8000-000000000005', { status: 'no_show', startsAt: '2026-11-16T09:00:00.000Z' }),
];

test.each([
  ['in_person', false, 'Visit'],
  ['telehealth', false, 'Video check-in'],
  ['in_person', true, 'Follow-up check-in'],
  ['telehealth', true, 'Follow-up check-in (video)'],
] as const)('appointmentTitle(%s, follow-up %s) → %s', (kind, followUp, title) => {
  expect(appointmentTitle({ kind, followUp })).toBe(title);
});

describe('calendarIcs', () => {
  const text = calendarIcs(feed('clinician', APPOINTMENTS));
  const ics = readIcs(text);

  test('is one VCALENDAR with a PRODID, a name and a refresh interval, in CRLF lines', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(ics.calendar).toMatchObject({
      PRODID: '-//Tandem//Tandem appointments//EN',
      'X-WR-CALNAME': 'Maya Chen · Harbour Physio',
      'REFRESH-INTERVAL': 'PT1H',
    });
  });

  test('has one VEVENT per appointment with a UID from its id, UTC times and its end from its length', () => {
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(APPOINTMENTS.length);
    expect(ics.events.map((e) => e.props.UID)).toEqual(APPOINTMENTS.map((a) => `appointment-${a.id}@tandem`));
    expect(ics.events[1]?.props).toMatchObject({
      DTSTART: '20261202T143000Z',
      DTEND: '20261202T145000Z',
      DTSTAMP: '20261123T100000Z',
      CREATED: '20261120T080000Z',
    });
    for (const e of ics.events) expect(e.props.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
  });

  test.each([
    [0, 'Visit: Grace Whitaker', 'CONFIRMED', 'Harbour Physio'],
    [1, 'Video check-in: Grace Whitaker', 'CONFIRMED', 'Video call'],
    [2, 'Visit: Grace Whitaker (cancelled)', 'CANCELLED', 'Harbour Physio'],
    [3, 'Follow-up check-in: Grace Whitaker', 'CONFIRMED', 'Harbour Physio'],
    [4, 'Visit: Grace Whitaker (did not attend)', 'CONFIRMED', 'Harbour Physio'],
  ])('event %i: %s, %s, at %s', (i, summary, status, location) => {
    expect(ics.events[i]?.props).toMatchObject({ SUMMARY: summary, STATUS: status, LOCATION: location });
  });

  test('a video check-in carries its link; a cancellation is a newer revision', () => {
    expect(ics.events[1]?.props).toMatchObject({
      URL: 'https://meet.example.com/room/abc',
      DESCRIPTION: 'Join the video call: https://meet.example.com/room/abc',
    });
    expect(ics.events[2]?.props.SEQUENCE).toBe('1');
    expect(ics.events[0]?.props.SEQUENCE).toBe('0');
  });

  test("a client's feed names their clinician, never the client", () => {
    const own = calendarIcs(feed('client', APPOINTMENTS));
    expect(own).not.toContain('Grace');
    expect(readIcs(own).events.map((e) => e.props.SUMMARY)).toEqual([
      'Visit with Maya Chen',
      'Video check-in with Maya Chen',
      'Visit with Maya Chen (cancelled)',
      'Follow-up check-in with Maya Chen',
      'Visit with Maya Chen (did not attend)',
    ]);
  });

  test('folds long lines at 75 octets, counting multi-byte characters, and unfolds to the same text', () => {
    const long = calendarIcs(
      feed('clinician', [
        appointment('0b8e0f5e-0000-4000-8000-000000000009', {
          clientName: `Zoë Ñúñez-Øverby ${'Ł'.repeat(40)} 😀 the third`,
        }),
      ]),
    );
    const lines = readIcs(long).lines;
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(readIcs(long).events[0]?.props.SUMMARY).toBe(`Visit: Zoë Ñúñez-Øverby ${'Ł'.repeat(40)} 😀 the third`);
  });

  test('an empty feed is still a valid calendar', () => {
    const empty = readIcs(calendarIcs(feed('client', [])));
    expect(empty.events).toEqual([]);
    expect(empty.calendar.PRODID).toBe('-//Tandem//Tandem appointments//EN');
  });
});
