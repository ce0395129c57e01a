// The daily log: a client (or staff) logs a session against the home program in force that day; progression runs on
// every entry and on every next-morning pain that completes one. Entries sent again by an offline phone are stored once.
import { ZEntry, type Entry } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { actorOf, audit, episodeFor, isStaff } from '../../access.ts';
import { invalid, notFound } from '../../errors.ts';
import { addWithProgression, requireLogDate, rerun } from './common.ts';
import { IDEMPOTENCY_HEADER, ZIdempotencyHeaders, idempotencyOf, once, storedOutcome } from './idempotency.ts';
import { oneAtATime } from '../../../progression/service.ts';
import { ZEntryCreated, ZEpisodeParams, ZNextMorning, ZPeriodQuery, ZStoredEntry } from './schemas.ts';

const ZEntryParams = z.strictObject({ id: z.uuid({ error: 'expected an id (UUID)' }) });

export const homeLogRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.post('/episodes/:id/home-log', {
    schema: {
      tags: ['home log'],
      description: `Logs a session. With an ${IDEMPOTENCY_HEADER} header (a UUID per entry) a repeat of the same request stores nothing `
        + 'and answers 200 with the stored entry and the decisions stored for its date; the same key with another request is 409.',
      params: ZEpisodeParams, headers: ZIdempotencyHeaders, body: ZEntry, response: { 200: ZEntryCreated, 201: ZEntryCreated },
    },
  }, async (request, reply) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode, client } = await episodeFor(request, id, 'create', 'home_log_entry', null);
    const body = request.body as Entry;
    // Visits are recorded by the clinician: a client's own "visit" would count toward re-assessment.
    if (!isStaff(actorOf(request)) && body.source === 'visit') throw invalid('body.source', 'a client logs home sessions ("home"); visits are recorded by the clinician');
    requireLogDate(app, episode, body.date);
    const idempotency = idempotencyOf(request.headers, 'home-log', body);
    const { value, replayed } = await oneAtATime(episode.id, () => once(
      idempotency,
      async (key) => {
        const found = await app.repo.homeLog.findByIdempotencyKey(episode.clinicId, episode.id, key);
        return found && { value: { stored: found.entry, outcome: await storedOutcome(app.repo, episode, found.entry.date) }, hash: found.hash };
      },
      () => addWithProgression(app.repo, episode, body, 'body', (tx) => tx.homeLog.add(episode.clinicId, { ...body, episodeId: episode.id, ...(idempotency && { idempotency }) })),
    ));
    audit(request, { action: replayed ? 'read' : 'create', recordType: 'home_log_entry', recordId: value.stored.id, clientId: client.id });
    return reply.status(replayed ? 200 : 201).send({ entry: value.stored, ...value.outcome });
  });

  app.get('/episodes/:id/home-log', {
    schema: { tags: ['home log'], params: ZEpisodeParams, querystring: ZPeriodQuery, response: { 200: z.array(ZStoredEntry) } },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const period = request.query as z.infer<typeof ZPeriodQuery>;
    const { episode } = await episodeFor(request, id, 'list', 'home_log_entry', null);
    return app.repo.homeLog.list(episode.clinicId, episode.id, period);
  });

  app.patch('/home-log/:id/next-morning', {
    schema: { tags: ['home log'], params: ZEntryParams, body: ZNextMorning, response: { 200: ZEntryCreated } },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEntryParams>;
    const body = request.body as z.infer<typeof ZNextMorning>;
    audit(request, { action: 'update', recordType: 'home_log_entry', recordId: id, clientId: null });
    const found = await app.repo.homeLog.get(actorOf(request).clinicId, id);
    if (!found) throw notFound('home log entry');
    const { episode } = await episodeFor(request, found.episodeId, 'update', 'home_log_entry', id);
    const log = found.exercises.find((e) => e.exercise === body.exercise);
    if (!log) throw invalid('body.exercise', `"${body.exercise}" is not logged in this entry (logged: ${found.exercises.map((e) => e.exercise).join(', ') || 'nothing'})`);
    if (log.done === null || log.done.sets === 0) throw invalid('body.exercise', `"${body.exercise}" was not done that day, so it has no next-morning response`);
    const { entry, outcome } = await oneAtATime(episode.id, () => app.repo.transaction(async (tx) => {
      const updated = await tx.homeLog.recordNextMorning(episode.clinicId, id, body.exercise, body.pain);
      return { entry: updated, outcome: await rerun(tx, episode, updated.date) };
    }));
    return { entry, ...outcome };
  });
  done();
};
