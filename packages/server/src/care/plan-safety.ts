// The safety invariant of a plan, whatever produced it: no technique the screening avoids or caps below the dose used,
// and no exercise the screening rules out. Checked on every edit and against the current intake on every read.
import {
  EXERCISES_BY_ID,
  INTENSITIES,
  TECHNIQUES_BY_ID,
  checkTechnique,
  exerciseSafety,
  type Intensity,
  type Region,
  type ScreeningResult,
  type TechniqueCategory,
} from '@tandem/engine';
import type { Problem } from '../http/errors.ts';

/** Just what the check reads of a plan (every plan document the API accepts has this shape). */
export interface PlanRefs {
  treatmentBlocks: { technique: string | null; exercise: string | null }[];
  phases: { techniques: string[]; exercises: string[] }[];
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

// Mirrors the engine's plan generator (plan/select.ts, not exported): a joint technique at a lower grade is a
// different technique, so it is checked at its own intensity however gently the plan says it is done.
const JOINT_CATEGORIES: ReadonlySet<TechniqueCategory> = new Set([
  'joint_mobilisation',
  'joint_manipulation',
  'mobilisation_with_movement',
  'neural_mobilisation',
]);
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
  const check = exerciseSafety(screening, exercise, union(exercise.regions, regions));
  if (check.allowed) return null;
  const what =
    check.decision === 'avoid'
      ? `${exercise.name} is ruled out for this client`
      : `${exercise.name} is loaded work, but screening allows light effort only`;
  return `${what} [${check.ruleIds.join(', ')}]: ${check.rationale}`;
}

/** Every place the plan names a technique or exercise that screening restricts, with its path under `prefix`. */
export function planSafetyProblems(plan: PlanRefs, screening: ScreeningResult, prefix = 'plan'): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string | null): void => {
    if (message !== null) problems.push({ field: `${prefix}.${field}`, message });
  };
  plan.visit?.blocks.forEach((block, b) => {
    block.items.forEach((item, i) => {
      const at = `visit.blocks[${b}].items[${i}]`;
      if (item.kind === 'technique')
        add(`${at}.technique`, techniqueProblem(screening, item.technique, item.intensity, item.regions));
      else add(`${at}.exercise`, exerciseProblem(screening, item.exercise, item.regions));
    });
  });
  plan.phases.forEach((phase, p) => {
    phase.techniques.forEach((id, k) => {
      add(`phases[${p}].techniques[${k}]`, techniqueProblem(screening, id, null));
    });
    phase.exercises.forEach((id, k) => {
      add(`phases[${p}].exercises[${k}]`, exerciseProblem(screening, id));
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
