// The MCID band and goal line of a measure's chart, from the engine's thresholds and the episode's goals.
import type { ChangeBand, TargetLine } from '../../../ui/charts/TimeSeriesChart.tsx';
import { formatDay, formatNumber } from '../../../ui/charts/format.ts';
import { measureValue, type MeasureInfo } from '@tandem/engine';
import type { Progress } from '../queries.ts';

export type Goal = Progress['goals'][number];

/** Values closer to the baseline than the change that matters (the larger of the MCID and the MDC). */
export function changeBand(info: MeasureInfo, baseline: number | undefined): ChangeBand | null {
  if (info.threshold === null || baseline === undefined) return null;
  const lo = Math.max(info.min ?? -Infinity, baseline - info.threshold);
  const hi = Math.min(info.max ?? Infinity, baseline + info.threshold);
  return {
    from: lo,
    to: hi,
    label: `No meaningful change: within ${formatNumber(info.threshold)} of the start (${measureValue(info, baseline)})`,
  };
}

export function goalLine(info: MeasureInfo, goal: Goal | undefined): TargetLine | null {
  return goal
    ? { value: goal.target, label: `Goal: ${measureValue(info, goal.target)} by ${formatDay(goal.date)}` }
    : null;
}
