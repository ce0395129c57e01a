// Reading one resource by type and id, with the API's access rules: the record is looked up in the caller's clinic
// (another clinic's is "not found"), then clientFor decides whether this caller may see that client; staff-only types
// refuse a client's own login. Every attempt is audited, refusals included.
import type { Resource } from '@medplum/fhirtypes';
import type { FastifyRequest } from 'fastify';
import type { Client, Episode } from '../db/records.ts';
import { actorOf, audit, clientFor, requireStaff } from '../http/access.ts';
import { notFound } from '../http/errors.ts';
import { toAppointment } from './appointment.ts';
import { toCarePlan } from './care-plan.ts';
import { toCondition } from './condition.ts';
import { mapContext, type MapContext } from './context.ts';
import { STAFF_ONLY_TYPES, type ResourceType } from './episode-record.ts';
import { toGoal } from './goal.ts';
import { isUuid, parseEpisodeRecordId, parseProcedureId } from './ids.ts';
import { measureObservation, painAtRestObservation } from './observation.ts';
import { toPatient } from './patient.ts';
import { toProcedure } from './procedure.ts';
import { toQuestionnaireResponse } from './questionnaire-response.ts';
import { toServiceRequest } from './service-request.ts';

type Reader = (request: FastifyRequest, id: string) => Promise<Resource>;

const missing = (type: ResourceType, id: string) => notFound(`${type}/${id}`);

/** May this caller see this client's resource of this type? Audits the read against the client. */
async function permit(request: FastifyRequest, type: ResourceType, id: string, clientId: string): Promise<Client> {
  const client = await clientFor(request, clientId, 'read', `fhir:${type}`, id);
  if (STAFF_ONLY_TYPES.has(type)) requireStaff(request);
  return client;
}

async function episodeById(
  request: FastifyRequest,
  type: ResourceType,
  id: string,
  episodeId: string,
): Promise<Episode> {
  const episode = isUuid(episodeId)
    ? await request.server.repo.episodes.get(actorOf(request).clinicId, episodeId)
    : undefined;
  if (!episode) throw missing(type, id);
  await permit(request, type, id, episode.clientId);
  return episode;
}

/** A record stored under an episode, by its composite id (see ids.ts). */
async function underEpisode(
  request: FastifyRequest,
  type: ResourceType,
  id: string,
): Promise<{ episode: Episode; recordId: string }> {
  const parsed = parseEpisodeRecordId(id);
  if (!parsed) throw missing(type, id);
  return { episode: await episodeById(request, type, id, parsed.episodeId), recordId: parsed.recordId };
}

const context = (request: FastifyRequest): Promise<MapContext> =>
  mapContext(request.server.repo, actorOf(request).clinicId, request.server.now());

const READERS: Readonly<Record<ResourceType, Reader>> = {
  async Patient(request, id) {
    const client = isUuid(id) ? await request.server.repo.clients.get(actorOf(request).clinicId, id) : undefined;
    if (!client) throw missing('Patient', id);
    return toPatient(await permit(request, 'Patient', id, client.id));
  },
  async Condition(request, id) {
    return toCondition(await episodeById(request, 'Condition', id, id));
  },
  async CarePlan(request, id) {
    const episode = await episodeById(request, 'CarePlan', id, id);
    const { repo } = request.server;
    const [plan, goals] = await Promise.all([
      repo.plans.current(episode.clinicId, episode.id),
      repo.goals.list(episode.clinicId, episode.id),
    ]);
    if (!plan) throw missing('CarePlan', id);
    return toCarePlan(plan, episode, goals, await context(request));
  },
  async Observation(request, id) {
    const { repo } = request.server;
    if (isUuid(id)) {
      // A day's pain at rest from the home log.
      const entry = await repo.homeLog.get(actorOf(request).clinicId, id);
      const observation = entry && painAtRestObservation(entry);
      if (!entry || !observation) throw missing('Observation', id);
      await permit(request, 'Observation', id, entry.clientId);
      return observation;
    }
    const { episode, recordId } = await underEpisode(request, 'Observation', id);
    const measure = (await repo.measures.list(episode.clinicId, episode.id)).find((m) => m.id === recordId);
    if (!measure) throw missing('Observation', id);
    return measureObservation(measure, episode.clientId);
  },
  async QuestionnaireResponse(request, id) {
    const { episode, recordId } = await underEpisode(request, 'QuestionnaireResponse', id);
    const measure = (await request.server.repo.measures.list(episode.clinicId, episode.id)).find(
      (m) => m.id === recordId,
    );
    const response = measure && toQuestionnaireResponse(measure, episode.clientId);
    if (!response) throw missing('QuestionnaireResponse', id);
    return response;
  },
  async Goal(request, id) {
    const { episode, recordId } = await underEpisode(request, 'Goal', id);
    const { repo } = request.server;
    const [goals, measures] = await Promise.all([
      repo.goals.list(episode.clinicId, episode.id),
      repo.measures.list(episode.clinicId, episode.id),
    ]);
    const goal = goals.find((g) => g.id === recordId);
    if (!goal) throw missing('Goal', id);
    return toGoal(goal, episode, measures);
  },
  async Procedure(request, id) {
    const parsed = parseProcedureId(id);
    const visit = parsed && (await request.server.repo.visits.get(actorOf(request).clinicId, parsed.visitId));
    const item = parsed && visit?.performed[parsed.index];
    if (!parsed || !visit || item?.kind !== 'technique') throw missing('Procedure', id);
    const episode = await episodeById(request, 'Procedure', id, visit.episodeId);
    const procedure = toProcedure(visit, parsed.index, item, episode.clientId, await context(request));
    if (!procedure) throw missing('Procedure', id);
    return procedure;
  },
  async ServiceRequest(request, id) {
    const { episode, recordId } = await underEpisode(request, 'ServiceRequest', id);
    const referral = (await request.server.repo.referrals.list(episode.clinicId, episode.id)).find(
      (r) => r.id === recordId,
    );
    if (!referral) throw missing('ServiceRequest', id);
    return toServiceRequest(referral, episode.clientId);
  },
  async Appointment(request, id) {
    const appointment = isUuid(id)
      ? await request.server.repo.appointments.get(actorOf(request).clinicId, id)
      : undefined;
    if (!appointment) throw missing('Appointment', id);
    await permit(request, 'Appointment', id, appointment.clientId);
    return toAppointment(appointment, await context(request));
  },
};

export function readResource(request: FastifyRequest, type: ResourceType, id: string): Promise<Resource> {
  // Marked before the look-up, so a read of something that does not exist (or is another clinic's) is audited too.
  audit(request, { action: 'read', recordType: `fhir:${type}`, recordId: id, clientId: null });
  return READERS[type](request, id);
}
