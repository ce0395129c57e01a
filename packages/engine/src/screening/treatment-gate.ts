// Whether a safety screen lets care go ahead: an urgent or emergency referral (or any alert that stops treatment)
// comes before any plan, visit treatment or exercise. One rule, asked by plan generation, the server and the web app.
import type { Decision } from '../decision.ts';
import { URGENCY_RANK, type ScreeningResult } from './types.ts';

export type TreatmentGate = Decision<'refer_first' | 'treat'>;

/** Rule `plan.referral_only` (Finucane et al. 2020, International framework for red flags, JOSPT 50:350). */
export function treatmentGate(screening: ScreeningResult): TreatmentGate {
  const r = screening.referral;
  if (r && (r.stopsTreatment || URGENCY_RANK[r.urgency] >= URGENCY_RANK.urgent)) {
    return {
      decision: 'refer_first',
      ruleId: 'plan.referral_only',
      rationale: `the safety screen asks for an ${r.urgency} referral before any treatment (${r.reasons.join('; ')})`,
      inputs: { urgency: r.urgency, ruleIds: r.ruleIds, stopsTreatment: r.stopsTreatment },
    };
  }
  return {
    decision: 'treat',
    ruleId: 'plan.referral_only',
    rationale: r
      ? `a ${r.urgency} referral lets care continue within the screen's restrictions`
      : 'no referral is needed before care',
    inputs: { urgency: r?.urgency ?? null },
  };
}

/** True when care must wait for the referral the screen asks for. */
export const refersFirst = (screening: ScreeningResult): boolean => treatmentGate(screening).decision === 'refer_first';
