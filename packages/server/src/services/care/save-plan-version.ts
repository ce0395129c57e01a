// Storing a plan version with what follows from it: the episode's goals, the home program the client does and the
// education topics they read. All or nothing; plan generation, plan edits and admission all store plans this way.
import type { HistoryGoal, Plan, Prescription } from '@tandem/engine';
import type { EducationAssignment, GoalRecord, PlanVersion, PrescriptionRecord } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';

export interface PlanVersionToSave {
  clinicId: string;
  episodeId: string;
  /** The version being written; the one after the current (read inside the transaction) when left out. */
  version?: number;
  document: Plan;
  /** Staff member who signs the version (and assigns its education topics). */
  createdBy: string;
  reason: string;
  /** The goals that replace the episode's; left as they are when undefined. */
  goals?: readonly HistoryGoal[];
  /** The home program from a date; left as it is when null or empty. */
  program: { from: string; prescriptions: readonly Prescription[] } | null;
  /** The day the plan's education topics not yet assigned are assigned. */
  educationOn: string;
}

export interface SavedPlanVersion {
  version: PlanVersion;
  /** The goals stored ([] when they were left as they were). */
  goals: GoalRecord[];
  /** The home program stored ([] when it was left as it was). */
  program: PrescriptionRecord[];
  /** The education topics newly assigned. */
  education: EducationAssignment[];
}

/** Assigns the topics not yet assigned to the episode; returns the new assignments. */
async function assignMissing(
  tx: Repository,
  clinicId: string,
  episodeId: string,
  topics: readonly string[],
  by: string,
  on: string,
): Promise<EducationAssignment[]> {
  const assigned = new Set((await tx.education.list(clinicId, episodeId)).map((a) => a.topic));
  const added: EducationAssignment[] = [];
  for (const topic of new Set(topics)) {
    if (assigned.has(topic)) continue;
    added.push(await tx.education.assign(clinicId, { episodeId, topic, assignedBy: by, assignedOn: on }));
  }
  return added;
}

export async function savePlanVersion(repo: Repository, save: PlanVersionToSave): Promise<SavedPlanVersion> {
  const { clinicId, episodeId, document } = save;
  return repo.transaction(async (tx) => {
    const number = save.version ?? ((await tx.plans.current(clinicId, episodeId))?.version ?? 0) + 1;
    const version = await tx.plans.addVersion(clinicId, {
      episodeId,
      version: number,
      document,
      createdBy: save.createdBy,
      reason: save.reason,
    });
    const goals = save.goals ? await tx.goals.replace(clinicId, episodeId, save.goals) : [];
    const program =
      save.program && save.program.prescriptions.length > 0
        ? await tx.prescriptions.set(clinicId, episodeId, save.program.from, save.program.prescriptions)
        : [];
    const education = await assignMissing(
      tx,
      clinicId,
      episodeId,
      document.education.map((e) => e.topic),
      save.createdBy,
      save.educationOn,
    );
    return { version, goals, program, education };
  });
}
