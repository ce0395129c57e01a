// The referral a safety screen asks for, as a record: to whom, how soon, and why.
import type { ScreeningResult } from '@tandem/engine';
import type { NewReferral } from '../db/records.ts';

const RECIPIENT = {
  emergency: 'Emergency department (same day)',
  urgent: "Client's doctor: medical review within days, before any treatment plan",
  routine: "Client's doctor (for information and review)",
} as const;

export function referralFor(screening: ScreeningResult): Omit<NewReferral, 'episodeId'> | null {
  const r = screening.referral;
  if (r === null) return null;
  return { to: RECIPIENT[r.urgency], urgency: r.urgency, reason: `${r.reasons.join('; ')} [${r.ruleIds.join(', ')}]` };
}

/** Urgent and emergency referrals come before any plan (the engine builds no phases for them); routine ones do not. */
export const referralFirst = (screening: ScreeningResult): boolean =>
  screening.referral !== null && screening.referral.urgency !== 'routine';
