// Where the client lies or sits for hands-on work when screening rules positions out (pregnancy: no lying on the
// front, and none on the back from 20 weeks): side-lying with pillows for the trunk and legs, seated leaning on a
// support for the head, neck and arms (`plan.technique_position`).
import type { Decision } from '../decision.ts';
import type { ScreeningResult } from '../screening/index.ts';
import { BODY_POSITIONS, REGIONS, type BodyPosition, type Region } from '../vocabulary/index.ts';

const UPPER_BODY_GROUPS = new Set(['head_neck', 'upper_limb']);

const HOW: Partial<Record<BodyPosition, string>> = {
  side_lying: 'Side-lying, with a pillow between the knees and one under the head (and under the bump in pregnancy)',
  seated: 'Seated, leaning forward onto a pillow on a table',
};

/** The position for a technique at `regions`, or undefined when no screening limit rules a position out. */
export function techniquePosition(
  screening: Pick<ScreeningResult, 'exerciseLimits'>,
  regions: readonly Region[],
): Decision<BodyPosition> | undefined {
  const avoided: BodyPosition[] = [];
  const rules: string[] = [];
  for (const l of screening.exerciseLimits) {
    if (l.regions !== null || l.avoidPositions.length === 0) continue;
    for (const p of l.avoidPositions) if (!avoided.includes(p)) avoided.push(p);
    if (!rules.includes(l.ruleId)) rules.push(l.ruleId);
  }
  if (rules.length === 0) return undefined;
  const upper = regions.length > 0 && regions.every((r) => UPPER_BODY_GROUPS.has(REGIONS.entries[r].group));
  const order: BodyPosition[] = upper ? ['seated', 'side_lying'] : ['side_lying', 'seated'];
  const position = order.find((p) => !avoided.includes(p)) ?? 'seated';
  const names = avoided.map((p) => BODY_POSITIONS.entries[p].label).join(' or ');
  return {
    decision: position,
    ruleId: 'plan.technique_position',
    rationale: `${HOW[position] ?? BODY_POSITIONS.entries[position].label}; screening rules out ${names} for this client.`,
    inputs: { avoided, rules },
  };
}
