// Re-assessment scores for the demo: each measure moves from its baseline toward its goal (or by a plausible share
// when it has none) as far as the client's response allows.
import {
  daysBetween,
  FUNCTIONAL_TESTS,
  INSTRUMENTS,
  ZInstrumentId,
  type HistoryGoal,
  type Measure,
} from '@tandem/engine';

export interface TrackedMeasure {
  measure: string;
  baseline: number;
  goal: HistoryGoal | null;
  better: 'lower' | 'higher';
  decimals: number;
}

/** A typical course without a goal: 8 weeks to reach these shares of improvement. */
const NOMINAL_DAYS = 56;
const NO_GOAL_SHARE = { lower: 0.4, higher: 0.3 } as const;
/** Screening-only measures are not repeated (STarT Back: first contact only). */
const NOT_REPEATED = new Set(['startback']);

export function betterDirection(key: string): 'lower' | 'higher' {
  const [kind = '', test] = key.split(':');
  const instrument = ZInstrumentId.safeParse(kind);
  if (instrument.success) return INSTRUMENTS[instrument.data].change.better;
  if (kind === 'functional' && test !== undefined && FUNCTIONAL_TESTS.has(test)) {
    return FUNCTIONAL_TESTS.entries[test].better === 'lower' ? 'lower' : 'higher';
  }
  return 'higher'; // range, strength and activity status all improve upwards
}

/** The intake's measures and the goals' measures (a goal may track something not scored at intake). */
export function trackedMeasures(intake: readonly Measure[], goals: readonly HistoryGoal[]): TrackedMeasure[] {
  const tracked = new Map<string, TrackedMeasure>();
  const add = (measure: string, baseline: number) => {
    if (NOT_REPEATED.has(measure) || tracked.has(measure)) return;
    const goal = goals.find((g) => g.measure === measure) ?? null;
    tracked.set(measure, {
      measure,
      baseline,
      goal,
      better: betterDirection(measure),
      decimals: Number.isInteger(baseline) ? 0 : 1,
    });
  };
  for (const m of intake) add(m.measure, m.value);
  for (const g of goals) add(g.measure, g.baseline);
  return [...tracked.values()];
}

export function scoreOn(t: TrackedMeasure, start: string, date: string, response: number): number {
  const elapsed = daysBetween(start, date);
  let value: number;
  if (t.goal) {
    const span = daysBetween(t.goal.start ?? start, t.goal.date);
    value = t.baseline + (t.goal.target - t.baseline) * Math.min(1, (elapsed / span) * response);
  } else {
    const share = NO_GOAL_SHARE[t.better] * Math.min(1, (elapsed / NOMINAL_DAYS) * response);
    value = t.baseline * (t.better === 'lower' ? 1 - share : 1 + share);
  }
  const scale = 10 ** t.decimals;
  return Math.max(0, Math.round(value * scale) / scale);
}
