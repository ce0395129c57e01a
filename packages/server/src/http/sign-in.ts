// Who is calling, for /api/v1 and /fhir alike: the session cookie (browsers) or the session token as a bearer token,
// and for cookie-authenticated writes the CSRF double submit (cookies ride along with cross-site requests).
import type { FastifyRequest } from 'fastify';
import { CSRF_HEADER, sessionId, tokenOf } from './actor.ts';
import { ApiError } from './errors.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function signIn(request: FastifyRequest): Promise<void> {
  const token = tokenOf(request);
  if (!token)
    throw new ApiError(
      'unauthenticated',
      'sign in first: send the session cookie, or Authorization: Bearer with the session token',
    );
  const found = await request.server.repo.sessions.get(sessionId(token.token));
  if (!found) throw new ApiError('unauthenticated', 'your session has ended; sign in again');
  request.actor = {
    user: found.user,
    clinicId: found.user.clinicId,
    role: found.user.role,
    csrfToken: found.session.csrfToken,
    via: token.via,
    sessionId: found.session.id,
  };
  if (
    token.via === 'cookie' &&
    UNSAFE.has(request.method) &&
    request.headers[CSRF_HEADER] !== found.session.csrfToken
  ) {
    throw new ApiError('csrf', `missing or wrong ${CSRF_HEADER} header`);
  }
}
