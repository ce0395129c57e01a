// A clinician's appointments and check-ins as an iCalendar feed, with their clients' names.
import { calendarIcs } from '../../calendar/ics.ts';
import type { User } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { feedItems, feedSince } from './calendar-feed.ts';

export async function clinicianCalendar(repo: Repository, clinician: User, now: Date): Promise<string> {
  const [clinic, appointments, clients] = await Promise.all([
    repo.clinics.get(clinician.clinicId),
    repo.appointments.list(clinician.clinicId, { clinicianId: clinician.id, from: feedSince(now) }),
    repo.clients.list(clinician.clinicId),
  ]);
  const clinicName = clinic?.name ?? 'Tandem';
  return calendarIcs({
    owner: 'clinician',
    name: `${clinician.name} · ${clinicName}`,
    clinic: clinicName,
    generatedAt: now.toISOString(),
    appointments: await feedItems(repo, clinician.clinicId, appointments, new Map(clients.map((c) => [c.id, c.name]))),
  });
}
