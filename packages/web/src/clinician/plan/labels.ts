// Readable names for the engine's ids (vocabulary labels), with the id itself as a fallback.
import { EQUIPMENT, EXERCISE_CATEGORIES, INTENSITIES, REGIONS, TECHNIQUE_CATEGORIES } from '@tandem/engine';

type Vocab = { entries: Readonly<Record<string, { label: string }>>; has: (id: string) => boolean };
const label = (v: Vocab) => (id: string): string => (v.has(id) ? v.entries[id]?.label ?? id : id.replaceAll('_', ' '));

export const regionLabel = label(REGIONS);
export const intensityLabel = label(INTENSITIES);
export const techniqueCategoryLabel = label(TECHNIQUE_CATEGORIES);
export const exerciseCategoryLabel = label(EXERCISE_CATEGORIES);
export const equipmentLabel = label(EQUIPMENT);

export const PHASE_COLOURS = { settle: 'violet', restore: 'blue', load: 'teal', maintain: 'gray' } as const;
export const BLOCK_LABELS = { warm_up: 'Movement warm-up', manual: 'Manual therapy', re_education: 'Movement re-education' } as const;
export const BLOCK_COLOURS = { warm_up: 'yellow.6', manual: 'violet.8', re_education: 'teal.9' } as const;

/** A dose in a line: "3 × 10 reps, 2 min rest… 5 days a week". */
export function doseText(d: { sets: number; reps?: number | undefined; holdSeconds?: number | undefined; minutes?: number | undefined; perSide?: boolean | undefined; daysPerWeek?: number | undefined; load?: string | undefined }): string {
  const unit = d.reps !== undefined ? `${String(d.reps)} reps` : d.holdSeconds !== undefined ? `${String(d.holdSeconds)} s hold` : `${String(d.minutes ?? 0)} min`;
  const parts = [`${String(d.sets)} × ${unit}${d.perSide === true ? ' each side' : ''}`];
  if (d.daysPerWeek !== undefined) parts.push(`${String(d.daysPerWeek)} days a week`);
  if (d.load !== undefined) parts.push(d.load);
  return parts.join(' · ');
}
