// Reading item answers: a list in published order or an object keyed by item id or number, checked item by item.
import { fail, ok, type Problem, type Result } from '../result.ts';
import type { ItemDef } from './instrument.ts';

export type Answers = (number | null)[];

const describeItem = (items: readonly ItemDef[], index: number): string => {
  const item = items[index];
  return item ? `item ${index + 1} (${item.id})` : `item ${index + 1}`;
};

/** Finds the index of an object key: the item id, its 1-based number, or `q` + number. */
const indexOfKey = (items: readonly ItemDef[], key: string): number => {
  const byId = items.findIndex((item) => item.id === key);
  if (byId >= 0) return byId;
  const match = /^(?:q|item)?(\d+)$/i.exec(key);
  if (!match?.[1]) return -1;
  const n = Number(match[1]);
  return n >= 1 && n <= items.length ? n - 1 : -1;
};

/**
 * Normalises raw answers to one value per item (null = unanswered) and checks each against its range.
 * Errors name the item and say why; nothing is coerced silently.
 */
export function readAnswers(items: readonly ItemDef[], raw: unknown): Result<Answers> {
  const answers: Answers = new Array<number | null>(items.length).fill(null);
  const problems: Problem[] = [];
  let entries: [number, unknown, string][];

  if (Array.isArray(raw)) {
    if (raw.length !== items.length) {
      return fail({
        path: '',
        message: `expected ${items.length} answers in item order (null for unanswered), got ${raw.length}`,
      });
    }
    entries = raw.map((value: unknown, i) => [i, value, `[${i}]`]);
  } else if (raw !== null && typeof raw === 'object') {
    entries = [];
    for (const [key, value] of Object.entries(raw)) {
      const index = indexOfKey(items, key);
      if (index < 0) {
        problems.push({
          path: key,
          message: `unknown item "${key}"; expected ${items.map((i) => i.id).join(', ')} or 1–${items.length}`,
        });
        continue;
      }
      entries.push([index, value, key]);
    }
  } else {
    return fail({ path: '', message: 'answers must be a JSON array in item order or an object keyed by item' });
  }

  for (const [index, value, path] of entries) {
    const item = items[index];
    if (!item) continue;
    if (value === null || value === undefined || value === '') continue;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      problems.push({ path, message: `${describeItem(items, index)}: ${JSON.stringify(value)} is not a whole number` });
    } else if (value < item.min || value > item.max) {
      problems.push({ path, message: `${describeItem(items, index)}: ${value} is outside ${item.min}–${item.max}` });
    } else {
      answers[index] = value;
    }
  }
  return problems.length > 0 ? fail(...problems) : ok(answers);
}

/** Item ids of the unanswered items. */
export const missingIds = (items: readonly ItemDef[], answers: Answers): string[] =>
  items.filter((_, i) => answers[i] === null).map((item) => item.id);

/** Checks that at least `min` items are answered; the error lists which are missing. */
export function requireAnswered(
  items: readonly ItemDef[],
  answers: Answers,
  min: number,
  policy: string,
): Result<number> {
  const answered = answers.reduce<number>((n, a) => (a === null ? n : n + 1), 0);
  if (answered >= min) return ok(answered);
  const missing = missingIds(items, answers);
  return fail({
    path: missing.join(','),
    message: `${answered} of ${items.length} items answered; at least ${min} needed (${policy}); missing: ${missing.join(', ')}`,
  });
}

/** Sum of answered items. */
export const sumAnswered = (answers: Answers, indices?: readonly number[]): number => {
  let sum = 0;
  if (indices) {
    for (const i of indices) sum += answers[i] ?? 0;
  } else {
    for (const a of answers) sum += a ?? 0;
  }
  return sum;
};

/** Count of answered items among `indices` (all when omitted). */
export const countAnswered = (answers: Answers, indices?: readonly number[]): number => {
  let n = 0;
  if (indices) {
    for (const i of indices) if (answers[i] !== null && answers[i] !== undefined) n++;
  } else {
    for (const a of answers) if (a !== null) n++;
  }
  return n;
};
