// The attention list: the clients of a clinic that need their clinician on a date, each reason with the rule that
// raised it. Built from stored decisions and a few dates per episode (repository.overview), never by replaying.
import { ATTENTION_KINDS, ATTENTION_SEVERITIES, attentionList, type AttentionItem } from '@tandem/engine';
import { z } from 'zod';
import type { Repository } from '../../db/repository.ts';

export const ZAttentionItem = z.object({
  clientId: z.string(),
  clientName: z.string(),
  episodeId: z.string(),
  /** An episode decision progression stored, or the list's own `no_home_log` / `urgent_referral`. */
  decision: z.enum(ATTENTION_KINDS),
  ruleId: z.string(),
  rationale: z.string(),
  /** When the reason arose (the decision's date, the last home log, the referral's day). */
  since: z.string(),
  severity: z.enum(ATTENTION_SEVERITIES),
});

/** Most severe first, then the longest-standing; `limit` keeps the first n. */
export async function attention(
  repo: Repository,
  clinicId: string,
  asOf: string,
  limit?: number,
): Promise<AttentionItem[]> {
  const items = attentionList(await repo.overview.attention(clinicId, asOf), asOf);
  return limit === undefined ? items : items.slice(0, limit);
}
