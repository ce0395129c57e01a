// Who may see what: staff see their clinic's clients, a client sees only their own record; every touch is audited.
import type { FastifyRequest } from 'fastify';
import type { Client, Episode, Role } from '../db/records.ts';
import type { Actor } from './actor.ts';
import { ApiError, forbidden, notFound } from './errors.ts';

/** What a request touched, written to the audit log when its response goes out (with the outcome). */
export interface AuditTarget {
  action: string;
  recordType: string;
  recordId: string | null;
  clientId: string | null;
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new ApiError('unauthenticated', 'sign in first');
  return request.actor;
}

export function requireRole(request: FastifyRequest, ...roles: Role[]): Actor {
  const actor = actorOf(request);
  if (!roles.includes(actor.role)) throw forbidden(`only ${roles.join(' or ')} accounts may do this`);
  return actor;
}

export const isStaff = (actor: Actor): boolean => actor.role === 'owner' || actor.role === 'clinician';

/** Marks what the request is about, for the audit log (set before access is checked, so refusals are logged too). */
export function audit(request: FastifyRequest, target: AuditTarget): void {
  request.auditTarget = target;
}

/**
 * The client a request names, if the caller may see them: staff of the client's clinic, or the client themself.
 * Another clinic's client is "not found" (never confirmed to exist).
 */
export async function clientFor(
  request: FastifyRequest,
  clientId: string,
  action: string,
  recordType = 'client',
  recordId: string | null = clientId,
): Promise<Client> {
  audit(request, { action, recordType, recordId, clientId });
  const actor = actorOf(request);
  const client = await request.server.repo.clients.get(actor.clinicId, clientId);
  if (!client) throw notFound('client');
  if (!isStaff(actor) && client.userId !== actor.user.id) throw forbidden('a client may only see their own record');
  return client;
}

/** An episode and its client, with the same rules. */
export async function episodeFor(
  request: FastifyRequest,
  episodeId: string,
  action: string,
  recordType = 'episode',
  recordId: string | null = episodeId,
): Promise<{ episode: Episode; client: Client }> {
  audit(request, { action, recordType, recordId, clientId: null });
  const actor = actorOf(request);
  const episode = await request.server.repo.episodes.get(actor.clinicId, episodeId);
  if (!episode) throw notFound('episode');
  const client = await clientFor(request, episode.clientId, action, recordType, recordId);
  return { episode, client };
}

/** Staff only, for writes a client may not make (plans, visits, referrals…). */
export function requireStaff(request: FastifyRequest): Actor {
  return requireRole(request, 'owner', 'clinician');
}
