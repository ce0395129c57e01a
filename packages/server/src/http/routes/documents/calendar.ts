// Appointments and follow-up check-ins as iCalendar downloads (services/*-calendar.ts): a clinician's own (or any, for
// the clinic's owner) and a client's (the client themself or the clinic's staff). Audited as exports.
import { clientCalendar } from '../../../services/documents/client-calendar.ts';
import { clinicianCalendar } from '../../../services/documents/clinician-calendar.ts';
import { actorOf, audit, clientFor } from '../../access.ts';
import { forbidden, notFound } from '../../errors.ts';
import { ZIdParams } from '../../schemas.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { fileName, ICS_RESPONSE, ICS_TYPE, sendFile } from './send.ts';

export const calendarRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/calendar/clinicians/:id.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: "A clinician's appointments and check-ins (iCalendar)",
        params: ZIdParams,
        response: ICS_RESPONSE,
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      audit(request, { action: 'export', recordType: 'calendar', recordId: id, clientId: null });
      const actor = actorOf(request);
      const clinician = await app.repo.users.get(actor.clinicId, id);
      if (!clinician || clinician.role === 'client') throw notFound('clinician');
      if (actor.user.id !== clinician.id && actor.role !== 'owner')
        throw forbidden("only the clinician themself or the clinic's owner may export a clinician's calendar");
      const ics = await clinicianCalendar(app.repo, clinician, app.now());
      return sendFile(reply, ics, ICS_TYPE, fileName(clinician.name, 'appointments', today(app), 'ics'));
    },
  );

  app.get(
    '/calendar/clients/:id.ics',
    {
      schema: {
        tags: ['calendar'],
        summary: "A client's appointments and follow-up check-ins (iCalendar)",
        params: ZIdParams,
        response: ICS_RESPONSE,
      },
    },
    async (request, reply) => {
      const client = await clientFor(request, request.params.id, 'export', 'calendar');
      const ics = await clientCalendar(app.repo, client, app.now());
      return sendFile(reply, ics, ICS_TYPE, fileName(client.name, 'appointments', today(app), 'ics'));
    },
  );
  done();
};
