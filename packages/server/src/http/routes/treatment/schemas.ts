// Request parts of the treatment routes that no service reads: the episode in the path and the dates in the query.
import { z } from 'zod';
import { ZId, ZIsoDate } from '../../schemas.ts';

export const ZEpisodeParams = z.strictObject({ id: ZId });
export const ZPeriodQuery = z.strictObject({ from: ZIsoDate.optional(), to: ZIsoDate.optional() });
export const ZPrescriptionQuery = z.strictObject({ on: ZIsoDate.optional() });
export const ZProgressQuery = z.strictObject({ asOf: ZIsoDate.optional() });
