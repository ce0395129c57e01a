// A stored plan version as the API shows it: its number, who made it and why, and the document.
import type { PlanVersion } from '../db/records.ts';
import type { Author } from './authors.ts';

export const planVersionOut = (v: PlanVersion, who: Author) => ({
  version: v.version,
  episodeId: v.episodeId,
  createdBy: who(v.createdBy),
  reason: v.reason,
  createdAt: v.createdAt,
  plan: v.document,
});
