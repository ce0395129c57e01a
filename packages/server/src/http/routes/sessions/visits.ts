// Visits: the SOAP note, the hands-on techniques applied and the exercises done. A technique the episode's screening
// avoids, or one above its intensity cap, is refused and nothing is stored; the exercises become a "visit" log entry
// in the same transaction, so progression sees them.
import { TECHNIQUES_BY_ID, URGENCY_RANK, checkTechnique, screenCase, type Entry } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { PerformedItem, User, Visit } from '../../../db/records.ts';
import { oneAtATime } from '../../../progression/service.ts';
import { actorOf, audit, episodeFor, requireStaff } from '../../access.ts';
import { notFound, type Problem } from '../../errors.ts';
import { invalidInput } from '../../zod.ts';
import { addWithProgression, requireLogDate } from './common.ts';
import { IDEMPOTENCY_HEADER, ZIdempotencyHeaders, idempotencyOf, keyConflict, once, storedOutcome } from './idempotency.ts';
import { ZEpisodeParams, ZNewVisit, ZVisit, ZVisitCreated, exerciseName, techniqueName } from './schemas.ts';

type NewVisitBody = z.infer<typeof ZNewVisit>;

/** Every technique checked against the episode's screening: avoided, above the cap, or in a region it is not for. */
export function techniqueProblems(intake: Parameters<typeof screenCase>[0], body: NewVisitBody): Problem[] {
  const screening = screenCase(intake);
  const referral = screening.referral;
  if (referral && (referral.stopsTreatment || URGENCY_RANK[referral.urgency] >= URGENCY_RANK.urgent)) {
    const treated = [
      ...(body.techniques.length > 0 ? [{ field: 'body.techniques', what: 'hands-on techniques' }] : []),
      ...(body.exercises.length > 0 ? [{ field: 'body.exercises', what: 'exercises' }] : []),
    ];
    return treated.map((t) => ({ field: t.field, message: `no ${t.what} until the client has had the ${referral.urgency} medical review the safety screen asks for (${referral.reasons.join('; ')})` }));
  }
  const problems: Problem[] = [];
  body.techniques.forEach((t, i) => {
    const technique = TECHNIQUES_BY_ID.get(t.technique);
    if (!technique) return; // the schema has refused it already
    const intensity = t.intensity ?? technique.intensity;
    if (!technique.regions.includes(t.region)) {
      problems.push({ field: `body.techniques[${i}].region`, message: `${technique.name} is not a technique for the ${t.region.replaceAll('_', ' ')} (it is for: ${technique.regions.join(', ')})` });
      return;
    }
    const check = checkTechnique(screening, { category: technique.category, intensity, regions: [t.region] });
    switch (check.decision) {
      case 'avoid':
        problems.push({ field: `body.techniques[${i}].technique`, message: `${technique.name} must not be used for this client (${check.ruleIds.join(', ')}): ${check.rationale}` });
        break;
      case 'modify':
        problems.push({ field: `body.techniques[${i}].intensity`, message: `${intensity} is above what screening allows for ${technique.name} here (${check.intensity} at most; ${check.ruleIds.join(', ')}): ${check.rationale}` });
        break;
      case 'allow':
        break;
    }
  });
  return problems;
}

const performedOf = (body: NewVisitBody): PerformedItem[] => [
  ...body.techniques.map((t): PerformedItem => ({
    kind: 'technique', itemId: t.technique, region: t.region, minutes: t.minutes,
    intensity: t.intensity ?? TECHNIQUES_BY_ID.get(t.technique)?.intensity ?? null, response: t.response ?? null, dose: null, pain: null,
  })),
  ...body.exercises.map((e): PerformedItem => ({
    kind: 'exercise', itemId: e.exercise, region: null, minutes: null, intensity: null, response: null, dose: e.done, pain: e.painDuring ?? null,
  })),
];

const visitOut = (visit: Visit, staff: ReadonlyMap<string, User>) => ({
  ...visit,
  clinician: { id: visit.clinicianId, name: staff.get(visit.clinicianId)?.name ?? 'former staff member' },
  performed: visit.performed.map((p) => ({ ...p, name: p.kind === 'technique' ? techniqueName(p.itemId) : exerciseName(p.itemId) })),
});

