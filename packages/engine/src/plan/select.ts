// Choosing techniques and exercises for a phase: relevant to the impairments, safe, in scope, ranked.
import { EXERCISES, TECHNIQUES } from '../knowledge/index.ts';
import { STAND_INS } from '../knowledge/stand-ins.ts';
import type { Dose, Exercise, IrritabilityLevel, PhaseId, Technique } from '../knowledge/schema.ts';
import { checkTechnique } from '../screening/index.ts';
import {
  INTENSITIES,
  type Impairment,
  type Intensity,
  type Region,
  type TechniqueCategory,
} from '../vocabulary/index.ts';
import {
  EXERCISE_INDEX,
  impairmentIds,
  impairmentMask,
  impairmentsOf,
  regionMask,
  treatedMask,
  type ExerciseFit,
  type PlanContext,
  type TechniqueFit,
} from './context.ts';
import { doseMinutes, exerciseForPhase } from './dose.ts';
import { exerciseSafety } from './exercise-safety.ts';
import { PHASES } from './phases.ts';
import { techniquePosition } from './technique-position.ts';
import type { ExerciseItem, TechniqueItem } from './types.ts';

/** Irritability each phase is meant for (settle = high, restore = moderate, later = low). */
const PHASE_IRRITABILITY: Record<PhaseId, IrritabilityLevel> = {
  settle: 'high',
  restore: 'moderate',
  load: 'low',
  maintain: 'low',
};

const rank = (i: Intensity): number => INTENSITIES.entries[i].rank;

/** Joint techniques: a lower grade is a different technique, never the same one done more gently. */
export const JOINT_CATEGORIES: ReadonlySet<TechniqueCategory> = new Set([
  'joint_mobilisation',
  'joint_manipulation',
  'mobilisation_with_movement',
  'neural_mobilisation',
]);

/** Static bit masks of what each knowledge record addresses and where, aligned with TECHNIQUES and EXERCISES. */
const masksOf = (records: readonly { addresses: readonly Impairment[]; regions: readonly Region[] }[]) => ({
  addresses: Int32Array.from(records, (r) => impairmentMask(r.addresses)),
  regions: Int32Array.from(records, (r) => regionMask(r.regions)),
});
const TECHNIQUE_MASKS = masksOf(TECHNIQUES);
const EXERCISE_MASKS = masksOf(EXERCISES);
const NONE: Impairment[] = [];

/** Plain code-unit order: ids are ASCII snake_case, and localeCompare is slow on a hot path. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface RankedTechnique {
  technique: Technique;
  score: number;
  /** The plan item, built on first use. */
  readonly item: TechniqueItem;
}

function techniqueFit(ctx: PlanContext, index: number, technique: Technique): TechniqueFit {
  const known = ctx.techniqueFit[index];
  if (known) return known;
  const treatedBits = treatedMask(ctx, TECHNIQUE_MASKS.addresses[index] ?? 0, TECHNIQUE_MASKS.regions[index] ?? 0);
  const treats = treatedBits === 0 ? NONE : impairmentsOf(treatedBits);
  const check = checkTechnique(ctx.screening, technique);
  let usable = treats.length > 0;
  if (usable && !ctx.scope.has(technique.category)) {
    usable = false;
    exclude(
      ctx,
      'technique',
      technique.id,
      technique.name,
      'scope',
      [],
      `${technique.name} (${technique.category.replaceAll('_', ' ')}) is outside the practitioner's scope.`,
    );
  } else if (
    usable &&
    (check.decision === 'avoid' ||
      (check.decision === 'modify' &&
        JOINT_CATEGORIES.has(technique.category) &&
        rank(check.intensity) < rank(technique.intensity)))
  ) {
    // A joint technique "at a lower intensity" is a different technique (grade I–II, not III–IV): leave it out and let
    // the gentle variant in the knowledge base take its place. Soft-tissue work can simply use lighter pressure.
    usable = false;
    exclude(
      ctx,
      'technique',
      technique.id,
      technique.name,
      'restriction',
      check.ruleIds,
      check.decision === 'avoid'
        ? check.rationale
        : `${technique.name} is ${technique.intensity} by nature; ${check.rationale}`,
    );
  }
  const fit: TechniqueFit = {
    treats,
    usable,
    check,
    structureMatch: technique.structures.some((s) => ctx.palpated.has(s)),
    regionMatch: (ctx.complaintMask & (TECHNIQUE_MASKS.regions[index] ?? 0)) !== 0,
  };
  ctx.techniqueFit[index] = fit;
  return fit;
}

