// Queries of the overview routes: the day to look from, and how much of the attention list.
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
