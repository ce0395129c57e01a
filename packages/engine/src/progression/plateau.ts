// Plateau: no meaningful change in the goal measures across two re-assessments or six weeks, with adherence confirmed.
import type { Decision } from '../decision.ts';
import { daysBetween } from '../dates.ts';
import { isMeaningfulChange, ZInstrumentId, type InstrumentId } from '../instruments/index.ts';
import type { HistoryGoal, Measure } from './history.ts';

/** [P] No published standard; Tandem's: two consecutive re-assessments spanning at least 4 weeks; or 6 weeks between any two. */
export const PLATEAU_MIN_DAYS = 28;
export const PLATEAU_DAYS_ALONE = 42;
/** [P] Adherence counted as confirmed: two thirds of prescribed sessions logged as done. */
export const ADHERENCE_CONFIRMED = 2 / 3;

/** Instruments whose change decides a plateau: the goals' instruments, else every instrument measured (not STarT Back, a screen). */
export function plateauMeasures(goals: readonly HistoryGoal[], measures: readonly Measure[]): InstrumentId[] {
  const fromGoals = instrumentsIn(goals.map((g) => g.measure));
  return fromGoals.length > 0
    ? fromGoals
    : instrumentsIn(measures.map((m) => m.measure)).filter((id) => id !== 'startback');
}

function instrumentsIn(keys: readonly string[]): InstrumentId[] {
  const out = new Set<InstrumentId>();
  for (const key of keys) {
    const id = ZInstrumentId.safeParse(key);
    if (id.success) out.add(id.data);
  }
  return [...out];
}

/**
 * Checked on a re-assessment date: compares each plateau measure now with its value two re-assessments ago (or at the
 * first assessment when six weeks have passed) using the larger of MCID and MDC (change.mcid).
 */
export function detectPlateau(
  measures: readonly Measure[],
  keys: readonly InstrumentId[],
  today: string,
  adherence: number | null,
): Decision<'plateau'> | null {
  const dates = [
    ...new Set(
      measures.filter((m) => m.date <= today && (keys as readonly string[]).includes(m.measure)).map((m) => m.date),
    ),
  ];
  if (dates.at(-1) !== today || dates.length < 2) return null;
  const from = dates.length >= 3 ? (dates[dates.length - 3] ?? today) : (dates[0] ?? today);
  const span = daysBetween(from, today);
  if (span < PLATEAU_MIN_DAYS || (dates.length < 3 && span < PLATEAU_DAYS_ALONE)) return null;
  if (adherence === null || adherence < ADHERENCE_CONFIRMED) return null;
  const changes: Record<string, unknown>[] = [];
  for (const key of keys) {
    const before = valueOn(measures, key, from);
    const after = valueOn(measures, key, today);
    if (before === undefined || after === undefined) continue;
    const change = isMeaningfulChange(key, before, after);
    if (change.decision === 'improved') return null;
    changes.push({ measure: key, before, after, verdict: change.decision });
  }
  if (changes.length === 0) return null;
  // Scores can carry many decimals (SPADI is a percentage): one is enough to read.
  const r1 = (x: unknown) => String(Math.round(Number(x) * 10) / 10);
  const list = changes.map((c) => `${String(c.measure)} ${r1(c.before)} → ${r1(c.after)}`).join(', ');
  return {
    decision: 'plateau',
    ruleId: 'episode.plateau',
    rationale: `No meaningful improvement from ${from} to ${today} (${span} days; ${list}) with the program mostly done: re-assess, and change the balance of hands-on and active work or the exercises.`,
    inputs: { from, to: today, days: span, changes, adherence },
  };
}

/** The value of a measure recorded on or before a date (the latest such). */
function valueOn(measures: readonly Measure[], key: string, date: string): number | undefined {
  let value: number | undefined;
  for (const m of measures) {
    if (m.date > date) break;
    if (m.measure === key) value = m.value;
  }
  return value;
}
