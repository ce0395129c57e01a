// A plan's SMART goals as the progression engine tracks them: each under the measure key its scores are stored with.
import { addDays, FUNCTIONAL_STATUS, type CaseFile, type Goal, type HistoryGoal, type Plan } from '@tandem/engine';

const side = (s: string | undefined): string => (s === undefined ? '' : `:${s}`);

/**
 * The measure key of a goal (docs/progression.md): an instrument id, `rom:JOINT:MOTION[:SIDE]` or
 * `functional:TEST[:SIDE]`, as in the plan's measure schedule. Activity goals (a functional status such as
 * "painful" → "pain free") are `activity:ACTIVITY`, scored by status rank; strength goals `strength:MUSCLE[:SIDE]`.
 */
export function goalMeasureKey(goal: Goal): string {
  if (goal.measure === 'rom') return `rom:${goal.joint}:${goal.motion}${side(goal.side)}`;
  if (goal.measure === 'functional_test') return `functional:${goal.test}${side(goal.side)}`;
  if (goal.measure === 'functional') return `activity:${goal.activity}`;
  if (goal.measure === 'strength') return `strength:${goal.muscle}${side(goal.side)}`;
  return goal.measure;
}

const numeric = (value: number | keyof typeof FUNCTIONAL_STATUS.entries): number =>
  typeof value === 'number' ? value : FUNCTIONAL_STATUS.entries[value].rank;

/** The case's goals with the plan's wording and dates (the plan lists them in the case's order), set on `start`. */
export function historyGoals(caseFile: CaseFile, plan: Plan, start: string): HistoryGoal[] {
  return caseFile.goals.map((goal, i) => {
    const smart = plan.goals[i];
    return {
      measure: goalMeasureKey(goal),
      ...(smart ? { description: smart.description } : {}),
      baseline: numeric(goal.baseline),
      target: numeric(goal.target),
      start,
      date: smart?.date ?? addDays(start, goal.weeks * 7),
    };
  });
}