const ZVisitParams = z.strictObject({ id: z.uuid({ error: 'expected an id (UUID)' }) });

export const visitRoutes: FastifyPluginCallback = (app, _options, done) => {
  const staffOf = async (clinicId: string) => new Map((await app.repo.users.list(clinicId)).map((u) => [u.id, u]));

  app.post('/episodes/:id/visits', {
    schema: {
      tags: ['visits'],
      description: `Records a visit. With an ${IDEMPOTENCY_HEADER} header (a UUID per visit) a repeat of the same request stores nothing `
        + 'and answers 200 with the stored visit, its entry and the decisions stored for its date; the same key with another request is 409.',
      params: ZEpisodeParams, headers: ZIdempotencyHeaders, body: ZNewVisit, response: { 200: ZVisitCreated, 201: ZVisitCreated },
    },
  }, async (request, reply) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode, client } = await episodeFor(request, id, 'create', 'visit', null);
    const actor = requireStaff(request);
    const body = request.body as NewVisitBody;
    requireLogDate(app, episode, body.date);
    const problems = techniqueProblems(episode.intake, body);
    if (problems.length > 0) throw invalidInput(problems);
    const entry: Entry = {
      date: body.date, source: 'visit', exercises: body.exercises,
      ...(body.painAtRest !== undefined && { painAtRest: body.painAtRest }),
      ...(body.sleep !== undefined && { sleep: body.sleep }),
      ...(body.fatigue !== undefined && { fatigue: body.fatigue }),
    };
    const idempotency = idempotencyOf(request.headers, 'visit', body);
    const key = idempotency && { idempotency };
    const { value, replayed } = await oneAtATime(episode.id, () => once(
      idempotency,
      // The visit and its entry carry the key together; an entry alone with it was a home-log request.
      async (k) => {
        const [visit, logged] = await Promise.all([app.repo.visits.findByIdempotencyKey(episode.clinicId, episode.id, k), app.repo.homeLog.findByIdempotencyKey(episode.clinicId, episode.id, k)]);
        if (!visit) {
          if (logged) throw keyConflict();
          return undefined;
        }
        if (!logged) throw new Error(`visit ${visit.visit.id} has no entry with its idempotency key`);
        return { value: { stored: { visit: visit.visit, entry: logged.entry }, outcome: await storedOutcome(app.repo, episode, visit.visit.date) }, hash: visit.hash };
      },
      () => addWithProgression(app.repo, episode, entry, 'body', async (tx) => ({
        visit: await tx.visits.add(episode.clinicId, { episodeId: episode.id, date: body.date, clinicianId: actor.user.id, soap: body.soap, performed: performedOf(body), ...key }),
        entry: await tx.homeLog.add(episode.clinicId, { ...entry, episodeId: episode.id, ...key }),
      })),
    ));
    const { stored, outcome } = value;
    audit(request, { action: replayed ? 'read' : 'create', recordType: 'visit', recordId: stored.visit.id, clientId: client.id });
    const clinician = stored.visit.clinicianId === actor.user.id ? actor.user : await app.repo.users.get(episode.clinicId, stored.visit.clinicianId);
    const staff = new Map(clinician ? [[clinician.id, clinician]] : []);
    return reply.status(replayed ? 200 : 201).send({ visit: visitOut(stored.visit, staff), entry: stored.entry, ...outcome });
  });

  app.get('/episodes/:id/visits', {
    schema: { tags: ['visits'], params: ZEpisodeParams, response: { 200: z.array(ZVisit) } },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'list', 'visit', null);
    requireStaff(request);
    const [visits, staff] = await Promise.all([app.repo.visits.list(episode.clinicId, episode.id), staffOf(episode.clinicId)]);
    return visits.map((v) => visitOut(v, staff));
  });

  app.get('/visits/:id', {
    schema: { tags: ['visits'], params: ZVisitParams, response: { 200: ZVisit } },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof ZVisitParams>;
    audit(request, { action: 'read', recordType: 'visit', recordId: id, clientId: null });
    const actor = actorOf(request);
    const visit = await app.repo.visits.get(actor.clinicId, id);
    if (!visit) throw notFound('visit');
    await episodeFor(request, visit.episodeId, 'read', 'visit', id);
    requireStaff(request);
    return visitOut(visit, await staffOf(actor.clinicId));
  });
  done();
};
