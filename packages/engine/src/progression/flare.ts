// Setback: a flare of pain at rest well above the client's usual level that lasts more than a day or two.
import type { Decision } from '../decision.ts';
import { usualLevel, type Day } from './days.ts';

/** A rise of 2 NPRS points is the smallest change that matters to patients (Farrar 2001; Salaffi 2004). */
export const FLARE_RISE = 2;
/** [P] "More than a day or two": elevated from the first day to at least two days later. */
export const FLARE_MIN_SPAN_DAYS = 2;

export interface Flare {
  since: string;
  /** Pain at rest at or above this counts as the flare continuing. */
  threshold: number;
}

/**
 * Whether the latest day completes a flare: every logged pain-at-rest from the run's first day to today at least
 * FLARE_RISE above the usual level (the median of the 14 days before the run, else the baseline), spanning ≥2 days.
 */
export function detectFlare(
  days: readonly Day[],
  baselineRest: number,
): (Decision<'setback'> & { flare: Flare }) | null {
  const today = days.at(-1);
  if (today?.painAtRest === undefined) return null;
  const usual = usualLevel(days, 'painAtRest', today.day - FLARE_MIN_SPAN_DAYS, baselineRest);
  if (!usual) return null;
  const threshold = usual.value + FLARE_RISE;
  if (today.painAtRest < threshold) return null;
  let first = today;
  for (let i = days.length - 2; i >= 0; i--) {
    const d = days[i];
    if (!d) break;
    if (d.painAtRest === undefined) continue;
    if (d.painAtRest < threshold) break;
    first = d;
  }
  const span = today.day - first.day;
  if (span < FLARE_MIN_SPAN_DAYS) return null;
  return {
    decision: 'setback',
    ruleId: 'episode.setback',
    rationale: `Pain at rest has stayed at ${threshold}/10 or more since ${first.date} (${span + 1} days), at least ${FLARE_RISE} points above the usual ${usual.value}/10: a flare. Restart at a lower dose from an earlier phase and check in with the client.`,
    inputs: {
      since: first.date,
      days: span + 1,
      painAtRest: today.painAtRest,
      usual: usual.value,
      usualFrom: usual.source,
      rise: FLARE_RISE,
      threshold,
    },
    flare: { since: first.date, threshold },
  };
}
