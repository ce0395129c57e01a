// A controlled vocabulary: typed ids with labels, a zod schema whose error names the unknown id, and look-ups.
import { z } from 'zod';

export interface Term {
  label: string;
}

export interface Vocabulary<K extends string, T extends Term> {
  kind: string;
  entries: Readonly<Record<K, T>>;
  ids: readonly K[];
  schema: z.ZodEnum<{ [k in K]: k }>;
  has(id: string): id is K;
}

export function vocabulary<K extends string, T extends Term>(kind: string, entries: Record<K, T>): Vocabulary<K, T> {
  const ids = Object.keys(entries) as K[];
  const schema = z.enum(ids as [K, ...K[]], {
    error: (issue) =>
      typeof issue.input === 'string'
        ? `unknown ${kind} "${issue.input}"`
        : `expected a ${kind} id (text), got ${issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)}`,
  });
  return { kind, entries, ids, schema, has: (id: string): id is K => Object.hasOwn(entries, id) };
}
