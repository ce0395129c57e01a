// Appointments and follow-up check-ins as an iCalendar feed (RFC 5545), per clinician or per client. Pure: records
// and the clock in, the .ics text out. Times are UTC, UIDs come from stored ids (so a re-import updates rather than
// duplicates), and a client's feed names no client: it may end up in a phone's shared calendar.
import ical, { ICalEventStatus } from 'ical-generator';
import type { AppointmentKind, AppointmentStatus } from '../db/records.ts';

/** Written as -//Tandem//Tandem appointments//EN. */
export const PRODID = { company: 'Tandem', product: 'Tandem appointments', language: 'EN' };
/** How often a subscribed calendar should fetch the feed again. */
export const REFRESH_SECONDS = 60 * 60;

export interface CalendarAppointment {
  id: string;
  /** UTC ISO timestamp. */
  startsAt: string;
  minutes: number;
  kind: AppointmentKind;
  status: AppointmentStatus;
  videoLink: string | null;
  clinicianName: string;
  clientName: string;
  /** A check-in after discharge rather than a visit of an episode of care. */
  followUp: boolean;
  createdAt: string;
}

export interface CalendarFeed {
  /** Whose feed: a clinician's names each client; a client's names only their clinician. */
  owner: 'clinician' | 'client';
  /** Shown as the calendar's name. */
  name: string;
  clinic: string;
  /** When the feed is made (DTSTAMP). */
  generatedAt: string;
  appointments: readonly CalendarAppointment[];
}

/** "Visit", "Video check-in", "Follow-up check-in (video)". */
export function appointmentTitle(a: Pick<CalendarAppointment, 'kind' | 'followUp'>): string {
  if (a.followUp) return a.kind === 'telehealth' ? 'Follow-up check-in (video)' : 'Follow-up check-in';
  return a.kind === 'telehealth' ? 'Video check-in' : 'Visit';
}

const STATUS_NOTE: Readonly<Record<AppointmentStatus, string | null>> = {
  scheduled: null,
  completed: null,
  cancelled: 'cancelled',
  no_show: 'did not attend',
};

function summaryOf(feed: CalendarFeed, a: CalendarAppointment): string {
  const who = feed.owner === 'clinician' ? `: ${a.clientName}` : ` with ${a.clinicianName}`;
  const note = STATUS_NOTE[a.status];
  return `${appointmentTitle(a)}${who}${note === null ? '' : ` (${note})`}`;
}

export function calendarIcs(feed: CalendarFeed): string {
  const calendar = ical({ prodId: PRODID, name: feed.name, ttl: REFRESH_SECONDS });
  for (const a of feed.appointments) {
    const start = new Date(a.startsAt);
    const video = a.kind === 'telehealth' && a.videoLink !== null;
    calendar.createEvent({
      id: `appointment-${a.id}@tandem`,
      start,
      end: new Date(start.getTime() + a.minutes * 60_000),
      stamp: new Date(feed.generatedAt),
      created: new Date(a.createdAt),
      summary: summaryOf(feed, a),
      location: video ? 'Video call' : feed.clinic,
      ...(video && a.videoLink !== null
        ? { url: a.videoLink, description: `Join the video call: ${a.videoLink}` }
        : {}),
      status: a.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      // A cancellation is a revision of the event: calendars that import rather than subscribe take the higher one.
      sequence: a.status === 'cancelled' ? 1 : 0,
    });
  }
  return calendar.toString();
}