class LazyRankedTechnique implements RankedTechnique {
  #item: TechniqueItem | undefined;
  constructor(
    private readonly ctx: PlanContext,
    readonly technique: Technique,
    readonly score: number,
    private readonly intensity: Intensity,
    private readonly fit: TechniqueFit,
  ) {}
  get item(): TechniqueItem {
    return (this.#item ??= techniqueItem(this.ctx, this.technique, this.intensity, this.fit));
  }
}

/** Every technique relevant to the case, checked against scope and screening; the rejected ones are recorded. */
export function techniquesForPhase(ctx: PlanContext, phase: PhaseId): RankedTechnique[] {
  const level = PHASE_IRRITABILITY[phase];
  const cap = rank(PHASES[phase].intensityCap);
  const out: LazyRankedTechnique[] = [];
  for (let i = 0; i < TECHNIQUES.length; i++) {
    const technique = TECHNIQUES[i];
    if (!technique) continue;
    const fit = techniqueFit(ctx, i, technique);
    if (!fit.usable || !technique.phases.includes(phase) || !technique.irritability.includes(level)) continue;
    const intensity = rank(fit.check.intensity) < rank(technique.intensity) ? fit.check.intensity : technique.intensity;
    if (rank(intensity) > cap) continue;
    const score = (fit.structureMatch ? 4 : 0) + (fit.regionMatch ? 2 : 0) + fit.treats.length;
    out.push(new LazyRankedTechnique(ctx, technique, score, intensity, fit));
  }
  return out.sort((a, b) => b.score - a.score || byId(a.technique.id, b.technique.id));
}

function techniqueItem(ctx: PlanContext, technique: Technique, intensity: Intensity, fit: TechniqueFit): TechniqueItem {
  const modified = fit.check.decision === 'modify' && intensity !== technique.intensity;
  const eases = fit.treats.map(words).join(' and ');
  const item: TechniqueItem = {
    kind: 'technique',
    technique: technique.id,
    name: technique.name,
    category: technique.category,
    intensity,
    modified,
    regions: technique.regions,
    minutes: technique.minutes,
    addresses: impairmentIds(ctx, fit.treats, technique.regions),
    ruleId: modified ? (fit.check.ruleIds[0] ?? 'plan.technique') : 'plan.technique',
    rationale: modified
      ? `${technique.name} eases ${eases}, at ${intensity} intensity only: ${fit.check.rationale}`
      : `${technique.name} eases ${eases}${fit.structureMatch ? ' in the tissue found on palpation' : ''} so the exercise that follows can use the range.`,
  };
  const position = techniquePosition(ctx.screening, technique.regions);
  if (position !== undefined) item.position = position;
  return item;
}

export interface RankedExercise {
  exercise: Exercise;
  score: number;
  /** Minutes the phase's dose takes. */
  minutes: number;
  /** Whether the client can do it at home with their equipment. */
  atHome: boolean;
  /** The plan item, built on first use (most ranked exercises never make it into the plan). */
  readonly item: ExerciseItem;
}

class LazyRankedExercise implements RankedExercise {
  #item: ExerciseItem | undefined;
  constructor(
    private readonly ctx: PlanContext,
    private readonly phase: PhaseId,
    private readonly candidate: ExerciseCandidate,
  ) {}
  get exercise(): Exercise {
    return this.candidate.exercise;
  }
  get score(): number {
    return this.candidate.score;
  }
  get atHome(): boolean {
    return this.candidate.atHome;
  }
  get minutes(): number {
    return doseMinutes(this.candidate.dose);
  }
  get item(): ExerciseItem {
    return (this.#item ??= exerciseItem(this.ctx, this.phase, this.candidate));
  }
}

const WORDS = new Map<string, string>();
/** `motor_control_deficit` → `motor control deficit`, remembered (ids are a closed set). */
const words = (id: string): string => {
  let w = WORDS.get(id);
  if (w === undefined) {
    w = id.replaceAll('_', ' ');
    WORDS.set(id, w);
  }
  return w;
};

interface ExerciseCandidate {
  exercise: Exercise;
  dose: Dose;
  treats: Impairment[];
  preferred: number;
  isPrepared: boolean;
  atHome: boolean;
  score: number;
  /** The exercise this one stands in for, when screening ruled that one out. */
  replaces: Exercise | undefined;
}

/**
 * Exercises that treat the case's impairments in this phase, moved along their chain to suit the phase, safe under
 * the exercise limits and (for home use) doable with the client's equipment. Ranked first; only the top ones
 * become plan items (this runs several times per plan).
 */
export function exercisesForPhase(
  ctx: PlanContext,
  phase: PhaseId,
  options: { prepared: ReadonlySet<string>; limit?: number },
): RankedExercise[] {
  const targets = PHASE_TARGET_INDEX[phase];
  const seen = new Uint8Array(targets.length);
  const prefs = ctx.preferredExercises;
  const candidates: ExerciseCandidate[] = [];
  const ruledOut: { t: number; base: Exercise; preferred: number }[] = [];
  /** Adds `chosen` as a candidate standing for `t` (itself, or the ruled-out exercise it replaces). */
  const add = (chosen: number, t: number, base: Exercise, preferred: number): void => {
    const picked = EXERCISES[chosen];
    const exercise = EXERCISES[t];
    const dose = picked?.dosage[phase];
    if (!picked || !exercise || !dose) return;
    seen[chosen] = 1;
    const wanted = exerciseFit(ctx, t);
    const fit = chosen === t ? wanted : exerciseFit(ctx, chosen);
    const isPrepared =
      options.prepared.has(picked.id) || options.prepared.has(exercise.id) || options.prepared.has(base.id);
    candidates.push({
      exercise: picked,
      dose,
      treats: wanted.treats,
      preferred,
      isPrepared,
      atHome: fit.atHome,
      score: preferred + (isPrepared ? 3 : 0) + (wanted.regionMatch ? 2 : 0) + wanted.treats.length,
      replaces: chosen === t ? undefined : exercise,
    });
  };
  for (let i = 0; i < targets.length; i++) {
    const t = targets[i] ?? -1;
    if (t < 0 || seen[t] === 1) continue;
    const exercise = EXERCISES[t];
    const base = EXERCISES[i];
    if (!exercise || !base) continue;
    const preferred = Math.max(prefs[i] ?? 0, prefs[t] ?? 0);
    const wanted = exerciseFit(ctx, t);
    if (wanted.treats.length === 0 && preferred === 0) continue;
    seen[t] = 1;
    if (isSafe(ctx, wanted, exercise)) add(t, t, base, preferred);
    else ruledOut.push({ t, base, preferred });
  }
  // A ruled-out exercise gives way to its first safe alternative rather than leaving a gap (`plan.safe_alternative`);
  // after the direct candidates, so an exercise wanted for itself keeps its own standing.
  for (const { t, base, preferred } of ruledOut) {
    const exercise = EXERCISES[t];
    const chosen = exercise ? safeAlternative(ctx, exercise, phase, seen) : -1;
    if (chosen >= 0) add(chosen, t, base, preferred);
  }
  const order = (a: ExerciseCandidate, b: ExerciseCandidate) => b.score - a.score || byId(a.exercise.id, b.exercise.id);
  const top = options.limit === undefined ? candidates.sort(order) : topK(candidates, options.limit, order);
  return top.map((c) => new LazyRankedExercise(ctx, phase, c));
}

/** For each phase, the index of the exercise along each exercise's chain that suits it (-1: none); fixed data. */
const PHASE_TARGET_INDEX: Record<PhaseId, Int16Array> = (() => {
  const index = new Map(EXERCISES.map((e, i) => [e, i]));
  const table = (phase: PhaseId) =>
    Int16Array.from(EXERCISES, (e) => {
      const target = exerciseForPhase(e, phase);
      return target ? (index.get(target) ?? -1) : -1;
    });
  return { settle: table('settle'), restore: table('restore'), load: table('load'), maintain: table('maintain') };
})();

/** The best `k` in order, without sorting everything (later phases only list a handful). */
function topK<T>(items: readonly T[], k: number, order: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  for (const item of items) {
    if (best.length === k && order(item, best[k - 1] as T) >= 0) continue;
    let i = best.length < k ? best.length : k - 1;
    while (i > 0 && order(item, best[i - 1] as T) < 0) {
      best[i] = best[i - 1] as T;
      i--;
    }
    best[i] = item;
  }
  return best;
}

/**
 * The first of an exercise's alternatives, then of its easier versions down the chain, that screening allows and
 * that has a dose for the phase; -1 when none does.
 */
function safeAlternative(ctx: PlanContext, exercise: Exercise, phase: PhaseId, seen: Uint8Array): number {
  for (const id of STAND_INS.get(exercise.id) ?? []) {
    const index = EXERCISE_INDEX.get(id);
    const option = index === undefined ? undefined : EXERCISES[index];
    if (index === undefined || !option || seen[index] === 1 || !option.dosage[phase]) continue;
    if (isSafe(ctx, exerciseFit(ctx, index), option)) return index;
  }
  return -1;
}

/** What about an exercise does not depend on the phase, worked out once per plan (exercises recur across phases). */
function exerciseFit(ctx: PlanContext, index: number): ExerciseFit {
  const known = ctx.exerciseFit[index];
  if (known) return known;
  const treatedBits = treatedMask(ctx, EXERCISE_MASKS.addresses[index] ?? 0, EXERCISE_MASKS.regions[index] ?? 0);
  const fit: ExerciseFit = {
    treats: treatedBits === 0 ? NONE : impairmentsOf(treatedBits),
    safe: undefined,
    atHome: (EXERCISES[index]?.equipment ?? []).every((e) => ctx.homeEquipment.has(e)),
    regionMatch: (ctx.complaintMask & (EXERCISE_MASKS.regions[index] ?? 0)) !== 0,
  };
  ctx.exerciseFit[index] = fit;
  return fit;
}

/**
 * Screening's verdict on a candidate, checked once per plan. Every exercise that can reach the plan passes here,
 * however it became a candidate (its own findings, or a preferred exercise earlier in its chain).
 */
function isSafe(ctx: PlanContext, fit: ExerciseFit, exercise: Exercise): boolean {
  if (fit.safe === undefined) {
    const check = exerciseSafety(ctx.screening, exercise);
    fit.safe = check.allowed;
    if (!check.allowed)
      exclude(ctx, 'exercise', exercise.id, exercise.name, 'restriction', check.ruleIds, check.rationale);
  }
  return fit.safe;
}

/** The parts of an exercise item that do not depend on why it was chosen. */
function exerciseFields(ctx: PlanContext, exercise: Exercise, treats: Impairment[], dose: Dose) {
  return {
    kind: 'exercise' as const,
    exercise: exercise.id,
    name: exercise.name,
    category: exercise.category,
    regions: exercise.regions,
    dosage: dose,
    minutes: doseMinutes(dose),
    addresses: impairmentIds(ctx, treats, exercise.regions),
  };
}

function exerciseItem(ctx: PlanContext, phase: PhaseId, c: ExerciseCandidate): ExerciseItem {
  const { exercise, treats } = c;
  const why = treats.length > 0 ? treats.map(words).join(' and ') : 'the movement pattern found on assessment';
  const fields = exerciseFields(ctx, exercise, treats, c.dose);
  if (c.replaces !== undefined) {
    const reason = ctx.excluded.get(`exercise:${c.replaces.id}`)?.rationale ?? '';
    return {
      ...fields,
      ruleId: 'plan.safe_alternative',
      rationale: `${exercise.name} instead of ${c.replaces.name}, to train ${why} safely. ${reason}`.trim(),
    };
  }
  return {
    ...fields,
    ruleId: c.preferred > 0 ? 'plan.finding_exercise' : c.isPrepared ? 'plan.block_pairing' : 'plan.exercise',
    rationale: c.isPrepared
      ? `${exercise.name} uses the range and calm that the hands-on work creates, and trains ${why}.`
      : `${exercise.name} trains ${why} at a ${phase} dose.`,
  };
}

function exclude(
  ctx: PlanContext,
  kind: 'technique' | 'exercise',
  id: string,
  name: string,
  reason: 'restriction' | 'scope',
  ruleIds: string[],
  rationale: string,
): void {
  const key = `${kind}:${id}`;
  if (!ctx.excluded.has(key))
    ctx.excluded.set(key, {
      kind,
      id,
      name,
      reason,
      ruleIds: reason === 'scope' ? ['plan.scope'] : ruleIds,
      rationale,
    });
}

// Walking first: it needs nothing, and most clients with persistent pain can build it up.
const CARDIO_CHAIN_STARTS: readonly Exercise[] = EXERCISES.filter(
  (e) => e.category === 'cardio' && e.regression === null,
).sort((a, b) => Number(b.id.startsWith('walking')) - Number(a.id.startsWith('walking')));

/**
 * Everyone with chronic pain gets a general activity option (ACSM 2011: aerobic activity most days, built up
 * gradually): the first cardio exercise along a walking or cycling chain that suits the phase, equipment and limits.
 */
export function generalActivity(ctx: PlanContext, phase: PhaseId): RankedExercise | undefined {
  for (const base of CARDIO_CHAIN_STARTS) {
    const exercise = exerciseForPhase(base, phase);
    const dose = exercise?.dosage[phase];
    if (!exercise || !dose || !exercise.equipment.every((e) => ctx.homeEquipment.has(e))) continue;
    if (!exerciseSafety(ctx.screening, exercise).allowed) continue;
    return {
      exercise,
      score: 0,
      atHome: true,
      minutes: doseMinutes(dose),
      item: {
        kind: 'exercise',
        exercise: exercise.id,
        name: exercise.name,
        category: exercise.category,
        regions: exercise.regions,
        dosage: dose,
        minutes: doseMinutes(dose),
        addresses: [],
        ruleId: 'plan.general_activity',
        rationale: `${exercise.name} keeps the whole body moving; regular, gradually built aerobic activity eases persistent pain (ACSM 2011).`,
      },
    };
  }
  return undefined;
}
