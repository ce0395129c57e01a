// The clinic's outcome figures on a date: episodes, meaningful change on each episode's primary measure, visits,
// home-program adherence, and the change per instrument. The engine aggregates; this gathers the facts.
import { INSTRUMENT_IDS, clinicOutcomes } from '@tandem/engine';
import { z } from 'zod';
import type { Repository } from '../../db/repository.ts';

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
  visits: z.object({
    total: z.number(),
    perEpisode: z.number().nullable(),
    perDischargedEpisode: z.number().nullable(),
  }),
  /** The mean of the episodes' adherence ratios (0–1), over episodes with a home program (outcome.adherence). */
  adherence: z.object({ episodes: z.number(), mean: z.number().nullable() }),
  instruments: z.array(
    ZChangeCounts.extend({
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
    }),
  ),
});

export async function clinicOutcomesOn(
  repo: Repository,
  clinicId: string,
  asOf: string,
): Promise<z.input<typeof ZClinicOutcomes>> {
  return { asOf, ...clinicOutcomes(await repo.overview.outcomes(clinicId, asOf)) };
}
