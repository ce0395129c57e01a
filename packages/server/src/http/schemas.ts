// Request and response shapes of the API, in zod: the engine's clinical schemas plus the records the server adds.
import { ZCaseFile } from '@tandem/engine';
import { z } from 'zod';
import { ROLES } from '../db/records.ts';

export const ZId = z.uuid({ error: 'expected an id (UUID)' });
export const ZIsoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
export const ZTimestamp = z.string();

export const ZIdParams = z.strictObject({ id: ZId });

export const ZUserPublic = z.object({
  id: z.string(),
  clinicId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdAt: ZTimestamp,
});

export const ZClient = z.object({
  id: z.string(),
  clinicId: z.string(),
  userId: z.string().nullable(),
  name: z.string(),
  dateOfBirth: z.string().nullable(),
  sex: z.string().nullable(),
  email: z.string().nullable(),
  createdAt: ZTimestamp,
});

export const ZNewClient = z.strictObject({
  name: z.string().trim().min(1, { error: 'a name is needed' }).max(200),
  dateOfBirth: ZIsoDate.optional(),
  sex: z.enum(['male', 'female', 'other', 'unspecified']).optional(),
  email: z.email({ error: 'expected an e-mail address' }).optional(),
});

export const ZClientChanges = ZNewClient.partial();

export const ZClientQuery = z.strictObject({
  /** Part of a name, any case ("smi" finds "Bob Smith"). */
  q: z.string().trim().max(200).optional(),
});

export const ZEpisode = z.object({
  id: z.string(),
  clinicId: z.string(),
  clientId: z.string(),
  status: z.enum(['active', 'discharged']),
  intake: z.unknown(),
  startedOn: z.string(),
  dischargedOn: z.string().nullable(),
  createdAt: ZTimestamp,
});

export const ZNewEpisode = z.strictObject({
  startedOn: ZIsoDate,
  intake: ZCaseFile,
});

export const ZLogin = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});

export const ZSessionInfo = z.object({
  user: ZUserPublic,
  csrfToken: z.string(),
  /** The client record of a client login. */
  clientId: z.string().nullable(),
  expiresAt: ZTimestamp,
});
