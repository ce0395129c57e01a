// Whether screening allows an exercise: its load on each region, movement features, positions and category against
// the exercise limits. Every path that puts an exercise in front of a client asks here.
import { EXERCISES } from '../knowledge/index.ts';
import { POSE_POSITION } from '../knowledge/pose-positions.ts';
import type { Exercise } from '../knowledge/schema.ts';
import { checkExercise, type ExerciseCheck, type ScreeningResult } from '../screening/index.ts';
import { loadRank, type BodyPosition, type LoadLevel, type Region } from '../vocabulary/index.ts';

/** The positions each exercise is drawn in, read from its illustration's poses. */
const POSITIONS = new Map<string, BodyPosition[]>(
  EXERCISES.map((exercise) => [
    exercise.id,
    [...new Set(exercise.illustration.keyframes.map((k) => POSE_POSITION[k.pose]))],
  ]),
);

export interface ExerciseSafety extends ExerciseCheck {
  allowed: boolean;
}

/** The heaviest load an exercise puts on any region: what it is taken to put on a region it is applied to. */
export function peakLoad(exercise: Exercise): LoadLevel {
  let peak: LoadLevel = 'none';
  for (const level of Object.values(exercise.load.regions)) if (loadRank(level) > loadRank(peak)) peak = level;
  return peak;
}

/**
 * The screening check for a knowledge exercise. `regions` are the regions a plan applies it to (a clinician's edit
 * may name others than its own): each of those not in its load profile is taken to carry its peak load.
 */
export function exerciseSafety(
  screening: Pick<ScreeningResult, 'exerciseLimits'>,
  exercise: Exercise,
  regions: readonly Region[] = [],
): ExerciseSafety {
  let load = exercise.load;
  const extra = regions.length === 0 ? regions : regions.filter((r) => exercise.load.regions[r] === undefined);
  if (extra.length > 0) {
    const peak = peakLoad(exercise);
    load = { ...load, regions: { ...load.regions, ...Object.fromEntries(extra.map((r) => [r, peak])) } };
  }
  const check = checkExercise(screening, {
    category: exercise.category,
    load,
    positions: POSITIONS.get(exercise.id) ?? [],
  });
  return {
    decision: check.decision,
    ruleIds: check.ruleIds,
    rationale: check.rationale,
    allowed: check.decision !== 'avoid',
  };
}
