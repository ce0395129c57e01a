// Editing a plan as a new version with who and why: made on the current version (another edit since is a conflict),
// never holding what the screening restricts, and keeping the screening the intake gives rather than the edit's.
import { homePrescriptions, planReferral, screenCase, type Plan } from '@tandem/engine';
import { authors } from '../../care/authors.ts';
import { requireActive, requireTreatable } from '../../care/episode-rules.ts';
import { planSafetyProblems } from '../../care/plan-safety.ts';
import { planVersionOut } from '../../care/plan-version-out.ts';
import type { Episode, PlanVersion } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { ApiError } from '../../http/errors.ts';
import { invalidInput } from '../../http/zod.ts';
import { savePlanVersion } from './save-plan-version.ts';
import type { z } from 'zod';
import type { ZPlanEdit } from './care-schemas.ts';

/** The edit as the request gives it (the version it was made on, why, the edited document), and who and when. */
export type PlanEdit = z.output<typeof ZPlanEdit> & { episode: Episode; editedBy: string; today: string };

export interface EditedPlan {
  version: PlanVersion;
  /** The version as the API shows it. */
  body: ReturnType<typeof planVersionOut>;
}

export async function editPlan(repo: Repository, edit: PlanEdit): Promise<EditedPlan> {
  const { episode } = edit;
  requireActive(episode);
  const who = await authors(repo, episode.clinicId);
  const current = await repo.plans.current(episode.clinicId, episode.id);
  if (!current) throw new ApiError('conflict', 'there is no plan to edit yet; generate one first');
  if (edit.basedOn !== current.version) {
    throw new ApiError(
      'conflict',
      `the plan changed since version ${edit.basedOn}: version ${current.version} is current (by ${who(current.createdBy).name} at ${current.createdAt}, "${current.reason ?? ''}"); reload it and make your change again`,
    );
  }
  const screening = screenCase(episode.intake);
  requireTreatable(screening);
  // The plan's dates relative to the intake are the server's, never the edited document's.
  const weeksAfterIntake = current.document.weeksAfterIntake ?? 0;
  const unsafe = planSafetyProblems({ ...edit.plan, weeksAfterIntake }, episode.intake, 'body.plan');
  if (unsafe.length > 0) throw invalidInput(unsafe);
  // The screening comes from the intake, never from the edited document.
  const referral = planReferral(screening);
  // The request schema checks only what the server reads of a plan; the rest is stored as the clinician wrote it.
  const document = {
    ...edit.plan,
    weeksAfterIntake,
    referral,
    restrictions: screening.restrictions,
    exerciseLimits: screening.exerciseLimits,
    notices: screening.notices,
  } as unknown as Plan;
  // A changed home program is what the client does from today (progression starts again from its doses); an edit
  // elsewhere in the plan leaves the program, and what progression made of it, as it is.
  const program = homePrescriptions(document);
  const changed = JSON.stringify(program) !== JSON.stringify(homePrescriptions(current.document));
  const saved = await savePlanVersion(repo, {
    clinicId: episode.clinicId,
    episodeId: episode.id,
    version: current.version + 1,
    document,
    createdBy: edit.editedBy,
    reason: edit.reason,
    program: changed
      ? { from: edit.today < episode.startedOn ? episode.startedOn : edit.today, prescriptions: program }
      : null,
    educationOn: edit.today,
  });
  return { version: saved.version, body: planVersionOut(saved.version, who) };
}
