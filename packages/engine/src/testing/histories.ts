// Test support: builds a history day by day, logging against whatever the engine prescribes at that point.
import { addDays } from '../dates.ts';
import { parseHistory, type HistoryInput, type Measure } from '../progression/history.ts';
import { progress } from '../progression/progress.ts';
import type { ProgressReport } from '../progression/types.ts';

/** What the client reports on one day; null when nothing is logged. */
export interface SimDay {
  source?: 'visit' | 'home';
  painAtRest?: number;
  sleep?: number;
  fatigue?: number;
  /** Whether the day's scheduled exercises are done (false: logged as not done). */
  train?: boolean;
  painDuring?: number;
  painAfter?: number;
  /** Omitted: the next-morning pain equals the day's pain at rest (settled); null: not logged. */
  painNextMorning?: number | null;
  effort?: number;
  /** Share of the prescribed sets done (default 1). */
  completion?: number;
}

export interface Scenario extends Omit<HistoryInput, 'entries' | 'measures'> {
  weeks: number;
  /** Day 0 is the start date. */
  day: (day: number) => SimDay | null;
  measures?: (day: number) => Omit<Measure, 'date'>[];
}

/** Days of the week (0 = the start's weekday) an exercise done n days a week falls on. */
const SCHEDULE: Record<number, readonly number[]> = {
  1: [0],
  2: [0, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 5],
  5: [0, 1, 2, 4, 5],
  6: [0, 1, 2, 3, 4, 5],
  7: [0, 1, 2, 3, 4, 5, 6],
};

export function report(history: HistoryInput, asOf?: string): ProgressReport {
  const parsed = parseHistory(history);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const result = progress(parsed.value, asOf === undefined ? {} : { asOf });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

export type SimulatedHistory = HistoryInput & {
  entries: NonNullable<HistoryInput['entries']>;
  measures: NonNullable<HistoryInput['measures']>;
};

export function simulate(scenario: Scenario): SimulatedHistory {
  const { weeks, day: dayOf, measures: measuresOf, ...rest } = scenario;
  const history: SimulatedHistory = { ...rest, entries: [], measures: [] };
  for (let d = 0; d < weeks * 7; d++) {
    const date = addDays(scenario.start, d);
    for (const m of measuresOf?.(d) ?? []) history.measures.push({ ...m, date });
    const sim = dayOf(d);
    if (!sim) continue;
    const now = report(history, date);
    const prescription = now.deload?.prescription ?? now.prescription;
    const exercises = prescription
      .filter((p) => (SCHEDULE[p.daysPerWeek] ?? []).includes(d % 7) || sim.source === 'visit')
      .map((p) => {
        if (sim.train === false) return { exercise: p.exercise, done: null };
        const sets = Math.round(p.sets * (sim.completion ?? 1));
        const unit =
          p.reps !== undefined
            ? { reps: p.reps }
            : p.holdSeconds !== undefined
              ? { holdSeconds: p.holdSeconds }
              : { minutes: p.minutes ?? 1 };
        return {
          exercise: p.exercise,
          done: { sets, ...unit },
          painDuring: sim.painDuring ?? 2,
          ...(sim.painAfter !== undefined ? { painAfter: sim.painAfter } : {}),
          ...(sim.painNextMorning === null ? {} : { painNextMorning: sim.painNextMorning ?? sim.painAtRest ?? 2 }),
          ...(sim.effort !== undefined ? { effort: sim.effort } : {}),
        };
      });
    history.entries.push({
      date,
      source: sim.source ?? 'home',
      ...(sim.painAtRest !== undefined ? { painAtRest: sim.painAtRest } : {}),
      ...(sim.sleep !== undefined ? { sleep: sim.sleep } : {}),
      ...(sim.fatigue !== undefined ? { fatigue: sim.fatigue } : {}),
      exercises,
    });
  }
  return history;
}
