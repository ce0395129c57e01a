// A client's appointments and follow-up check-ins as an iCalendar feed.
import { calendarIcs } from '../../calendar/ics.ts';
import type { Client } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { feedItems, feedSince } from './calendar-feed.ts';

export async function clientCalendar(repo: Repository, client: Client, now: Date): Promise<string> {
  const [clinic, appointments] = await Promise.all([
    repo.clinics.get(client.clinicId),
    repo.appointments.list(client.clinicId, { clientId: client.id, from: feedSince(now) }),
  ]);
  const clinicName = clinic?.name ?? 'Tandem';
  return calendarIcs({
    owner: 'client',
    name: `Appointments · ${clinicName}`,
    clinic: clinicName,
    generatedAt: now.toISOString(),
    appointments: await feedItems(repo, client.clinicId, appointments, new Map([[client.id, client.name]])),
  });
}
