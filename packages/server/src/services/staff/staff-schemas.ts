// Shapes of the staff services: the clinic, its accounts (in and out) and the audit log's events.
import { z } from 'zod';
import { passwordProblem } from '../../auth/passwords.ts';
import { ROLES } from '../../db/records.ts';
import { ZId, ZTimestamp } from '../../http/schemas.ts';

export const ZClinic = z.object({ id: z.string(), name: z.string(), createdAt: ZTimestamp });

const password = z.string().superRefine((value, ctx) => {
  const why = passwordProblem(value);
  if (why !== null) ctx.addIssue({ code: 'custom', message: why });
});

export const ZNewUser = z.strictObject({
  email: z.email({ error: 'expected an e-mail address' }).max(320),
  name: z.string().trim().min(1, { error: 'a name is needed' }).max(200),
  role: z.enum(ROLES),
  password,
  /** For a client login: the client record it belongs to. */
  clientId: ZId.optional(),
});

export const ZUserChanges = z.strictObject({
  email: z.email({ error: 'expected an e-mail address' }).max(320).optional(),
  name: z.string().trim().min(1, { error: 'a name is needed' }).max(200).optional(),
  role: z.enum(ROLES).optional(),
  password: password.optional(),
});

export const ZUserOut = z.object({
  id: z.string(),
  clinicId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** The client record of a client login. */
  clientId: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: ZTimestamp,
});

export const ZAuditEventOut = z.object({
  id: z.string(),
  at: z.string(),
  /** Who: null for an unknown sign-in. */
  actor: z.object({ id: z.string(), name: z.string(), role: z.string().nullable() }).nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  clientId: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'error']),
  detail: z.string().nullable(),
});
