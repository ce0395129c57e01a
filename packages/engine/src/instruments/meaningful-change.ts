// Whether a change between two scores of one instrument matters clinically, and why.
import type { Decision } from '../decision.ts';
import type { ChangeThreshold } from './instrument.ts';

const EPSILON = 1e-9;

export type ChangeVerdict = 'improved' | 'worsened' | 'no_meaningful_change';

/**
 * Compares two scores against the instrument's threshold. The points threshold is the larger of the MCID and the
 * MDC (Stratford & Riddle, Phys Ther 2012;92:1338): a change inside measurement error is not called meaningful.
 * Where a source also gives a relative criterion (e.g. NPRS 30 %, Farrar 2001), meeting either one counts, and both
 * are reported in `inputs`.
 */
export function meaningfulChange(threshold: ChangeThreshold, before: number, after: number): Decision<ChangeVerdict> {
  const pointsThreshold = Math.max(threshold.mcid, threshold.mdc ?? 0);
  const gain = threshold.better === 'lower' ? before - after : after - before;
  const size = Math.abs(gain);
  const percent = before === 0 ? null : (size / Math.abs(before)) * 100;
  // Scores arrive as decimals (12.9 s): compare with a tolerance so 14 → 12.9 meets a 1.1 s threshold.
  const pointsMet = size >= pointsThreshold - EPSILON;
  const percentMet =
    threshold.mcidPercent !== undefined && percent !== null && percent >= threshold.mcidPercent - EPSILON;
  const meaningful = gain !== 0 && (pointsMet || percentMet);
  const decision: ChangeVerdict = !meaningful ? 'no_meaningful_change' : gain > 0 ? 'improved' : 'worsened';
  const percentText =
    threshold.mcidPercent !== undefined && percent !== null
      ? ` and ${percent.toFixed(1)} % against ${threshold.mcidPercent} %`
      : '';
  const rationale = `A change of ${(after - before).toFixed(2).replace(/\.?0+$/, '')} points (${size.toFixed(2).replace(/\.?0+$/, '')} against a threshold of ${pointsThreshold}${percentText}) is ${
    decision === 'no_meaningful_change'
      ? 'within what could be noise or too small to matter'
      : decision === 'improved'
        ? 'a meaningful improvement'
        : 'a meaningful worsening'
  } (${threshold.source}).`;
  return {
    decision,
    ruleId: 'change.mcid',
    rationale,
    inputs: {
      before,
      after,
      change: after - before,
      better: threshold.better,
      pointsThreshold,
      pointsMet,
      percentChange: percent,
      percentThreshold: threshold.mcidPercent ?? null,
      percentMet,
    },
  };
}
