// The HTTP API: Fastify 5, JSON under /api/v1, zod-validated in and out, sessions, CSRF, rate limits, audit.
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Repository } from '../db/repository.ts';
import type { AuditTarget } from './access.ts';
import type { Actor } from './actor.ts';
import { signIn } from './sign-in.ts';
import { BODY_LIMIT_BYTES } from './body-limit.ts';
import { ApiError, errorHandler } from './errors.ts';
import { FHIR_PREFIX, fhirRoutes } from '../fhir/routes.ts';
import { routes } from './routes/index.ts';
import { isAppPage, sendAppPage, serveWebApp } from './web-app.ts';
import { openApiTransform, serializerCompiler, validatorCompiler } from './zod.ts';

export interface AppOptions {
  repo: Repository;
  /** The server's clock (tests pass a fixed one). */
  now?: () => Date;
  /** Send cookies only over HTTPS (on behind TLS; off for plain http://localhost). */
  secureCookies?: boolean;
  /** How long a session lasts from sign-in. */
  sessionHours?: number;
  /** Sign-in attempts per minute from one address before 429. */
  loginAttemptsPerMinute?: number;
  logger?: boolean;
  /** The built web app to serve at / (packages/web/dist); none in API-only tests. */
  webRoot?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    repo: Repository;
    now: () => Date;
    config: Required<Omit<AppOptions, 'repo' | 'now' | 'logger' | 'webRoot'>>;
    /** Every route as registered (method and path), for the access matrix and the docs. */
    routeTable: { method: string; path: string }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    auditTarget: AuditTarget | null;
  }
}

const PUBLIC = new Set(['/api/v1/auth/login', '/api/v1/health']);

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES });
  app.decorate('repo', options.repo);
  app.decorate('now', options.now ?? (() => new Date()));
  app.decorate('config', {
    secureCookies: options.secureCookies ?? false,
    sessionHours: options.sessionHours ?? 12,
    loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 10,
  });
  const routeTable: { method: string; path: string }[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, path: route.url });
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('auditTarget', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    if (options.webRoot && isAppPage(request)) return sendAppPage(reply);
    errorHandler(
      new ApiError('not_found', `no route ${request.method} ${request.url.split('?')[0] ?? ''}`),
      request,
      reply,
    );
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Tandem API',
        version: '1',
        description:
          'Integrated manual therapy and exercise care. Sign in with POST /api/v1/auth/login; send the x-csrf-token header with cookie-authenticated writes, or use Authorization: Bearer with the session token.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: openApiTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/') || PUBLIC.has(request.url.split('?')[0] ?? '')) return;
    await signIn(request);
  });

  // Every touch of client data is audited with its outcome, before the response leaves (so no access goes unlogged).
  app.addHook('onSend', async (request, reply, payload) => {
    const target = request.auditTarget;
    if (!target) return payload;
    const status = reply.statusCode;
    await app.repo.audit.record({
      ...target,
      clinicId: request.actor?.clinicId ?? null,
      actorUserId: request.actor?.user.id ?? null,
      at: app.now().toISOString(),
      outcome: status < 400 ? 'success' : status === 403 || status === 404 || status === 401 ? 'denied' : 'error',
      detail: `${request.method} ${request.url.split('?')[0] ?? ''} → ${status}`,
    });
    return payload;
  });

  if (options.webRoot) await serveWebApp(app, options.webRoot);
  app.get('/api/v1/health', { schema: { hide: true } }, () => ({ ok: true }));
  await app.register(routes, { prefix: '/api/v1' });
  await app.register(fhirRoutes, { prefix: FHIR_PREFIX });
  return app;
}
