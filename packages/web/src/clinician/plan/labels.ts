// Readable names for the engine's ids (vocabulary labels), with the id itself as a fallback.
import {
  BODY_POSITIONS,
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  INTENSITIES,
  REGIONS,
  TECHNIQUE_CATEGORIES,
  doseText,
  type DoseLike,
} from '@tandem/engine';

type Vocab = { entries: Readonly<Record<string, { label: string }>>; has: (id: string) => boolean };
const label =
  (v: Vocab) =>
  (id: string): string =>
    v.has(id) ? (v.entries[id]?.label ?? id) : id.replaceAll('_', ' ');

export const regionLabel = label(REGIONS);
export const intensityLabel = label(INTENSITIES);
export const techniqueCategoryLabel = label(TECHNIQUE_CATEGORIES);
export const exerciseCategoryLabel = label(EXERCISE_CATEGORIES);
export const equipmentLabel = label(EQUIPMENT);
export const positionLabel = label(BODY_POSITIONS);

export const PHASE_COLOURS = { settle: 'violet', restore: 'blue', load: 'teal', maintain: 'gray' } as const;
export const BLOCK_LABELS = {
  warm_up: 'Movement warm-up',
  manual: 'Manual therapy',
  re_education: 'Movement re-education',
} as const;
export const BLOCK_COLOURS = { warm_up: 'yellow.6', manual: 'violet.8', re_education: 'teal.9' } as const;

/** A dose (or a prescription's) in a label: "3 × 10 reps each side · 5 days a week · light band". */
export const doseLabel = (d: DoseLike): string => doseText(d, { details: ['daysPerWeek', 'load'], separator: ' · ' });
