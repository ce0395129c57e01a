// What an iCalendar feed holds: the appointments from a year back on, each with the names it shows and whether it is
// a follow-up check-in.
import { isFollowUp } from '../../calendar/follow-up.ts';
import type { CalendarAppointment } from '../../calendar/ics.ts';
import type { Appointment, Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';

/** How far back a feed reaches: past visits stay in the calendar for a year, older ones drop out. */
export const FEED_HISTORY_DAYS = 365;

export const feedSince = (now: Date): string => new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000).toISOString();

/** `names` gives the clients' names the feed may show. */
export async function feedItems(
  repo: Repository,
  clinicId: string,
  appointments: readonly Appointment[],
  names: ReadonlyMap<string, string>,
): Promise<CalendarAppointment[]> {
  const clientIds = [...new Set(appointments.map((a) => a.clientId))];
  const [users, episodes] = await Promise.all([
    repo.users.list(clinicId),
    // Per client of the feed: a clinician's week holds a few dozen clients, the clinic may hold thousands.
    Promise.all(clientIds.map((clientId) => repo.episodes.list(clinicId, { clientId }))),
  ]);
  const staff = new Map(users.map((u) => [u.id, u.name]));
  const all: Episode[] = episodes.flat();
  return appointments.map((a) => ({
    id: a.id,
    startsAt: a.startsAt,
    minutes: a.minutes,
    kind: a.kind,
    status: a.status,
    videoLink: a.videoLink,
    createdAt: a.createdAt,
    clinicianName: staff.get(a.clinicianId) ?? 'former staff member',
    clientName: names.get(a.clientId) ?? 'client',
    followUp: isFollowUp(a, all),
  }));
}
