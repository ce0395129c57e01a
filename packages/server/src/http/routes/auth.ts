// Sign in (services/staff/log-in.ts), sign out, and who am I. The sign-in route is rate limited per address.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { logIn } from '../../services/staff/log-in.ts';
import { sessionInfo } from '../../services/staff/session-info.ts';
import { actorOf } from '../access.ts';
import { SESSION_COOKIE } from '../actor.ts';
import { ZLogin, ZSessionInfo } from '../schemas.ts';
import type { ZodRoutes } from '../zod.ts';

export const authRoutes: ZodRoutes = (app, _options, done) => {
  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: app.config.loginAttemptsPerMinute, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], body: ZLogin, response: { 200: ZSessionInfo } },
    },
    async (request, reply) => {
      const { token, session } = await logIn(app.repo, {
        ...request.body,
        now: app.now(),
        sessionHours: app.config.sessionHours,
      });
      setSessionCookie(reply, token, session.expiresAt, app.config.secureCookies);
      // The token is also returned, for scripts that call the API with Authorization: Bearer.
      void reply.header('x-session-token', token);
      return session;
    },
  );

  app.post('/auth/logout', { schema: { tags: ['auth'], response: { 204: z.null() } } }, async (request, reply) => {
    const actor = actorOf(request);
    await app.repo.sessions.delete(actor.sessionId);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.get('/auth/me', { schema: { tags: ['auth'], response: { 200: ZSessionInfo } } }, async (request) => {
    const actor = actorOf(request);
    const found = await app.repo.sessions.get(actor.sessionId);
    return sessionInfo(app.repo, actor.user, actor.csrfToken, found?.session.expiresAt ?? '');
  });
  done();
};

function setSessionCookie(reply: FastifyReply, token: string, expiresAt: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure,
    expires: new Date(expiresAt),
  });
}
