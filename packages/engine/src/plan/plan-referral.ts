// The referral a plan carries: the screen's most urgent level, every reason and rule, and what each alert says to do
// (e.g. "assess the same day; ask about breathlessness, chest pain and coughing blood").
import type { ScreeningResult } from '../screening/index.ts';
import type { Plan } from './types.ts';

export function planReferral(screening: ScreeningResult): Plan['referral'] {
  if (screening.referral === null) return null;
  const { urgency, reasons, ruleIds } = screening.referral;
  return { urgency, reasons, ruleIds, advice: [...new Set(screening.alerts.map((a) => a.rationale))] };
}
