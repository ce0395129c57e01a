// Generating a plan of care: the engine's plan from the intake (with the latest questionnaires), never while the screen
// asks for a referral first and never holding what the screening restricts, stored as the episode's next version.
import { generatePlan, homePrescriptions, screenCase, type CaseFile } from '@tandem/engine';
import { z } from 'zod';
import { authors } from '../../care/authors.ts';
import { requireActive, requireInEpisode, requireTreatable } from '../../care/episode-rules.ts';
import { historyGoals } from '../../care/goals.ts';
import { planSafetyProblems } from '../../care/plan-safety.ts';
import { planVersionOut } from '../../care/plan-version-out.ts';
import { scoreQuestionnaires } from '../../care/questionnaires.ts';
import type { Assessment, Episode, GoalRecord, PlanVersion, PrescriptionRecord } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { ApiError } from '../../http/errors.ts';
import { savePlanVersion } from './save-plan-version.ts';

export interface PlanRequest {
  episode: Episode;
  /** The plan's start date; `today` when left out. */
  date?: string | undefined;
  createdBy: string;
  today: string;
}

export interface GeneratedPlan {
  version: PlanVersion;
  /** The version as the API shows it, with what was stored beside it. */
  body: ReturnType<typeof planVersionOut> & {
    goals: GoalRecord[];
    program: PrescriptionRecord[];
    educationAssigned: string[];
    /** The assessment whose questionnaires replaced the intake's, if any. */
    questionnairesFrom: { assessmentId: string; date: string } | null;
  };
}

const ZAnswers = z.record(z.string(), z.unknown());

/** The latest assessment on or before `asOf` with questionnaires, keeping only answers that score. */
function latestQuestionnaires(
  assessments: readonly Assessment[],
  asOf: string,
): { from: Assessment; answers: Record<string, unknown> } | null {
  for (const a of [...assessments].reverse()) {
    if (a.date > asOf) continue;
    const raw = ZAnswers.safeParse(a.details.questionnaires);
    if (!raw.success) continue;
    const { scores } = scoreQuestionnaires(raw.data, '');
    const answers = Object.fromEntries(Object.entries(raw.data).filter(([key]) => key in scores));
    if (Object.keys(answers).length > 0) return { from: a, answers };
  }
  return null;
}

export async function generatePlanVersion(repo: Repository, request: PlanRequest): Promise<GeneratedPlan> {
  const { episode } = request;
  requireActive(episode);
  const asOf = request.date ?? request.today;
  requireInEpisode(episode, asOf);
  const screening = screenCase(episode.intake);
  requireTreatable(screening);

  const latest = latestQuestionnaires(await repo.assessments.list(episode.clinicId, episode.id), asOf);
  const caseFile: CaseFile = latest
    ? { ...episode.intake, questionnaires: { ...episode.intake.questionnaires, ...latest.answers } }
    : episode.intake;
  const plan = generatePlan(caseFile, { asOf, caseDate: episode.startedOn });
  // The engine should never do this; if it does (a bug), nothing is stored and the clinician is told what and why.
  const unsafe = planSafetyProblems(plan, caseFile);
  if (unsafe.length > 0) {
    throw new ApiError(
      'internal',
      `the generated plan would include what this client's screening restricts (${unsafe.map((p) => p.field).join(', ')}); nothing was stored. This is a fault in plan generation: please report it`,
      unsafe,
    );
  }

  const saved = await savePlanVersion(repo, {
    clinicId: episode.clinicId,
    episodeId: episode.id,
    document: plan,
    createdBy: request.createdBy,
    reason: 'generated',
    goals: historyGoals(caseFile, plan, asOf),
    program: { from: asOf, prescriptions: homePrescriptions(plan) },
    educationOn: asOf,
  });
  return {
    version: saved.version,
    body: {
      ...planVersionOut(saved.version, await authors(repo, episode.clinicId)),
      goals: saved.goals,
      program: saved.program,
      educationAssigned: saved.education.map((a) => a.topic),
      questionnairesFrom: latest ? { assessmentId: latest.from.id, date: latest.from.date } : null,
    },
  };
}
