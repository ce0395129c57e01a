// Sign in, sign out, and who am I. Failed sign-ins count toward a lockout; the route is rate limited per address.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { verifyPassword } from '../../auth/passwords.ts';
import type { User } from '../../db/records.ts';
import { actorOf } from '../access.ts';
import { newToken, SESSION_COOKIE } from '../actor.ts';
import { ApiError } from '../errors.ts';
import { ZLogin, ZSessionInfo } from '../schemas.ts';
import type { ZodRoutes } from '../zod.ts';

/** [P] OWASP: lock after a handful of failures, for long enough to stop guessing, short enough not to strand staff. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

const publicUser = ({ passwordHash: _hash, failedLogins: _failed, lockedUntil: _locked, ...user }: User) => user;

export const authRoutes: ZodRoutes = (app, _options, done) => {
  const clientIdOf = async (user: User) => (user.role === 'client' ? (await app.repo.clients.findByUser(user.clinicId, user.id))?.id ?? null : null);

  app.post('/auth/login', {
    config: { rateLimit: { max: app.config.loginAttemptsPerMinute, timeWindow: '1 minute' } },
    schema: { tags: ['auth'], body: ZLogin, response: { 200: ZSessionInfo } },
  }, async (request, reply) => {
    const { email, password } = request.body;
    const now = app.now();
    const user = await app.repo.users.findByEmail(email);
    const refuse = async (code: 'unauthenticated' | 'locked', message: string, who: User | undefined) => {
      await app.repo.audit.record({ action: 'login', recordType: 'user', recordId: who?.id ?? null, clinicId: who?.clinicId ?? null, actorUserId: who?.id ?? null, outcome: 'denied', at: now.toISOString(), detail: message });
      return new ApiError(code, message);
    };
    if (user?.lockedUntil && user.lockedUntil > now.toISOString()) throw await refuse('locked', `too many failed sign-ins; try again after ${user.lockedUntil}`, user);
    // Verify against a real hash even for an unknown e-mail, so timing does not reveal which e-mails exist.
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok) {
      if (user) await app.repo.users.recordFailedLogin(user.id, { lockAfter: LOCK_AFTER_FAILURES, lockUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() });
      throw await refuse('unauthenticated', 'wrong e-mail or password', user);
    }
    await app.repo.users.clearFailedLogins(user.id);
    const { token, id } = newToken();
    const expiresAt = new Date(now.getTime() + app.config.sessionHours * 3_600_000).toISOString();
    const csrfToken = newToken().token;
    await app.repo.sessions.create({ id, userId: user.id, csrfToken, expiresAt });
    await app.repo.audit.record({ action: 'login', recordType: 'user', recordId: user.id, clinicId: user.clinicId, actorUserId: user.id, outcome: 'success', at: now.toISOString(), detail: null });
    setSessionCookie(reply, token, expiresAt, app.config.secureCookies);
    // The token is also returned, for scripts that call the API with Authorization: Bearer.
    void reply.header('x-session-token', token);
    return { user: publicUser(user), csrfToken, clientId: await clientIdOf(user), expiresAt };
  });

  app.post('/auth/logout', { schema: { tags: ['auth'], response: { 204: z.null() } } }, async (request, reply) => {
    const actor = actorOf(request);
    await app.repo.sessions.delete(actor.sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: ZSessionInfo } } }, async (request) => {
    const actor = actorOf(request);
    const found = await app.repo.sessions.get(actor.sessionId);
    return { user: publicUser(actor.user), csrfToken: actor.csrfToken, clientId: await clientIdOf(actor.user), expiresAt: found?.session.expiresAt ?? '' };
  });
  done();
};

function setSessionCookie(reply: FastifyReply, token: string, expiresAt: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure, expires: new Date(expiresAt) });
}

/** An argon2id hash of a random string: unknown e-mails cost the same time as known ones. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$5UrbXqFcKYSyhkb9n3IqAw$D17irbJbsSYFQkSndlzbskykI4F1YQ7anGIujXAV14w';

export { publicUser };
