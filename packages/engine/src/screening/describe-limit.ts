// An exercise limit in words, for screens, PDFs and notes: "Knee: at most light load; no impact (…)".
import { capitalise } from '../text.ts';
import { BODY_POSITIONS, EXERCISE_CATEGORIES, LOAD_FEATURES, LOAD_LEVELS, REGIONS } from '../vocabulary/index.ts';
import type { ExerciseLimit } from './types.ts';

export function describeExerciseLimit(
  limit: Pick<ExerciseLimit, 'regions' | 'maxLoad' | 'avoidFeatures' | 'avoidPositions' | 'avoidCategories'>,
): string {
  const parts: string[] = [];
  if (limit.maxLoad !== null) parts.push(`at most ${LOAD_LEVELS.entries[limit.maxLoad].label.toLowerCase()}`);
  if (limit.avoidFeatures.length > 0)
    parts.push(`no ${limit.avoidFeatures.map((f) => LOAD_FEATURES.entries[f].label).join(', ')}`);
  if (limit.avoidPositions.length > 0)
    parts.push(`not ${limit.avoidPositions.map((p) => BODY_POSITIONS.entries[p].label).join(' or ')}`);
  if (limit.avoidCategories.length > 0)
    parts.push(`no ${limit.avoidCategories.map((c) => EXERCISE_CATEGORIES.entries[c].label.toLowerCase()).join(', ')}`);
  const text = parts.join('; ');
  if (limit.regions === null) return capitalise(text);
  return `${capitalise(limit.regions.map((r) => REGIONS.entries[r].label.toLowerCase()).join(', '))}: ${text}`;
}
