// The daily log: a client (or staff) logs a session against the home program in force that day, and a next-morning
// pain that completes one; progression runs on both (services/treatment/log-home-session.ts, services/treatment/next-morning.ts).
import { ZEntry } from '@tandem/engine';
import { z } from 'zod';
import { logHomeSession } from '../../../services/treatment/log-home-session.ts';
import { recordNextMorning } from '../../../services/treatment/next-morning.ts';
import { IDEMPOTENCY_HEADER } from '../../../services/treatment/once.ts';
import { ZEntryCreated, ZNextMorning, ZStoredEntry } from '../../../services/treatment/treatment-schemas.ts';
import { actorOf, audit, episodeFor, isStaff } from '../../access.ts';
import { invalid, notFound } from '../../errors.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZIdempotencyHeaders, idempotencyOf } from './idempotency.ts';
import { ZEpisodeParams, ZPeriodQuery } from './schemas.ts';

const ZEntryParams = z.strictObject({ id: z.uuid({ error: 'expected an id (UUID)' }) });

export const homeLogRoutes: ZodRoutes = (app, _options, done) => {
  app.post(
    '/episodes/:id/home-log',
    {
      schema: {
        tags: ['home log'],
        description:
          `Logs a session. With an ${IDEMPOTENCY_HEADER} header (a UUID per entry) a repeat of the same request stores nothing ` +
          'and answers 200 with the stored entry and the decisions stored for its date; the same key with another request is 409.',
        params: ZEpisodeParams,
        headers: ZIdempotencyHeaders,
        body: ZEntry,
        response: { 200: ZEntryCreated, 201: ZEntryCreated },
      },
    },
    async (request, reply) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'create', 'home_log_entry', null);
      const { body } = request;
      // Visits are recorded by the clinician: a client's own "visit" would count toward re-assessment.
      if (!isStaff(actorOf(request)) && body.source === 'visit')
        throw invalid('body.source', 'a client logs home sessions ("home"); visits are recorded by the clinician');
      const { logged, replayed } = await logHomeSession(app.repo, {
        episode,
        entry: body,
        idempotency: idempotencyOf(request.headers, 'home-log', body),
        today: today(app),
      });
      audit(request, {
        action: replayed ? 'read' : 'create',
        recordType: 'home_log_entry',
        recordId: logged.entry.id,
        clientId: client.id,
      });
      return reply.status(replayed ? 200 : 201).send(logged);
    },
  );

  app.get(
    '/episodes/:id/home-log',
    {
      schema: {
        tags: ['home log'],
        params: ZEpisodeParams,
        querystring: ZPeriodQuery,
        response: { 200: z.array(ZStoredEntry) },
      },
    },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'list', 'home_log_entry', null);
      return app.repo.homeLog.list(episode.clinicId, episode.id, request.query);
    },
  );

  app.patch(
    '/home-log/:id/next-morning',
    {
      schema: { tags: ['home log'], params: ZEntryParams, body: ZNextMorning, response: { 200: ZEntryCreated } },
    },
    async (request) => {
      const { id } = request.params;
      audit(request, { action: 'update', recordType: 'home_log_entry', recordId: id, clientId: null });
      const found = await app.repo.homeLog.get(actorOf(request).clinicId, id);
      if (!found) throw notFound('home log entry');
      const { episode } = await episodeFor(request, found.episodeId, 'update', 'home_log_entry', id);
      return recordNextMorning(app.repo, {
        episode,
        entry: found,
        exercise: request.body.exercise,
        pain: request.body.pain,
      });
    },
  );
  done();
};
