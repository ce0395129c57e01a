// Whether screening allows an exercise: its category, regions and positions against the exercise limits.
import { EXERCISES } from '../knowledge/index.ts';
import type { Exercise } from '../knowledge/schema.ts';
import { checkExercise, type ExerciseCheck, type ScreeningResult } from '../screening/index.ts';
import type { ExerciseCategory, Region } from '../vocabulary/index.ts';

const LOADED_CATEGORIES: ReadonlySet<ExerciseCategory> = new Set(['strength', 'endurance', 'functional']);

/** Lying positions, read from the illustration's poses (screening limits some, e.g. supine in late pregnancy). */
const POSITIONS = new Map<string, ('supine' | 'prone' | 'other')[]>(
  EXERCISES.map((exercise) => [
    exercise.id,
    exercise.illustration.keyframes.map((k) =>
      k.pose.startsWith('supine') || k.pose === 'roller_thoracic'
        ? 'supine'
        : k.pose.startsWith('prone')
          ? 'prone'
          : 'other',
    ),
  ]),
);

export interface ExerciseSafety extends ExerciseCheck {
  allowed: boolean;
}

/**
 * The screening check for a knowledge exercise, at its own regions or at the regions a plan applies it to; a
 * light-effort ceiling (e.g. uncontrolled blood pressure) also rules out loaded work.
 */
export function exerciseSafety(
  screening: Pick<ScreeningResult, 'exerciseLimits'>,
  exercise: Exercise,
  regions: readonly Region[] = exercise.regions,
): ExerciseSafety {
  const check = checkExercise(screening, {
    category: exercise.category,
    regions,
    positions: POSITIONS.get(exercise.id) ?? [],
  });
  const allowed =
    check.decision !== 'avoid' && !(check.maxEffort === 'light' && LOADED_CATEGORIES.has(exercise.category));
  return { ...check, allowed };
}
