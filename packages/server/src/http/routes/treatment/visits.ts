// Visits: recorded by staff (see services/treatment/record-visit.ts), listed for an episode and read one at a time.
import { z } from 'zod';
import { recordVisit } from '../../../services/treatment/record-visit.ts';
import { IDEMPOTENCY_HEADER } from '../../../services/treatment/once.ts';
import { ZNewVisit, ZVisit, ZVisitCreated } from '../../../services/treatment/treatment-schemas.ts';
import { clinicStaff, visitView } from '../../../services/treatment/visit-view.ts';
import { actorOf, audit, episodeFor, requireStaff } from '../../access.ts';
import { notFound } from '../../errors.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZIdempotencyHeaders, idempotencyOf } from './idempotency.ts';
import { ZEpisodeParams } from './schemas.ts';

const ZVisitParams = z.strictObject({ id: z.uuid({ error: 'expected an id (UUID)' }) });

export const visitRoutes: ZodRoutes = (app, _options, done) => {
  app.post(
    '/episodes/:id/visits',
    {
      schema: {
        tags: ['visits'],
        description:
          `Records a visit. With an ${IDEMPOTENCY_HEADER} header (a UUID per visit) a repeat of the same request stores nothing ` +
          'and answers 200 with the stored visit, its entry and the decisions stored for its date; the same key with another request is 409.',
        params: ZEpisodeParams,
        headers: ZIdempotencyHeaders,
        body: ZNewVisit,
        response: { 200: ZVisitCreated, 201: ZVisitCreated },
      },
    },
    async (request, reply) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'create', 'visit', null);
      const actor = requireStaff(request);
      const { recorded, replayed } = await recordVisit(app.repo, {
        episode,
        visit: request.body,
        clinician: actor.user,
        idempotency: idempotencyOf(request.headers, 'visit', request.body),
        today: today(app),
      });
      audit(request, {
        action: replayed ? 'read' : 'create',
        recordType: 'visit',
        recordId: recorded.visit.id,
        clientId: client.id,
      });
      return reply.status(replayed ? 200 : 201).send(recorded);
    },
  );

  app.get(
    '/episodes/:id/visits',
    {
      schema: { tags: ['visits'], params: ZEpisodeParams, response: { 200: z.array(ZVisit) } },
    },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'list', 'visit', null);
      requireStaff(request);
      const [visits, staff] = await Promise.all([
        app.repo.visits.list(episode.clinicId, episode.id),
        clinicStaff(app.repo, episode.clinicId),
      ]);
      return visits.map((v) => visitView(v, staff));
    },
  );

  app.get(
    '/visits/:id',
    {
      schema: { tags: ['visits'], params: ZVisitParams, response: { 200: ZVisit } },
    },
    async (request) => {
      const { id } = request.params;
      audit(request, { action: 'read', recordType: 'visit', recordId: id, clientId: null });
      const actor = actorOf(request);
      const visit = await app.repo.visits.get(actor.clinicId, id);
      if (!visit) throw notFound('visit');
      await episodeFor(request, visit.episodeId, 'read', 'visit', id);
      requireStaff(request);
      return visitView(visit, await clinicStaff(app.repo, actor.clinicId));
    },
  );
  done();
};
