// Request and response shapes of the overview routes: the attention list and the clinic's outcome figures.
import { ATTENTION_KINDS, ATTENTION_SEVERITIES, INSTRUMENT_IDS } from '@tandem/engine';
import { z } from 'zod';
import { ZIsoDate } from '../../schemas.ts';

export const ZAsOfQuery = z.strictObject({
  /** The day to look from; today by the server's clock when left out. */
  asOf: ZIsoDate.optional(),
});

export const ZAttentionQuery = ZAsOfQuery.extend({
  /** At most this many items, from the top of the sorted list (a dashboard shows the first few). */
  limit: z.coerce.number({ error: 'expected a number' }).int().min(1).max(10_000).optional(),
});

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

const share = z.number().nullable().describe('improved ÷ measured, 0–1; null when none was measured');

const ZChangeCounts = z.object({
  /** Episodes scored on two dates or more. */
  measured: z.number(),
  improved: z.number(),
  worsened: z.number(),
  unchanged: z.number(),
  share,
});

export const ZClinicOutcomes = z.object({
  asOf: z.string(),
  episodes: z.object({ total: z.number(), active: z.number(), discharged: z.number() }),
  /** Meaningful change (MCID) on each episode's primary measure (docs/rules.md, outcome.primary_measure). */
  primaryMeasure: ZChangeCounts.extend({ notMeasured: z.number(), discharged: ZChangeCounts }),
  visits: z.object({ total: z.number(), perEpisode: z.number().nullable(), perDischargedEpisode: z.number().nullable() }),
  /** The mean of the episodes' adherence ratios (0–1), over episodes with a home program (outcome.adherence). */
  adherence: z.object({ episodes: z.number(), mean: z.number().nullable() }),
  instruments: z.array(ZChangeCounts.extend({
    instrument: z.enum(INSTRUMENT_IDS),
    name: z.string(),
    better: z.enum(['lower', 'higher']),
    mcid: z.number(),
    mcidPercent: z.number().nullable(),
    mdc: z.number().nullable(),
    source: z.string(),
    episodes: z.number(),
    primaryIn: z.number(),
    meanChange: z.number().nullable(),
  })),
});
