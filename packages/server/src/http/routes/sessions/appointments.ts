// Appointments and video check-ins: staff book them for the clinic's clients and list a day's schedule (with names);
// a client sees and may cancel their own.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { actorOf, audit, clientFor, isStaff, requireStaff } from '../../access.ts';
import { ApiError, forbidden, invalid, notFound } from '../../errors.ts';
import { ZAppointment, ZAppointmentChange, ZAppointmentQuery, ZNewAppointment, ZScheduledAppointment } from './schemas.ts';

const ZAppointmentParams = z.strictObject({ id: z.uuid({ error: 'expected an id (UUID)' }) });

/** Times are stored as UTC ISO text and compared as text; a bare date covers its whole (UTC) day. */
export function instant(value: string, end: 'start' | 'end'): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T${end === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`;
  return new Date(value).toISOString();
}

function requireVideoLink(kind: 'in_person' | 'telehealth', link: string | undefined): void {
  if (kind === 'in_person') {
    if (link !== undefined) throw invalid('body.videoLink', 'only a telehealth appointment has a video link');
    return;
  }
  if (link === undefined || link.trim() === '') throw invalid('body.videoLink', 'a telehealth appointment needs a video link');
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw invalid('body.videoLink', 'expected a web address such as https://meet.example.com/room');
  }
  // The link carries a health consultation: never over plain http.
  if (url.protocol !== 'https:') throw invalid('body.videoLink', 'the video link must be an https:// address');
}

export const appointmentRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.post('/appointments', {
    schema: { tags: ['appointments'], body: ZNewAppointment, response: { 201: ZAppointment } },
  }, async (request, reply) => {
    const body = request.body as z.infer<typeof ZNewAppointment>;
    const client = await clientFor(request, body.clientId, 'create', 'appointment', null);
    const actor = requireStaff(request);
    const clinician = await app.repo.users.get(actor.clinicId, body.clinicianId);
    if (!clinician || clinician.role === 'client') throw invalid('body.clinicianId', 'not a clinician or owner of this clinic');
    requireVideoLink(body.kind, body.videoLink);
    const appointment = await app.repo.appointments.create(actor.clinicId, {
      clientId: client.id, clinicianId: clinician.id, startsAt: instant(body.startsAt, 'start'), minutes: body.minutes, kind: body.kind,
      videoLink: body.videoLink ?? null,
    });
    audit(request, { action: 'create', recordType: 'appointment', recordId: appointment.id, clientId: client.id });
    return reply.status(201).send(appointment);
  });

  app.get('/appointments', {
    schema: {
      tags: ['appointments'],
      description: 'By start time, with client and clinician names. from/to take a date (its whole UTC day) or a date-time; '
        + 'clinicianId gives one clinician\'s schedule. A client sees only their own.',
      querystring: ZAppointmentQuery, response: { 200: z.array(ZScheduledAppointment) },
    },
  }, async (request) => {
    const query = request.query as z.infer<typeof ZAppointmentQuery>;
    audit(request, { action: 'list', recordType: 'appointment', recordId: null, clientId: query.clientId ?? null });
    const actor = actorOf(request);
    let clientId = query.clientId;
    if (clientId !== undefined) await clientFor(request, clientId, 'list', 'appointment', null);
    else if (!isStaff(actor)) {
      // A client login sees its own appointments only.
      const own = await app.repo.clients.findByUser(actor.clinicId, actor.user.id);
      if (!own) return [];
      clientId = own.id;
      audit(request, { action: 'list', recordType: 'appointment', recordId: null, clientId });
    }
    return app.repo.appointments.schedule(actor.clinicId, {
      ...(query.from !== undefined && { from: instant(query.from, 'start') }),
      ...(query.to !== undefined && { to: instant(query.to, 'end') }),
      ...(clientId !== undefined && { clientId }),
      ...(query.clinicianId !== undefined && { clinicianId: query.clinicianId }),
    });
  });

  app.patch('/appointments/:id', {
    schema: { tags: ['appointments'], params: ZAppointmentParams, body: ZAppointmentChange, response: { 200: ZAppointment } },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof ZAppointmentParams>;
    const { status } = request.body as z.infer<typeof ZAppointmentChange>;
    audit(request, { action: 'update', recordType: 'appointment', recordId: id, clientId: null });
    const actor = actorOf(request);
    const appointment = await app.repo.appointments.get(actor.clinicId, id);
    if (!appointment) throw notFound('appointment');
    await clientFor(request, appointment.clientId, 'update', 'appointment', id);
    if (!isStaff(actor)) {
      if (status !== 'cancelled') throw forbidden('a client may only cancel an appointment');
      if (appointment.status !== 'scheduled') throw new ApiError('conflict', `this appointment is already ${appointment.status.replace('_', ' ')}`);
    }
    return app.repo.appointments.setStatus(actor.clinicId, id, status);
  });
  done();
};
