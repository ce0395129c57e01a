// What the printable documents read of an episode, in one go: the clinic, staff names, the current plan, visits,
// assessments, scores, referrals and education. The builders beside it are pure functions of these records.
import type {
  Assessment,
  Client,
  Clinic,
  EducationAssignment,
  Episode,
  GoalRecord,
  MeasureScore,
  PlanVersion,
  Referral,
  User,
  Visit,
} from '../db/records.ts';
import type { Repository } from '../db/repository.ts';

export interface EpisodeRecords {
  clinic: Clinic;
  client: Client;
  episode: Episode;
  /** The clinic's staff by id (a former member's id is missing). */
  staff: ReadonlyMap<string, User>;
  plan: PlanVersion | null;
  /** In date order. */
  visits: Visit[];
  assessments: Assessment[];
  /** In date order. */
  measures: MeasureScore[];
  goals: GoalRecord[];
  referrals: Referral[];
  education: EducationAssignment[];
}

export async function loadEpisodeRecords(repo: Repository, episode: Episode, client: Client): Promise<EpisodeRecords> {
  const { clinicId, id } = episode;
  const [clinic, users, plan, visits, assessments, measures, goals, referrals, education] = await Promise.all([
    repo.clinics.get(clinicId),
    repo.users.list(clinicId),
    repo.plans.current(clinicId, id),
    repo.visits.list(clinicId, id),
    repo.assessments.list(clinicId, id),
    repo.measures.list(clinicId, id),
    repo.goals.list(clinicId, id),
    repo.referrals.list(clinicId, id),
    repo.education.list(clinicId, id),
  ]);
  if (!clinic) throw new Error(`clinic ${clinicId} vanished while its episode was read`);
  return {
    clinic,
    client,
    episode,
    staff: new Map(users.filter((u) => u.role !== 'client').map((u) => [u.id, u])),
    plan: plan ?? null,
    visits,
    assessments,
    measures,
    goals,
    referrals,
    education,
  };
}

/**
 * The clinician looking after the episode: whoever saw the client last, else whoever signed the plan; null when
 * neither is (still) on the staff.
 */
export function responsibleClinician(records: Pick<EpisodeRecords, 'staff' | 'plan' | 'visits'>): string | null {
  for (const id of [records.visits.at(-1)?.clinicianId, records.plan?.createdBy]) {
    const user = id === undefined ? undefined : records.staff.get(id);
    if (user) return user.name;
  }
  return null;
}
