// Everything the FHIR mapping reads of one episode, in one go, and the resources made from it. A client's own login
// gets what the API shows them; QuestionnaireResponses, Procedures and ServiceRequests are staff only, as the
// assessments, visit notes and referrals they come from.
import type { Resource } from '@medplum/fhirtypes';
import type { Episode, GoalRecord, HomeLogEntry, MeasureScore, PlanVersion, Referral, Visit } from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import { toCarePlan } from './care-plan.ts';
import { toCondition } from './condition.ts';
import type { MapContext } from './context.ts';
import { toGoal } from './goal.ts';
import { measureObservation, painAtRestObservation } from './observation.ts';
import { visitProcedures } from './procedure.ts';
import { toQuestionnaireResponse } from './questionnaire-response.ts';
import { toServiceRequest } from './service-request.ts';

/** The types this server reads (and $everything returns). */
export const RESOURCE_TYPES = [
  'Patient',
  'Condition',
  'Observation',
  'QuestionnaireResponse',
  'Goal',
  'CarePlan',
  'Procedure',
  'ServiceRequest',
  'Appointment',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/** Types a client's own login may not read (staff-only in the API too). */
export const STAFF_ONLY_TYPES: ReadonlySet<ResourceType> = new Set([
  'QuestionnaireResponse',
  'Procedure',
  'ServiceRequest',
]);

export interface EpisodeRecord {
  episode: Episode;
  measures: MeasureScore[];
  homeLog: HomeLogEntry[];
  goals: GoalRecord[];
  plan: PlanVersion | undefined;
  visits: Visit[];
  referrals: Referral[];
}

export async function loadEpisodeRecord(repo: Repository, episode: Episode): Promise<EpisodeRecord> {
  const { clinicId, id } = episode;
  const [measures, homeLog, goals, plan, visits, referrals] = await Promise.all([
    repo.measures.list(clinicId, id),
    repo.homeLog.list(clinicId, id),
    repo.goals.list(clinicId, id),
    repo.plans.current(clinicId, id),
    repo.visits.list(clinicId, id),
    repo.referrals.list(clinicId, id),
  ]);
  return { episode, measures, homeLog, goals, plan, visits, referrals };
}

/** The episode's resources in a reading order: problem, plan, goals, scores, answers, treatment, referrals. */
export function episodeResources(record: EpisodeRecord, context: MapContext, staff: boolean): Resource[] {
  const { episode } = record;
  const clientId = episode.clientId;
  const resources: Resource[] = [
    toCondition(episode),
    ...(record.plan ? [toCarePlan(record.plan, episode, record.goals, context)] : []),
    ...record.goals.map((g) => toGoal(g, episode, record.measures)),
    ...record.measures.map((m) => measureObservation(m, clientId)),
    ...record.homeLog.flatMap((e) => painAtRestObservation(e) ?? []),
    ...record.measures.flatMap((m) => toQuestionnaireResponse(m, clientId) ?? []),
    ...record.visits.flatMap((v) => visitProcedures(v, clientId, context)),
    ...record.referrals.map((r) => toServiceRequest(r, clientId)),
  ];
  return staff ? resources : resources.filter((r) => !STAFF_ONLY_TYPES.has(r.resourceType as ResourceType));
}
