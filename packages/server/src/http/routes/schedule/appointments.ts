// Appointments and video check-ins: staff book them for the clinic's clients and list a day's schedule (with names);
// a client sees and may cancel their own.
import { z } from 'zod';
import { appointmentSchedule } from '../../../services/schedule/appointment-schedule.ts';
import { bookAppointment } from '../../../services/schedule/book-appointment.ts';
import { changeAppointment } from '../../../services/schedule/change-appointment.ts';
import {
  ZAppointment,
  ZAppointmentChange,
  ZNewAppointment,
  ZScheduledAppointment,
} from '../../../services/schedule/schedule-schemas.ts';
import { actorOf, audit, clientFor, isStaff, requireStaff } from '../../access.ts';
import { forbidden, notFound } from '../../errors.ts';
import { ZId, ZIsoDate } from '../../schemas.ts';
import type { ZodRoutes } from '../../zod.ts';

const ZAppointmentParams = z.strictObject({ id: z.uuid({ error: 'expected an id (UUID)' }) });

const ZAppointmentQuery = z.strictObject({
  from: z.union([ZIsoDate, z.iso.datetime({ offset: true })]).optional(),
  to: z.union([ZIsoDate, z.iso.datetime({ offset: true })]).optional(),
  clientId: ZId.optional(),
  clinicianId: ZId.optional(),
});

export const appointmentRoutes: ZodRoutes = (app, _options, done) => {
  app.post(
    '/appointments',
    {
      schema: { tags: ['appointments'], body: ZNewAppointment, response: { 201: ZAppointment } },
    },
    async (request, reply) => {
      const client = await clientFor(request, request.body.clientId, 'create', 'appointment', null);
      requireStaff(request);
      const appointment = await bookAppointment(app.repo, client, request.body);
      audit(request, { action: 'create', recordType: 'appointment', recordId: appointment.id, clientId: client.id });
      return reply.status(201).send(appointment);
    },
  );

  app.get(
    '/appointments',
    {
      schema: {
        tags: ['appointments'],
        description:
          'By start time, with client and clinician names. from/to take a date (its whole UTC day) or a date-time; ' +
          "clinicianId gives one clinician's schedule. A client sees only their own.",
        querystring: ZAppointmentQuery,
        response: { 200: z.array(ZScheduledAppointment) },
      },
    },
    async (request) => {
      const { query } = request;
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
      return appointmentSchedule(app.repo, actor.clinicId, { ...query, clientId });
    },
  );

  app.patch(
    '/appointments/:id',
    {
      schema: {
        tags: ['appointments'],
        params: ZAppointmentParams,
        body: ZAppointmentChange,
        response: { 200: ZAppointment },
      },
    },
    async (request) => {
      const { id } = request.params;
      audit(request, { action: 'update', recordType: 'appointment', recordId: id, clientId: null });
      const actor = actorOf(request);
      const appointment = await app.repo.appointments.get(actor.clinicId, id);
      if (!appointment) throw notFound('appointment');
      await clientFor(request, appointment.clientId, 'update', 'appointment', id);
      const { status } = request.body;
      if (!isStaff(actor) && status !== 'cancelled') throw forbidden('a client may only cancel an appointment');
      return changeAppointment(app.repo, appointment, status, isStaff(actor) ? 'staff' : 'client');
    },
  );
  done();
};
