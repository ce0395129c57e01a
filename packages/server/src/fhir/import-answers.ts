// A QuestionnaireResponse's items back into the answers an instrument scores: the inverse of answerItems. A linkId is
// a path into the answers (`deep_squat.left`, `2.score`); keys 1…n become a list again.
import type { ImportItem } from './import-schema.ts';

export interface ItemValue {
  /** Index of the item among the response's leaves, for naming it in an error. */
  index: number;
  linkId: string;
  value: number | boolean | string | null;
}

/** The answered value of each leaf item (nested groups are read through); null when unanswered. */
export function itemValues(items: readonly ImportItem[]): { values: ItemValue[]; unreadable: number[] } {
  const values: ItemValue[] = [];
  const unreadable: number[] = [];
  const walk = (list: readonly ImportItem[]) => {
    for (const item of list) {
      if (item.item && item.item.length > 0) {
        walk(item.item);
        continue;
      }
      const answer = item.answer?.[0];
      const value =
        answer === undefined
          ? null
          : (answer.valueInteger ?? answer.valueDecimal ?? answer.valueBoolean ?? answer.valueString);
      if (value === undefined) unreadable.push(values.length);
      values.push({ index: values.length, linkId: item.linkId, value: value ?? null });
    }
  };
  walk(items);
  return { values, unreadable };
}

type Tree = Record<string, unknown>;

/** `{ "1": a, "2": b }` → `[a, b]`, all the way down. */
function listsBack(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Tree).map(([k, v]) => [k, listsBack(v)] as const);
  const numbered = entries.length > 0 && entries.every(([k], i) => k === String(i + 1));
  return numbered ? entries.map(([, v]) => v) : Object.fromEntries(entries);
}

export function answersOf(values: readonly ItemValue[]): unknown {
  if (values.length === 1 && values[0]?.linkId === 'value') return values[0].value;
  const root: Tree = {};
  for (const { linkId, value } of values) {
    const path = linkId.split('.');
    let node = root;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (next !== null && typeof next === 'object') node = next as Tree;
      else {
        const child: Tree = {};
        node[key] = child;
        node = child;
      }
    }
    node[path.at(-1) ?? linkId] = value;
  }
  return listsBack(root);
}
