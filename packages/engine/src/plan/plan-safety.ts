// The safety invariant of a plan, whatever produced it (the generator, a clinician's edit, an old version read against
// a changed intake): no technique the screening avoids or caps below the dose used, and no exercise it rules out.
// Each phase is checked against the screening on the date it starts.
import type { CaseFile } from '../case-file.ts';
import { EXERCISES_BY_ID, TECHNIQUES_BY_ID } from '../knowledge/index.ts';
import type { Problem } from '../result.ts';
import { checkTechnique, screenCase, type ScreeningResult } from '../screening/index.ts';
import { INTENSITIES, type Intensity, type Region } from '../vocabulary/index.ts';
import { exerciseSafety } from './exercise-safety.ts';
import { JOINT_CATEGORIES } from './select.ts';

/** Just what the check reads of a plan (every plan document the API accepts has this shape). */
export interface PlanRefs {
  /** Weeks from the case file's date to the plan's start (older plans lack it: 0). */
  weeksAfterIntake?: number | undefined;
  treatmentBlocks: { technique: string | null; exercise: string | null }[];
  /** `startWeek` (1 = the plan's first week) dates each phase's screening; without it the phase is screened at the start. */
  phases: { techniques: string[]; exercises: string[]; startWeek?: number | undefined }[];
  visit: {
    blocks: {
      items: (
        | { kind: 'technique'; technique: string; intensity: Intensity; regions?: Region[] | undefined }
        | { kind: 'exercise'; exercise: string; regions?: Region[] | undefined }
      )[];
    }[];
  } | null;
  homeProgram: {
    days: { items: { exercise: string; regions?: Region[] | undefined }[] }[];
    exercises: { exercise: string; regions?: Region[] | undefined }[];
  } | null;
}

// As in the plan generator: a joint technique at a lower grade is a different technique, so it is checked at its own
// intensity however gently the plan says it is done.
const rank = (i: Intensity): number => INTENSITIES.entries[i].rank;

const union = (a: readonly Region[], b: readonly Region[] | undefined): Region[] => [...new Set([...a, ...(b ?? [])])];

/**
 * Why a technique may not be used at `intensity` (null: it may). With no intensity (a phase's emphasis list) it is
 * refused only when avoided outright, since the plan may apply it at the capped pressure.
 */
export function techniqueProblem(
  screening: Pick<ScreeningResult, 'restrictions'>,
  id: string,
  intensity: Intensity | null,
  regions?: readonly Region[],
): string | null {
  const technique = TECHNIQUES_BY_ID.get(id);
  if (!technique) return `unknown technique "${id}"`;
  const joint = JOINT_CATEGORIES.has(technique.category);
  const asked = intensity ?? 'gentle';
  const used = joint && rank(technique.intensity) > rank(asked) ? technique.intensity : asked;
  const check = checkTechnique(screening, {
    category: technique.category,
    intensity: used,
    regions: union(technique.regions, regions),
  });
  if (check.decision === 'allow') return null;
  const what =
    check.decision === 'avoid'
      ? `${technique.name} must be avoided for this client`
      : `${technique.name} at ${used} intensity is above what screening allows (${check.intensity} at most)`;
  return `${what} [${check.ruleIds.join(', ')}]: ${check.rationale}`;
}

/** Why screening rules an exercise out (null: it does not). */
export function exerciseProblem(
  screening: Pick<ScreeningResult, 'exerciseLimits'>,
  id: string,
  regions?: readonly Region[],
): string | null {
  const exercise = EXERCISES_BY_ID.get(id);
  if (!exercise) return `unknown exercise "${id}"`;
  const check = exerciseSafety(screening, exercise, regions);
  if (check.allowed) return null;
  return `${exercise.name} is ruled out for this client [${check.ruleIds.join(', ')}]: ${check.rationale}`;
}

/**
 * Every place the plan names a technique or exercise that the case's screening restricts, with its path under
 * `prefix`. The visit, treatment blocks and home program are checked at the plan's start, each phase at its own date.
 */
export function planSafetyProblems(plan: PlanRefs, caseFile: CaseFile, prefix = 'plan'): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string | null): void => {
    if (message !== null) problems.push({ path: `${prefix}.${path}`, message });
  };
  const offset = plan.weeksAfterIntake ?? 0;
  const byWeek = new Map<number, ScreeningResult>();
  const screenedAt = (startWeek: number | undefined): ScreeningResult => {
    const week = offset + Math.max(1, startWeek ?? 1) - 1;
    let found = byWeek.get(week);
    if (found === undefined) {
      found = screenCase(caseFile, { weeksLater: week });
      byWeek.set(week, found);
    }
    return found;
  };
  const screening = screenedAt(1);
  plan.visit?.blocks.forEach((block, b) => {
    block.items.forEach((item, i) => {
      const at = `visit.blocks[${b}].items[${i}]`;
      if (item.kind === 'technique')
        add(`${at}.technique`, techniqueProblem(screening, item.technique, item.intensity, item.regions));
      else add(`${at}.exercise`, exerciseProblem(screening, item.exercise, item.regions));
    });
  });
  plan.phases.forEach((phase, p) => {
    const atPhase = screenedAt(phase.startWeek);
    phase.techniques.forEach((id, k) => {
      add(`phases[${p}].techniques[${k}]`, techniqueProblem(atPhase, id, null));
    });
    phase.exercises.forEach((id, k) => {
      add(`phases[${p}].exercises[${k}]`, exerciseProblem(atPhase, id));
    });
  });
  plan.treatmentBlocks.forEach((block, k) => {
    if (block.technique !== null)
      add(`treatmentBlocks[${k}].technique`, techniqueProblem(screening, block.technique, null));
    if (block.exercise !== null) add(`treatmentBlocks[${k}].exercise`, exerciseProblem(screening, block.exercise));
  });
  plan.homeProgram?.exercises.forEach((item, k) => {
    add(`homeProgram.exercises[${k}].exercise`, exerciseProblem(screening, item.exercise, item.regions));
  });
  plan.homeProgram?.days.forEach((day, d) => {
    day.items.forEach((item, k) => {
      add(`homeProgram.days[${d}].items[${k}].exercise`, exerciseProblem(screening, item.exercise, item.regions));
    });
  });
  return problems;
}
