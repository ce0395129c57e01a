// Who is calling: resolved from the session cookie (browsers) or a bearer token (scripts), once per request.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Role, User } from '../db/records.ts';

export interface Actor {
  user: User;
  clinicId: string;
  role: Role;
  /** The session's CSRF token: cookie-authenticated writes must echo it in the x-csrf-token header. */
  csrfToken: string;
  via: 'cookie' | 'bearer';
  sessionId: string;
}

export const SESSION_COOKIE = 'tandem_session';
export const CSRF_HEADER = 'x-csrf-token';

/** A new session token (what the browser holds) and its id (what the database holds: a hash, never the token). */
export function newToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionId(token) };
}

export const sessionId = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** The token a request carries, and how. */
export function tokenOf(request: FastifyRequest): { token: string; via: Actor['via'] } | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { token: header.slice(7).trim(), via: 'bearer' };
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : null;
}
