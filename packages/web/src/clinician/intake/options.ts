// Select and checkbox options from the engine's vocabulary: ids as values, Tandem's labels as text.
import type { Term, Vocabulary } from '@tandem/engine';

export interface Option<K extends string> {
  value: K;
  label: string;
}

export const optionsOf = <K extends string, T extends Term>(
  v: Vocabulary<K, T>,
  only?: (entry: T, id: K) => boolean,
): Option<K>[] =>
  v.ids.filter((id) => only?.(v.entries[id], id) ?? true).map((id) => ({ value: id, label: v.entries[id].label }));

/** Narrows a string from an input back to a vocabulary id. */
export const idOf = <K extends string, T extends Term>(v: Vocabulary<K, T>, value: string | null): K | undefined =>
  value !== null && v.has(value) ? value : undefined;
