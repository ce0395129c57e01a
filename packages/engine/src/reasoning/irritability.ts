// Irritability tier (high / moderate / low) from the case's pain and behaviour, which sets the starting phase and dose.
import type { CaseFile } from '../case-file.ts';
import type { Decision } from '../decision.ts';
import type { IrritabilityLevel } from '../knowledge/schema.ts';

// Kelley 2013 (JOSPT 43(5):A1) tiers: high ≥7/10, moderate 4–6/10, low ≤3/10.
export const IRRITABILITY_HIGH_PAIN = 7;
export const IRRITABILITY_MODERATE_PAIN = 4;
/** [P] Maitland: symptoms that take longer than an hour to settle after provocation count as highly irritable. */
export const IRRITABILITY_SLOW_SETTLE_MINUTES = 60;
/** [P] Settling within 15 minutes is compatible with low irritability. */
export const IRRITABILITY_QUICK_SETTLE_MINUTES = 15;

const RANK: Record<IrritabilityLevel, number> = { low: 0, moderate: 1, high: 2 };

/**
 * Each feature votes for a tier; the highest tier met wins ([P] no published rule combines
 * discordant features, so Tandem takes the most cautious and the clinician may override).
 */
export function classifyIrritability(caseFile: CaseFile): Decision<IrritabilityLevel> {
  const { nprs, irritability = {} } = caseFile.pain;
  const votes: { level: IrritabilityLevel; reason: string }[] = [];
  if (nprs.current >= IRRITABILITY_HIGH_PAIN) votes.push({ level: 'high', reason: `pain now ${nprs.current}/10` });
  else if (nprs.current >= IRRITABILITY_MODERATE_PAIN)
    votes.push({ level: 'moderate', reason: `pain now ${nprs.current}/10` });
  else votes.push({ level: 'low', reason: `pain now ${nprs.current}/10` });
  if (irritability.constantPain === true) votes.push({ level: 'high', reason: 'constant pain at rest' });
  if (irritability.nightPain === true) votes.push({ level: 'moderate', reason: 'night pain' });
  const settle = irritability.settlesWithinMinutes;
  if (settle !== undefined) {
    if (settle > IRRITABILITY_SLOW_SETTLE_MINUTES && irritability.easilyAggravated === true) {
      votes.push({ level: 'high', reason: `easily provoked and takes ${settle} min to settle` });
    } else if (settle > IRRITABILITY_QUICK_SETTLE_MINUTES) {
      votes.push({ level: 'moderate', reason: `takes ${settle} min to settle` });
    }
  }
  if (irritability.easilyAggravated === true) votes.push({ level: 'moderate', reason: 'easily aggravated' });

  const level = votes.reduce<IrritabilityLevel>((top, v) => (RANK[v.level] > RANK[top] ? v.level : top), 'low');
  const reasons = votes.filter((v) => v.level === level).map((v) => v.reason);
  return {
    decision: level,
    ruleId: 'reason.irritability',
    rationale: `Irritability is ${level} (${reasons.join(', ')}), so the plan ${
      level === 'high'
        ? 'starts by settling symptoms with gentle techniques and low-load movement'
        : level === 'moderate'
          ? 'starts by restoring mobility and activation within mild discomfort'
          : 'can start with progressive loading'
    }.`,
    inputs: { nprs: nprs.current, ...irritability },
  };
}
