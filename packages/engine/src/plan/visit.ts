// The visit template: movement warm-up, manual therapy, movement re-education, filled with named items to the minute.
import type { Decision } from '../decision.ts';
import type { PhaseId } from '../knowledge/schema.ts';
import type { TechniqueCategory } from '../vocabulary/index.ts';
import type { HandsOnLimit } from './hands-on.ts';
import { giveToMovement, VISIT_RANGES, visitMinutes } from './phases.ts';
import type { RankedExercise, RankedTechnique } from './select.ts';
import type { ExerciseItem, TechniqueItem, VisitBlock } from './types.ts';

/** [P] Shortest trimmed slot worth giving an item; a shorter tail is left off once the block is within its range. */
const MIN_TRIMMED_MINUTES = 2;
/** [P] At most two techniques of one category per visit, for variety (more only when nothing else is left). */
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
/** Self-massage is hands-on work by the client, not movement: it never fills a movement block. */
const MOVEMENT = (e: RankedExercise): boolean => e.exercise.category !== 'self_massage';

const sum = (items: readonly { minutes: number }[]): number => items.reduce((s, i) => s + i.minutes, 0);

/** Minutes for the next item: its own, trimmed to what is left; 0 for a sliver the block (already in range) can spare. */
function slot(own: number, left: number, used: number, floor: number): number {
  const minutes = Math.min(own, left);
  return minutes < own && minutes < MIN_TRIMMED_MINUTES && used >= floor ? 0 : minutes;
}

/**
 * Adds candidates in order until `target` minutes are used. No item gets more minutes than its own (an exercise's
 * dose, a technique's usual length); only the last may be trimmed to fit. `taken` holds the ids already in the visit.
 */
function topUp<T extends { minutes: number }>(
  chosen: T[],
  candidates: readonly { item: T }[],
  target: number,
  floor: number,
  id: (item: T) => string,
  taken: Set<string>,
): void {
  for (const c of candidates) {
    const used = sum(chosen);
    if (used >= target) return;
    const key = id(c.item);
    if (taken.has(key)) continue;
    const minutes = slot(c.item.minutes, target - used, used, floor);
    if (minutes === 0) return;
    taken.add(key);
    chosen.push({ ...c.item, minutes });
  }
}

/**
 * Last resort when the safe exercises run out: another round of the block's own items (or, when it has none, of the
 * other movement block's), each at most its dose.
 */
function repeatRounds(chosen: ExerciseItem[], other: readonly ExerciseItem[], target: number, floor: number): boolean {
  const round = chosen.length > 0 ? [...chosen] : [...other];
  let repeated = false;
  while (round.length > 0 && sum(chosen) < target) {
    for (const item of round) {
      const used = sum(chosen);
      const minutes = used >= target ? 0 : slot(item.minutes, target - used, used, floor);
      if (minutes === 0) return repeated;
      repeated = true;
      chosen.push({
        ...item,
        minutes,
        rationale: `${item.rationale} Repeated as another round: too few other safe exercises to fill the block.`,
      });
    }
  }
  return repeated;
}

const note = (rationale: string, inputs: Record<string, unknown>): Decision<'adjusted'> => ({
  decision: 'adjusted',
  ruleId: 'plan.visit_template',
  rationale,
  inputs,
});

function block(
  kind: VisitBlock['kind'],
  items: (TechniqueItem | ExerciseItem)[],
  why: Decision<'adjusted'> | undefined,
): VisitBlock {
  const b: VisitBlock = { kind, minutes: sum(items), items };
  if (why) b.note = why;
  return b;
}

/** A movement block's note when it could not be filled from distinct exercises. */
function movementNote(
  kind: 'warm_up' | 're_education',
  items: readonly ExerciseItem[],
  target: number,
  repeated: boolean,
) {
  if (sum(items) < VISIT_RANGES[kind].min)
    return note(
      `Only ${sum(items)} of ${target} minutes could be filled: almost no exercise is safe for this client.`,
      {
        target,
      },
    );
  if (repeated)
    return note('Too few safe exercises to fill the block with different ones: some are repeated as a second round.', {
      target,
    });
  return undefined;
}

