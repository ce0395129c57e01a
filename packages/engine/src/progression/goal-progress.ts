// Progress toward each SMART goal: how far from baseline to target, and whether that is on track for the date.
import type { Decision } from '../decision.ts';
import { dayNumber } from '../dates.ts';
import type { HistoryGoal, Measure } from './history.ts';

export type GoalStatus = 'met' | 'on_track' | 'behind' | 'overdue' | 'no_data';
export const GOAL_STATUSES: readonly GoalStatus[] = ['met', 'on_track', 'behind', 'overdue', 'no_data'];

/** [P] On track: at least three quarters of the straight-line path from baseline (on the start date) to target (on the date). */
export const ON_TRACK_SHARE = 0.75;

export interface GoalProgress extends Decision<GoalStatus> {
  measure: string;
  description: string | null;
  baseline: number;
  target: number;
  latest: number | null;
  latestDate: string | null;
  /** Share of the way from baseline to target, in percent (negative: worse than baseline). */
  percent: number | null;
  /** Where a straight line from baseline to target would be by now, in percent. */
  expectedPercent: number;
  date: string;
}

/** The latest value of a measure on or before `asOf`, from `from` on. Measures are in date order. */
export function latestMeasure(measures: readonly Measure[], key: string, from: string, asOf: string): Measure | null {
  for (let i = measures.length - 1; i >= 0; i--) {
    const m = measures[i];
    if (!m || m.date < from) break;
    if (m.measure === key && m.date <= asOf) return m;
  }
  return null;
}

export const isGoalMet = (goal: { baseline: number; target: number }, value: number): boolean =>
  goal.target >= goal.baseline ? value >= goal.target : value <= goal.target;

export function goalProgress(goal: HistoryGoal, historyStart: string, measures: readonly Measure[], asOf: string): GoalProgress {
  const start = goal.start ?? historyStart;
  const latest = latestMeasure(measures, goal.measure, start, asOf);
  const span = dayNumber(goal.date) - dayNumber(start);
  const expectedPercent = Math.round(Math.min(1, Math.max(0, (dayNumber(asOf) - dayNumber(start)) / span)) * 1000) / 10;
  const base = {
    measure: goal.measure,
    description: goal.description ?? null,
    baseline: goal.baseline,
    target: goal.target,
    latest: latest?.value ?? null,
    latestDate: latest?.date ?? null,
    expectedPercent,
    date: goal.date,
    ruleId: 'goal.progress',
  };
  const inputs = { baseline: goal.baseline, target: goal.target, latest: latest?.value ?? null, start, date: goal.date, asOf, onTrackShare: ON_TRACK_SHARE };
  if (!latest) {
    return { ...base, percent: null, decision: 'no_data', rationale: `No ${goal.measure} score since ${start} yet.`, inputs };
  }
  const gap = goal.target - goal.baseline;
  const percent = gap === 0 ? (isGoalMet(goal, latest.value) ? 100 : 0) : Math.round(((latest.value - goal.baseline) / gap) * 1000) / 10;
  const where = `${goal.measure} is ${latest.value} (baseline ${goal.baseline}, target ${goal.target}): ${percent} % of the way`;
  if (isGoalMet(goal, latest.value)) return { ...base, percent, decision: 'met', rationale: `Met: ${where}.`, inputs };
  if (asOf > goal.date) return { ...base, percent, decision: 'overdue', rationale: `Not met by ${goal.date}: ${where}. Review the goal with the client.`, inputs };
  const onTrack = percent >= expectedPercent * ON_TRACK_SHARE;
  return {
    ...base,
    percent,
    decision: onTrack ? 'on_track' : 'behind',
    rationale: `${onTrack ? 'On track' : 'Behind'}: ${where}, against ${expectedPercent} % expected by now on a straight line to ${goal.date}.`,
    inputs,
  };
}
