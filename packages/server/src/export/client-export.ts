// Everything stored about one client, as one JSON document: for the client's own copy (subject access) or a transfer.
import type {
  Appointment,
  Assessment,
  Client,
  Clinic,
  EducationAssignment,
  Episode,
  GoalRecord,
  HomeLogEntry,
  MeasureScore,
  PlanVersion,
  PrescriptionRecord,
  ProgressionDecision,
  Referral,
  Role,
  Visit,
} from '../db/records.ts';
import type { Repository } from '../db/repository.ts';

export const CLIENT_EXPORT_FORMAT = 'tandem-client-export';

export interface EpisodeExport {
  /** With the intake case file. */
  episode: Episode;
  assessments: Assessment[];
  /** Every version, oldest first, with its document. */
  plans: PlanVersion[];
  visits: Visit[];
  homeLog: HomeLogEntry[];
  measures: MeasureScore[];
  goals: GoalRecord[];
  prescriptions: PrescriptionRecord[];
  decisions: ProgressionDecision[];
  referrals: Referral[];
  education: EducationAssignment[];
}

export interface ClientExport {
  format: typeof CLIENT_EXPORT_FORMAT;
  version: 1;
  exportedAt: string;
  clinic: Clinic;
  client: Client;
  /** The client's own login, without its password hash or lock state. */
  login: { id: string; email: string; name: string; role: Role; createdAt: string } | null;
  /** Oldest first. */
  episodes: EpisodeExport[];
  appointments: Appointment[];
}

async function episodeExport(repo: Repository, clinicId: string, episode: Episode): Promise<EpisodeExport> {
  const id = episode.id;
  const summaries = await repo.plans.versions(clinicId, id);
  const plans: PlanVersion[] = [];
  for (const s of summaries) {
    const plan = await repo.plans.get(clinicId, id, s.version);
    if (plan) plans.push(plan);
  }
  return {
    episode,
    assessments: await repo.assessments.list(clinicId, id),
    plans,
    visits: await repo.visits.list(clinicId, id),
    homeLog: await repo.homeLog.list(clinicId, id),
    measures: await repo.measures.list(clinicId, id),
    goals: await repo.goals.list(clinicId, id),
    prescriptions: await repo.prescriptions.list(clinicId, id),
    decisions: await repo.decisions.list(clinicId, id),
    referrals: await repo.referrals.list(clinicId, id),
    education: await repo.education.list(clinicId, id),
  };
}

/** The client's whole record in their clinic, or undefined when the clinic has no such client. Reads only. */
export async function exportClient(
  repo: Repository,
  clinicId: string,
  clientId: string,
  exportedAt: string,
): Promise<ClientExport | undefined> {
  const [clinic, client] = await Promise.all([repo.clinics.get(clinicId), repo.clients.get(clinicId, clientId)]);
  if (!clinic || !client) return undefined;
  const user = client.userId === null ? undefined : await repo.users.get(clinicId, client.userId);
  const episodes: EpisodeExport[] = [];
  for (const episode of (await repo.episodes.list(clinicId, { clientId })).reverse())
    episodes.push(await episodeExport(repo, clinicId, episode));
  return {
    format: CLIENT_EXPORT_FORMAT,
    version: 1,
    exportedAt,
    clinic,
    client,
    login: user
      ? { id: user.id, email: user.email, name: user.name, role: user.role, createdAt: user.createdAt }
      : null,
    episodes,
    appointments: await repo.appointments.list(clinicId, { clientId }),
  };
}
