// Appointments and follow-up check-ins as iCalendar downloads: a clinician's own (or any, for the clinic's owner) and
// a client's (the client themself or the clinic's staff). The last year and everything ahead; audited as exports.
import { isFollowUp } from '../../../calendar/follow-up.ts';
import { calendarIcs, type CalendarAppointment } from '../../../calendar/ics.ts';
import type { Appointment, Episode } from '../../../db/records.ts';
import type { Repository } from '../../../db/repository.ts';
import { actorOf, audit, clientFor } from '../../access.ts';
import { forbidden, notFound } from '../../errors.ts';
import { ZIdParams } from '../../schemas.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { fileName, ICS_RESPONSE, ICS_TYPE, sendFile } from './send.ts';

/** How far back a feed reaches: past visits stay in the calendar for a year, older ones drop out. */
export const FEED_HISTORY_DAYS = 365;

const since = (now: Date): string => new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000).toISOString();

/** Every appointment with the names it shows and whether it is a follow-up check-in. */
async function feedItems(repo: Repository, clinicId: string, appointments: readonly Appointment[], names: ReadonlyMap<string, string>): Promise<CalendarAppointment[]> {
  const clientIds = [...new Set(appointments.map((a) => a.clientId))];
  const [users, episodes] = await Promise.all([
    repo.users.list(clinicId),
    // Per client of the feed: a clinician's week holds a few dozen clients, the clinic may hold thousands.
    Promise.all(clientIds.map((clientId) => repo.episodes.list(clinicId, { clientId }))),
  ]);
  const staff = new Map(users.map((u) => [u.id, u.name]));
  const all: Episode[] = episodes.flat();
  return appointments.map((a) => ({
    id: a.id, startsAt: a.startsAt, minutes: a.minutes, kind: a.kind, status: a.status, videoLink: a.videoLink, createdAt: a.createdAt,
    clinicianName: staff.get(a.clinicianId) ?? 'former staff member', clientName: names.get(a.clientId) ?? 'client',
    followUp: isFollowUp(a, all),
  }));
}

export const calendarRoutes: ZodRoutes = (app, _options, done) => {
  app.get('/calendar/clinicians/:id.ics', {
    schema: { tags: ['calendar'], summary: "A clinician's appointments and check-ins (iCalendar)", params: ZIdParams, response: ICS_RESPONSE },
  }, async (request, reply) => {
    const { id } = request.params;
    audit(request, { action: 'export', recordType: 'calendar', recordId: id, clientId: null });
    const actor = actorOf(request);
    const clinician = await app.repo.users.get(actor.clinicId, id);
    if (!clinician || clinician.role === 'client') throw notFound('clinician');
    if (actor.user.id !== clinician.id && actor.role !== 'owner') throw forbidden("only the clinician themself or the clinic's owner may export a clinician's calendar");
    const now = app.now();
    const [clinic, appointments, clients] = await Promise.all([
      app.repo.clinics.get(actor.clinicId),
      app.repo.appointments.list(actor.clinicId, { clinicianId: clinician.id, from: since(now) }),
      app.repo.clients.list(actor.clinicId),
    ]);
    const clinicName = clinic?.name ?? 'Tandem';
    const ics = calendarIcs({
      owner: 'clinician', name: `${clinician.name} · ${clinicName}`, clinic: clinicName, generatedAt: now.toISOString(),
      appointments: await feedItems(app.repo, actor.clinicId, appointments, new Map(clients.map((c) => [c.id, c.name]))),
    });
    return sendFile(reply, ics, ICS_TYPE, fileName(clinician.name, 'appointments', today(app), 'ics'));
  });

  app.get('/calendar/clients/:id.ics', {
    schema: { tags: ['calendar'], summary: "A client's appointments and follow-up check-ins (iCalendar)", params: ZIdParams, response: ICS_RESPONSE },
  }, async (request, reply) => {
    const { id } = request.params;
    const client = await clientFor(request, id, 'export', 'calendar');
    const now = app.now();
    const [clinic, appointments] = await Promise.all([
      app.repo.clinics.get(client.clinicId),
      app.repo.appointments.list(client.clinicId, { clientId: client.id, from: since(now) }),
    ]);
    const clinicName = clinic?.name ?? 'Tandem';
    const ics = calendarIcs({
      owner: 'client', name: `Appointments · ${clinicName}`, clinic: clinicName, generatedAt: now.toISOString(),
      appointments: await feedItems(app.repo, client.clinicId, appointments, new Map([[client.id, client.name]])),
    });
    return sendFile(reply, ics, ICS_TYPE, fileName(client.name, 'appointments', today(app), 'ics'));
  });
  done();
};
