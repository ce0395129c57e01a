// What every intake step gets: the draft, a way to change it, and the server's errors by field.
import type { IntakeDraft } from './draft.ts';
import type { FieldErrors } from './fieldErrors.ts';

export interface StepProps {
  draft: IntakeDraft;
  update: (change: (d: IntakeDraft) => IntakeDraft) => void;
  errors: FieldErrors;
}

/** A NumberInput value as a number, or undefined when blank. */
export const numberOrUndefined = (v: string | number): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

/** Copies an object without one key (for optional fields cleared by the user). */
export function without<T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) as Omit<T, K>;
}

/** Sets an optional field, or removes it when the value is undefined. */
export function setOptional<T extends object, K extends keyof T>(o: T, key: K, value: T[K] | undefined): T {
  return value === undefined ? (without(o, key) as T) : { ...o, [key]: value };
}
