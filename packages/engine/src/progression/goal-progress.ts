// Progress toward each SMART goal: how far from baseline to target, and whether that is on track for the date.
import { measureInfo, measureValue } from '../measures/measure-info.ts';
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

/** Where a goal stands, without the words (the replay checks this on many dates; the report adds the rationale). */
export interface GoalStanding {
  measure: string;
  target: number;
  latest: Measure | null;
  percent: number | null;
  expectedPercent: number;
  decision: GoalStatus;
}

export function goalStanding(
  goal: HistoryGoal,
  historyStart: string,
  measures: readonly Measure[],
  asOf: string,
): GoalStanding {
  const start = goal.start ?? historyStart;
  const latest = latestMeasure(measures, goal.measure, start, asOf);
  const startDay = dayNumber(start);
  const expected = Math.min(1, Math.max(0, (dayNumber(asOf) - startDay) / (dayNumber(goal.date) - startDay)));
  const expectedPercent = Math.round(expected * 1000) / 10;
  const standing = { measure: goal.measure, target: goal.target, latest, expectedPercent };
  if (!latest) return { ...standing, percent: null, decision: 'no_data' };
  const gap = goal.target - goal.baseline;
  const percent =
    gap === 0
      ? isGoalMet(goal, latest.value)
        ? 100
        : 0
      : Math.round(((latest.value - goal.baseline) / gap) * 1000) / 10;
  const decision: GoalStatus = isGoalMet(goal, latest.value)
    ? 'met'
    : asOf > goal.date
      ? 'overdue'
      : percent >= expectedPercent * ON_TRACK_SHARE
        ? 'on_track'
        : 'behind';
  return { ...standing, percent, decision };
}

export function goalProgress(
  goal: HistoryGoal,
  historyStart: string,
  measures: readonly Measure[],
  asOf: string,
): GoalProgress {
  const start = goal.start ?? historyStart;
  const { latest, percent, expectedPercent, decision } = goalStanding(goal, historyStart, measures, asOf);
  // In words and rounded ("Shoulder flexion, left is 120°"), not the stored key and SPADI's many decimals.
  const info = measureInfo(goal.measure);
  const v = (x: number) => measureValue(info, x);
  const where = latest
    ? `${info.name} is ${v(latest.value)} (baseline ${v(goal.baseline)}, target ${v(goal.target)}): ${percent ?? 0} % of the way`
    : '';
  const rationale = {
    no_data: `No ${info.name} score since ${start} yet.`,
    met: `Met: ${where}.`,
    overdue: `Not met by ${goal.date}: ${where}. Review the goal with the client.`,
    on_track: `On track: ${where}, against ${expectedPercent} % expected by now on a straight line to ${goal.date}.`,
    behind: `Behind: ${where}, against ${expectedPercent} % expected by now on a straight line to ${goal.date}.`,
  }[decision];
  return {
    measure: goal.measure,
    description: goal.description ?? null,
    baseline: goal.baseline,
    target: goal.target,
    latest: latest?.value ?? null,
    latestDate: latest?.date ?? null,
    percent,
    expectedPercent,
    date: goal.date,
    decision,
    ruleId: 'goal.progress',
    rationale,
    inputs: {
      baseline: goal.baseline,
      target: goal.target,
      latest: latest?.value ?? null,
      start,
      date: goal.date,
      asOf,
      onTrackShare: ON_TRACK_SHARE,
    },
  };
}
