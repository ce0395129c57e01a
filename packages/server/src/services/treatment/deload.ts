// A deload week: the lighter doses progression set after a fatigue decision, in force until its end date.
import type { Prescription } from '@tandem/engine';
import type { ProgressionDecision } from '../../db/records.ts';

/** The deload week running on a date, from the latest fatigue decision (a flare after it ends it, as in the engine). */
export function deloadOn(
  decisions: readonly ProgressionDecision[],
  on: string,
): { until: string; prescription: Prescription[] } | null {
  const latest = decisions.findLast(
    (d) => d.scope === 'episode' && (d.decision === 'fatigue' || d.decision === 'setback') && d.date <= on,
  );
  const action = latest?.decision === 'fatigue' ? latest.action : null;
  if (!action || typeof action.until !== 'string' || action.until < on || !Array.isArray(action.prescription))
    return null;
  return { until: action.until, prescription: action.prescription as Prescription[] };
}
