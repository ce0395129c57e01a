// An exercise limit in words, for screens, PDFs and notes: "At most light load on the knee; no impact".
import { BODY_POSITIONS, EXERCISE_CATEGORIES, LOAD_FEATURES, LOAD_LEVELS, REGIONS } from '../vocabulary/index.ts';
import type { ExerciseLimit } from './types.ts';

export function describeExerciseLimit(
  limit: Omit<ExerciseLimit, 'ruleId' | 'trigger' | 'rationale' | 'source'>,
): string {
  const where =
    limit.regions === null
      ? 'anywhere'
      : `on the ${limit.regions.map((r) => REGIONS.entries[r].label.toLowerCase()).join(', ')}`;
  const parts: string[] = [];
  if (limit.maxLoad !== null) parts.push(`at most ${LOAD_LEVELS.entries[limit.maxLoad].label.toLowerCase()} ${where}`);
  if (limit.avoidFeatures.length > 0)
    parts.push(`no ${limit.avoidFeatures.map((f) => LOAD_FEATURES.entries[f].label).join(', ')}`);
  if (limit.avoidPositions.length > 0)
    parts.push(`not ${limit.avoidPositions.map((p) => BODY_POSITIONS.entries[p].label).join(' or ')}`);
  if (limit.avoidCategories.length > 0)
    parts.push(`no ${limit.avoidCategories.map((c) => EXERCISE_CATEGORIES.entries[c].label.toLowerCase()).join(', ')}`);
  if (limit.maxLoad === null && limit.regions !== null) parts.push(`for exercise ${where}`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
