// The visit template: movement warm-up, manual therapy, movement re-education, filled with named items to the minute.
import type { PhaseId } from '../knowledge/schema.ts';
import type { TechniqueCategory } from '../vocabulary/index.ts';
import { PHASES } from './phases.ts';
import type { RankedExercise, RankedTechnique } from './select.ts';
import type { ExerciseItem, TechniqueItem, VisitBlock } from './types.ts';

/** Shortest slot worth giving an item in a visit (minutes). */
const MIN_ITEM_MINUTES = 2;
/** Upper ends of the visit template's ranges (warm-up 10–15, manual 20–30, re-education 15–20 min; `plan.visit_template`). */
export const MAX_MINUTES = { warm_up: 15, manual: 30, re_education: 20 } as const;
/** [P] At most two techniques of one category per visit, for variety. */
const MAX_PER_CATEGORY = 2;

const WARM_UP_CATEGORIES = new Set(['mobility', 'cardio', 'relaxation']);
const RE_EDUCATION_CATEGORIES = new Set([
  'activation',
  'motor_control',
  'strength',
  'endurance',
  'proprioception',
  'functional',
]);

/**
 * Takes candidates in order until the block's minutes are filled; the last item is trimmed so the minutes add up
 * exactly. Items are built only for the candidates taken.
 */
function fill<C extends { item: T }, T extends { minutes: number }>(
  candidates: readonly C[],
  target: number,
  skip: (c: C) => boolean = () => false,
): T[] {
  const chosen: T[] = [];
  let used = 0;
  for (const c of candidates) {
    if (used >= target) break;
    if (skip(c)) continue;
    const left = target - used;
    const item = c.item;
    if (left < MIN_ITEM_MINUTES) {
      const last = chosen.at(-1);
      if (last) {
        last.minutes += left;
        used += left;
      }
      break;
    }
    const minutes = Math.max(MIN_ITEM_MINUTES, Math.min(item.minutes, left));
    chosen.push({ ...item, minutes });
    used += minutes;
  }
  return chosen;
}

const block = (kind: VisitBlock['kind'], items: (TechniqueItem | ExerciseItem)[]): VisitBlock => ({
  kind,
  minutes: items.reduce((sum, i) => sum + i.minutes, 0),
  items,
});

export function buildVisit(
  phase: PhaseId,
  techniques: readonly RankedTechnique[],
  exercises: readonly RankedExercise[],
): VisitBlock[] {
  const minutes = PHASES[phase].blockMinutes;
  const perCategory = new Map<TechniqueCategory, number>();
  const varied = techniques.filter(({ item }) => {
    const n = perCategory.get(item.category) ?? 0;
    perCategory.set(item.category, n + 1);
    return n < MAX_PER_CATEGORY;
  });
  const manual = fill<RankedTechnique, TechniqueItem>(varied, minutes.manual);
  // Re-education first gets the exercises the chosen techniques prepare, then the best of the rest.
  const chosen = new Set(manual.map((m) => m.technique));
  const preparedIds = new Set(techniques.flatMap((t) => (chosen.has(t.technique.id) ? t.technique.prepares : [])));
  // `exercises` is already ranked by score; a stable partition puts the prepared ones first.
  const reEd = exercises.filter((e) => RE_EDUCATION_CATEGORIES.has(e.exercise.category));
  const reEdCandidates = [
    ...reEd.filter((e) => preparedIds.has(e.exercise.id)),
    ...reEd.filter((e) => !preparedIds.has(e.exercise.id)),
  ];
  // Minutes the manual block could not fill (few safe, in-scope techniques) go to movement, within each block's
  // range (re-education up to 20, warm-up up to 15 minutes), so the visit keeps its length where it can.
  const spare = minutes.manual - manual.reduce((sum, m) => sum + m.minutes, 0);
  const reEdTarget = Math.min(MAX_MINUTES.re_education, minutes.re_education + spare);
  const reEducation = fill<RankedExercise, ExerciseItem>(reEdCandidates, reEdTarget);
  const used = new Set(reEducation.map((e) => e.exercise));
  const warmUpTarget = Math.min(MAX_MINUTES.warm_up, minutes.warm_up + spare - (reEdTarget - minutes.re_education));
  const warmUp = fill<RankedExercise, ExerciseItem>(
    exercises,
    warmUpTarget,
    (e) => !WARM_UP_CATEGORIES.has(e.exercise.category) || used.has(e.exercise.id),
  );
  return [block('warm_up', warmUp), block('manual', manual), block('re_education', reEducation)];
}
