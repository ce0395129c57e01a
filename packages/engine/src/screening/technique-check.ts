// Checks one technique or exercise against a screening result. The plan generator calls these for every item, so
// they only loop over the (short) restriction lists and allocate nothing beyond the answer.
//
// Region matching: a restriction with regions null applies everywhere; `widespread` on either side overlaps every
// region; an item with no regions listed is treated as possibly anywhere (conservative).
import { capitalise } from '../text.ts';
import {
  BODY_POSITIONS,
  EXERCISE_CATEGORIES,
  INTENSITIES,
  LOAD_FEATURES,
  LOAD_LEVELS,
  REGIONS,
  TECHNIQUE_CATEGORIES,
  loadRank,
  type BodyPosition,
  type ExerciseCategory,
  type Intensity,
  type LoadFeature,
  type LoadLevel,
  type Region,
  type TechniqueCategory,
} from '../vocabulary/index.ts';
import type { ExerciseLimit, ScreeningResult } from './types.ts';

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
  /** The load on each region the exercise uses, and its movement features (knowledge/schema.ts, ZExerciseLoad). */
  load: { regions: Readonly<Partial<Record<Region, LoadLevel>>>; features: readonly LoadFeature[] };
  positions: readonly BodyPosition[];
}

export interface ExerciseCheck {
  decision: 'allow' | 'avoid';
  /** The rules that rule it out (avoid), or that bind it without ruling it out (allow, e.g. a load cap it is within). */
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

/**
 * Whether a region an exercise loads falls under a limit's regions. Whole-body (`widespread`) load meets only limits
 * that hold everywhere or name widespread: what it puts on a particular region is listed under that region.
 */
const inside = (restricted: readonly Region[] | null, region: Region): boolean =>
  restricted === null || restricted.includes(region) || restricted.includes('widespread');

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

/** What about the exercise breaks the limit, in words, or null when it keeps to it. */
function breach(l: ExerciseLimit, exercise: ExerciseQuery): string | null {
  let usesRegions = l.regions === null;
  let over: string[] | null = null;
  const loads = exercise.load.regions;
  for (const key in loads) {
    const region = key as Region;
    const level = loads[region];
    if (level === undefined || !inside(l.regions, region)) continue;
    if (loadRank(level) > 0) usesRegions = true;
    if (l.maxLoad !== null && loadRank(level) > loadRank(l.maxLoad))
      (over ??= []).push(
        `${LOAD_LEVELS.entries[level].label.toLowerCase()} on the ${REGIONS.entries[region].label.toLowerCase()}`,
      );
  }
  if (over !== null)
    return `${over.join(', ')}, where at most ${LOAD_LEVELS.entries[l.maxLoad ?? 'none'].label.toLowerCase()} is allowed`;
  if (!usesRegions) return null;
  const feature = l.avoidFeatures.find((f) => exercise.load.features.includes(f));
  if (feature !== undefined) return LOAD_FEATURES.entries[feature].label;
  const position = l.avoidPositions.find((p) => exercise.positions.includes(p));
  if (position !== undefined) return BODY_POSITIONS.entries[position].label;
  if (l.avoidCategories.includes(exercise.category))
    return `${EXERCISE_CATEGORIES.entries[exercise.category].label.toLowerCase()} exercise`;
  return null;
}

/** Checks an exercise's load, features, positions and category against every exercise limit of the screen. */
export function checkExercise(
  screening: Pick<ScreeningResult, 'exerciseLimits'>,
  exercise: ExerciseQuery,
): ExerciseCheck {
  let avoidIds: string[] | null = null;
  let avoidWhy: string[] | null = null;
  let bindingIds: string[] | null = null;
  for (const l of screening.exerciseLimits) {
    const why = breach(l, exercise);
    if (why !== null) {
      addOnce((avoidIds ??= []), l.ruleId);
      addOnce((avoidWhy ??= []), `${capitalise(why)}: ${l.rationale}`);
    } else if (l.maxLoad !== null && usesAny(l.regions, exercise)) {
      addOnce((bindingIds ??= []), l.ruleId);
    }
  }
  if (avoidIds !== null && avoidWhy !== null)
    return { decision: 'avoid', ruleIds: avoidIds, rationale: avoidWhy.join(' ') };
  const label = EXERCISE_CATEGORIES.entries[exercise.category].label;
  return {
    decision: 'allow',
    ruleIds: bindingIds ?? [],
    rationale:
      bindingIds === null
        ? `No screening limit applies to ${label.toLowerCase()} exercise here.`
        : 'Within the load the screening limits allow.',
  };
}

function usesAny(restricted: readonly Region[] | null, exercise: ExerciseQuery): boolean {
  for (const region in exercise.load.regions) if (REGIONS.has(region) && inside(restricted, region)) return true;
  return false;
}
