// Admitting a client from a case file: the client, an episode with the intake, the safety screen, the scored intake
// assessment, the referral the screen asks for, and (unless it refers first) plan version 1 with its goals, home
// program and education topics. All or nothing; used by `tandem import` and the demo seed.
import {
  generatePlan,
  homePrescriptions,
  refersFirst,
  screenCase,
  scoreInstrument,
  ZInstrumentId,
  type CaseFile,
  type Measure,
  type Plan,
  type ScreeningResult,
} from '@tandem/engine';
import { historyGoals } from '../../care/goals.ts';
import type {
  Assessment,
  Client,
  EducationAssignment,
  Episode,
  GoalRecord,
  MeasureScore,
  NewClient,
  NewReferral,
  PlanVersion,
  PrescriptionRecord,
  Referral,
} from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { savePlanVersion } from './save-plan-version.ts';

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

const RECIPIENT = {
  emergency: 'Emergency department (same day)',
  urgent: "Client's doctor: medical review within days, before any treatment plan",
  routine: "Client's doctor (for information and review)",
} as const;

/** The referral a safety screen asks for, as a record: to whom, how soon, and why. */
function referralFor(screening: ScreeningResult): Omit<NewReferral, 'episodeId'> | null {
  const r = screening.referral;
  if (r === null) return null;
  return { to: RECIPIENT[r.urgency], urgency: r.urgency, reason: `${r.reasons.join('; ')} [${r.ruleIds.join(', ')}]` };
}

/** Each questionnaire of the case scored by the engine (the case file was parsed, so every one scores). */
function scoredQuestionnaires(caseFile: CaseFile): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(caseFile.questionnaires).map(([key, answers]) => {
      const scored = scoreInstrument(ZInstrumentId.parse(key), answers);
      return [key, scored.ok ? scored.value : { problems: scored.problems }];
    }),
  );
}

/** The baseline scores of an intake: every measure the plan schedules that has a baseline, questionnaires with answers. */
function intakeMeasures(caseFile: CaseFile, plan: Plan, on: string): (Measure & { answers?: unknown })[] {
  return plan.measures.flatMap((m) => {
    if (m.baseline === null) return [];
    const instrument = ZInstrumentId.safeParse(m.measure);
    const answers = instrument.success ? caseFile.questionnaires[instrument.data] : undefined;
    return [{ date: on, measure: m.measure, value: m.baseline, ...(answers !== undefined ? { answers } : {}) }];
  });
}

export async function admitCase(repo: Repository, input: AdmitInput): Promise<Admission> {
  const { clinicId, caseFile, on } = input;
  const screening = screenCase(caseFile);
  const plan = generatePlan(caseFile, { asOf: on });
  return repo.transaction(async (tx) => {
    const client = await tx.clients.create(clinicId, input.client);
    const episode = await tx.episodes.create(clinicId, { clientId: client.id, intake: caseFile, startedOn: on });
    const assessment = await tx.assessments.add(clinicId, {
      episodeId: episode.id,
      date: on,
      details: { kind: 'intake', screening, questionnaires: scoredQuestionnaires(caseFile) },
    });
    const measures: MeasureScore[] = [];
    for (const m of intakeMeasures(caseFile, plan, on))
      measures.push(await tx.measures.add(clinicId, { episodeId: episode.id, ...m }));
    const referralFields = referralFor(screening);
    const referral = referralFields && (await tx.referrals.add(clinicId, { episodeId: episode.id, ...referralFields }));
    if (refersFirst(screening))
      return {
        client,
        episode,
        screening,
        assessment,
        measures,
        plan: null,
        referral,
        goals: [],
        program: [],
        education: [],
      };
    const saved = await savePlanVersion(tx, {
      clinicId,
      episodeId: episode.id,
      version: 1,
      document: plan,
      createdBy: input.clinicianId,
      reason: 'generated at intake',
      goals: historyGoals(caseFile, plan, on),
      program: { from: on, prescriptions: homePrescriptions(plan) },
      educationOn: on,
    });
    return {
      client,
      episode,
      screening,
      assessment,
      measures,
      plan: saved.version,
      referral,
      goals: saved.goals,
      program: saved.program,
      education: saved.education,
    };
  });
}