export function buildVisit(
  phase: PhaseId,
  techniques: readonly RankedTechnique[],
  exercises: readonly RankedExercise[],
  limit: HandsOnLimit | null = null,
): VisitBlock[] {
  const planned = visitMinutes(phase, limit?.minutes);
  const perCategory = new Map<TechniqueCategory, number>();
  const varied = techniques.filter(({ item }) => {
    const n = perCategory.get(item.category) ?? 0;
    perCategory.set(item.category, n + 1);
    return n < MAX_PER_CATEGORY;
  });
  const manual: TechniqueItem[] = [];
  const techniqueIds = new Set<string>();
  const byTechnique = (t: TechniqueItem): string => t.technique;
  // Below the manual range's floor only when capped (hands-on.ts): then every sliver counts.
  const manualFloor = Math.min(VISIT_RANGES.manual.min, planned.manual);
  topUp(manual, varied, planned.manual, manualFloor, byTechnique, techniqueIds);
  topUp(manual, techniques, planned.manual, manualFloor, byTechnique, techniqueIds);
  // Minutes the manual block could not fill (few safe, in-scope techniques) go to movement, within its ranges.
  const minutes = giveToMovement(planned, planned.manual - sum(manual));

  // Re-education first gets the exercises the chosen techniques prepare, then the best of the rest.
  const chosen = new Set(manual.map((m) => m.technique));
  const preparedIds = new Set(techniques.flatMap((t) => (chosen.has(t.technique.id) ? t.technique.prepares : [])));
  // `exercises` is already ranked by score; a stable partition puts the prepared ones first.
  const reEd = exercises.filter((e) => RE_EDUCATION_CATEGORIES.has(e.exercise.category));
  const movement = exercises.filter(MOVEMENT);
  const exerciseIds = new Set<string>();
  const byExercise = (e: ExerciseItem): string => e.exercise;
  const reEducation: ExerciseItem[] = [];
  const warmUp: ExerciseItem[] = [];
  // Each block takes its own kind of exercise first; only then do both fall back on the next-best safe movement.
  topUp(
    reEducation,
    [...reEd.filter((e) => preparedIds.has(e.exercise.id)), ...reEd.filter((e) => !preparedIds.has(e.exercise.id))],
    minutes.re_education,
    VISIT_RANGES.re_education.min,
    byExercise,
    exerciseIds,
  );
  topUp(
    warmUp,
    exercises.filter((e) => WARM_UP_CATEGORIES.has(e.exercise.category)),
    minutes.warm_up,
    VISIT_RANGES.warm_up.min,
    byExercise,
    exerciseIds,
  );
  topUp(reEducation, movement, minutes.re_education, VISIT_RANGES.re_education.min, byExercise, exerciseIds);
  topUp(warmUp, movement, minutes.warm_up, VISIT_RANGES.warm_up.min, byExercise, exerciseIds);
  const reEdRepeated = repeatRounds(reEducation, warmUp, minutes.re_education, VISIT_RANGES.re_education.min);
  const warmUpRepeated = repeatRounds(warmUp, reEducation, minutes.warm_up, VISIT_RANGES.warm_up.min);

  // Hands-on work prepares movement and never replaces it: never more manual than movement minutes.
  const movementMinutes = sum(warmUp) + sum(reEducation);
  let manualNote = limit?.note;
  if (sum(manual) > movementMinutes) {
    let over = sum(manual) - movementMinutes;
    while (over > 0) {
      const last = manual.at(-1);
      if (!last) break;
      const cut = Math.min(over, last.minutes);
      last.minutes -= cut;
      over -= cut;
      if (last.minutes === 0) manual.pop();
    }
    manualNote = note(
      `Hands-on work shortened to ${sum(manual)} minutes so it does not exceed the ${movementMinutes} minutes of movement the safe exercises fill.`,
      { movementMinutes },
    );
  } else if (!manualNote && sum(manual) < VISIT_RANGES.manual.min) {
    manualNote = note(
      `Only ${sum(manual)} minutes of safe, in-scope techniques treat this client's findings; the rest of the time goes to movement.`,
      { techniques: manual.length },
    );
  }
  return [
    block('warm_up', warmUp, movementNote('warm_up', warmUp, minutes.warm_up, warmUpRepeated)),
    block('manual', manual, manualNote),
    block('re_education', reEducation, movementNote('re_education', reEducation, minutes.re_education, reEdRepeated)),
  ];
}
