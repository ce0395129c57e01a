// Checks one technique or exercise against a screening result. The plan generator calls these for every item, so
// they only loop over the (short) restriction lists and allocate nothing beyond the answer.
//
// Region matching: a restriction with regions null applies everywhere; `widespread` on either side overlaps every
// region; an item with no regions listed is treated as possibly anywhere (conservative).
import {
  EXERCISE_CATEGORIES,
  INTENSITIES,
  TECHNIQUE_CATEGORIES,
  type ExerciseCategory,
  type Intensity,
  type Region,
  type TechniqueCategory,
} from '../vocabulary/index.ts';
import type { ExercisePosition, ScreeningResult } from './types.ts';

export interface TechniqueQuery {
  category: TechniqueCategory;
  intensity: Intensity;
  regions: readonly Region[];
}

export interface TechniqueCheck {
  decision: 'allow' | 'modify' | 'avoid';
  /** The intensity to use: the query's, or the lowest binding cap when modified. */
  intensity: Intensity;
  /** The rules that decided it (avoid: every matching avoid rule; modify: every cap below the query's intensity). */
  ruleIds: string[];
  rationale: string;
}

export interface ExerciseQuery {
  category: ExerciseCategory;
  regions: readonly Region[];
  positions: readonly (ExercisePosition | 'standing' | 'other')[];
}

export interface ExerciseCheck {
  decision: 'allow' | 'modify' | 'avoid';
  /** The effort ceiling that applies (lowest of the matching limits), or null. */
  maxEffort: 'light' | 'moderate' | null;
  ruleIds: string[];
  rationale: string;
}

/** Whether an item at `regions` falls inside a restriction's regions (null = everywhere). */
export function regionsOverlap(restricted: readonly Region[] | null, regions: readonly Region[]): boolean {
  if (restricted === null || regions.length === 0) return true;
  for (const region of regions) {
    if (region === 'widespread' || restricted.includes(region)) return true;
  }
  return restricted.includes('widespread');
}

const rank = (intensity: Intensity): number => INTENSITIES.entries[intensity].rank;

const addOnce = (list: string[], item: string): void => {
  if (!list.includes(item)) list.push(item);
};

export function checkTechnique(
  screening: Pick<ScreeningResult, 'restrictions'>,
  technique: TechniqueQuery,
): TechniqueCheck {
  const avoidIds: string[] = [];
  const avoidWhy: string[] = [];
  const capIds: string[] = [];
  const capWhy: string[] = [];
  let cap: Intensity = technique.intensity;
  for (const r of screening.restrictions) {
    if (!r.categories.includes(technique.category) || !regionsOverlap(r.regions, technique.regions)) continue;
    if (r.action === 'avoid') {
      addOnce(avoidIds, r.ruleId);
      addOnce(avoidWhy, r.rationale);
      continue;
    }
    // A modify row without a cap is read as the most cautious cap.
    const max = r.maxIntensity ?? 'gentle';
    if (rank(max) >= rank(technique.intensity)) continue;
    addOnce(capIds, r.ruleId);
    addOnce(capWhy, r.rationale);
    if (rank(max) < rank(cap)) cap = max;
  }
  if (avoidIds.length > 0) {
    return { decision: 'avoid', intensity: technique.intensity, ruleIds: avoidIds, rationale: avoidWhy.join(' ') };
  }
  if (capIds.length > 0) {
    return { decision: 'modify', intensity: cap, ruleIds: capIds, rationale: capWhy.join(' ') };
  }
  const label = TECHNIQUE_CATEGORIES.entries[technique.category].label;
  return {
    decision: 'allow',
    intensity: technique.intensity,
    ruleIds: [],
    rationale: `No screening restriction limits ${label.toLowerCase()} at ${INTENSITIES.entries[technique.intensity].label.toLowerCase()} intensity here.`,
  };
}

const EFFORT_RANK = { light: 0, moderate: 1 } as const;

export function checkExercise(
  screening: Pick<ScreeningResult, 'exerciseLimits'>,
  exercise: ExerciseQuery,
): ExerciseCheck {
  const avoidIds: string[] = [];
  const avoidWhy: string[] = [];
  const capIds: string[] = [];
  const capWhy: string[] = [];
  let maxEffort: 'light' | 'moderate' | null = null;
  for (const l of screening.exerciseLimits) {
    if (!regionsOverlap(l.regions, exercise.regions)) continue;
    const avoided =
      l.avoidCategories.includes(exercise.category) || l.avoidPositions.some((p) => exercise.positions.includes(p));
    if (avoided) {
      addOnce(avoidIds, l.ruleId);
      addOnce(avoidWhy, l.rationale);
    }
    if (l.maxEffort !== null) {
      addOnce(capIds, l.ruleId);
      addOnce(capWhy, l.rationale);
      if (maxEffort === null || EFFORT_RANK[l.maxEffort] < EFFORT_RANK[maxEffort]) maxEffort = l.maxEffort;
    }
  }
  if (avoidIds.length > 0) return { decision: 'avoid', maxEffort, ruleIds: avoidIds, rationale: avoidWhy.join(' ') };
  if (maxEffort !== null) return { decision: 'modify', maxEffort, ruleIds: capIds, rationale: capWhy.join(' ') };
  const label = EXERCISE_CATEGORIES.entries[exercise.category].label;
  return {
    decision: 'allow',
    maxEffort: null,
    ruleIds: [],
    rationale: `No screening limit applies to ${label.toLowerCase()} exercise here.`,
  };
}
