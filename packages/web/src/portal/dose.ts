// A prescribed or logged dose in a client's words: "3 sets of 10 reps, each side", "10 holds of 20 seconds", "5 minutes".
import { unitOf, type SetUnit } from '@tandem/engine';

export interface Volume {
  sets: number;
  reps?: number | undefined;
  holdSeconds?: number | undefined;
  minutes?: number | undefined;
}
export type Resistance = { kind: 'bodyweight' } | { kind: 'weight'; kg: number } | { kind: 'band'; level: string };

/** Short, so the two boxes side by side on a phone line up. */
export const UNIT_LABEL: Record<SetUnit, string> = {
  reps: 'Reps each',
  holdSeconds: 'Seconds each',
  minutes: 'Minutes',
};
export const SETS_LABEL: Record<SetUnit, string> = { reps: 'Sets', holdSeconds: 'Holds', minutes: 'Rounds' };

const plural = (n: number, one: string, many = `${one}s`): string => `${String(n)} ${n === 1 ? one : many}`;

export function volumeText(v: Volume, perSide = false): string {
  const side = perSide ? ', each side' : '';
  const unit = unitOf(v);
  if (unit === 'minutes')
    return v.sets > 1
      ? `${plural(v.sets, 'round')} of ${plural(v.minutes ?? 0, 'minute')}${side}`
      : `${plural(v.minutes ?? 0, 'minute')}${side}`;
  if (unit === 'holdSeconds') return `${plural(v.sets, 'hold')} of ${plural(v.holdSeconds ?? 0, 'second')}${side}`;
  return `${plural(v.sets, 'set')} of ${plural(v.reps ?? 0, 'rep')}${side}`;
}

export function resistanceText(r: Resistance): string | null {
  if (r.kind === 'weight') return `${String(r.kg)} kg`;
  if (r.kind === 'band') return `${r.level.replace('_', ' ')} band`;
  return null;
}

export const RANGE_TEXT: Record<string, string> = {
  partial: 'a small part of the range',
  most: 'most of the range',
  full: 'the full range',
};
