// Admitting a client from a case file: the client, an episode with the intake, the safety screen, the scored intake
// assessment, and (unless the screen refers first) plan version 1 with its goals, home program and education topics.
// All or nothing.
import { generatePlan, screenCase, scoreInstrument, ZInstrumentId, type CaseFile, type ScreeningResult } from '@tandem/engine';
import type {
  Assessment, Client, EducationAssignment, Episode, GoalRecord, MeasureScore, NewClient, PlanVersion, PrescriptionRecord, Referral,
} from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import { historyGoals } from './goals.ts';
import { homePrescriptions } from '@tandem/engine';
import { intakeMeasures } from './intake-measures.ts';
import { referralFirst, referralFor } from './referral.ts';

export interface AdmitInput {
  clinicId: string;
  /** Staff member who signs the plan. */
  clinicianId: string;
  caseFile: CaseFile;
  client: NewClient;
  /** The intake date (ISO): the episode starts, the plan counts its weeks, and the baseline is scored on it. */
  on: string;
}

export interface Admission {
  client: Client;
  episode: Episode;
  screening: ScreeningResult;
  assessment: Assessment;
  measures: MeasureScore[];
  /** Null when the screen asks for an urgent or emergency referral first. */
  plan: PlanVersion | null;
  referral: Referral | null;
  goals: GoalRecord[];
  program: PrescriptionRecord[];
  /** The plan's education topics, assigned to the episode. */
  education: EducationAssignment[];
}

/** Each questionnaire of the case scored by the engine (the case file was parsed, so every one scores). */
function scoredQuestionnaires(caseFile: CaseFile): Record<string, unknown> {
  return Object.fromEntries(Object.entries(caseFile.questionnaires).map(([key, answers]) => {
    const scored = scoreInstrument(ZInstrumentId.parse(key), answers);
    return [key, scored.ok ? scored.value : { problems: scored.problems }];
  }));
}

export async function admitCase(repo: Repository, input: AdmitInput): Promise<Admission> {
  const { clinicId, caseFile, on } = input;
  const screening = screenCase(caseFile);
  const plan = generatePlan(caseFile, { asOf: on });
  return repo.transaction(async (tx) => {
    const client = await tx.clients.create(clinicId, input.client);
    const episode = await tx.episodes.create(clinicId, { clientId: client.id, intake: caseFile, startedOn: on });
    const assessment = await tx.assessments.add(clinicId, {
      episodeId: episode.id, date: on, details: { kind: 'intake', screening, questionnaires: scoredQuestionnaires(caseFile) },
    });
    const measures: MeasureScore[] = [];
    for (const m of intakeMeasures(caseFile, plan, on)) measures.push(await tx.measures.add(clinicId, { episodeId: episode.id, ...m }));
    const referralFields = referralFor(screening);
    const referral = referralFields && await tx.referrals.add(clinicId, { episodeId: episode.id, ...referralFields });
    if (referralFirst(screening)) return { client, episode, screening, assessment, measures, plan: null, referral, goals: [], program: [], education: [] };
    const planVersion = await tx.plans.addVersion(clinicId, {
      episodeId: episode.id, version: 1, document: plan, createdBy: input.clinicianId, reason: 'generated at intake',
    });
    const goals = await tx.goals.replace(clinicId, episode.id, historyGoals(caseFile, plan, on));
    const prescriptions = homePrescriptions(plan);
    const program = prescriptions.length > 0 ? await tx.prescriptions.set(clinicId, episode.id, on, prescriptions) : [];
    const education: EducationAssignment[] = [];
    for (const topic of new Set(plan.education.map((e) => e.topic))) {
      education.push(await tx.education.assign(clinicId, { episodeId: episode.id, topic, assignedBy: input.clinicianId, assignedOn: on }));
    }
    return { client, episode, screening, assessment, measures, plan: planVersion, referral, goals, program, education };
  });
}
