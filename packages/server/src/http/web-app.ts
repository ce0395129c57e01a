// Serves the built web app (packages/web/dist): hashed assets cached for a year, the page itself and the service
// worker never cached, and every other browser path answered with the page (the app routes on the client).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** The built app; TANDEM_WEB_ROOT points elsewhere (a build of one's own, e.g. while several people test at once). */
export const WEB_DIST = process.env.TANDEM_WEB_ROOT ?? fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export const hasWebBuild = (root = WEB_DIST): boolean => existsSync(join(root, 'index.html'));

/** Builds the web app with Vite (first start of a fresh checkout); a no-op when a build is there. */
export async function ensureWebBuild(say: (line: string) => void, root = WEB_DIST): Promise<void> {
  if (hasWebBuild(root)) return;
  say('Building the web app (first start only; `npm run build` rebuilds it)…');
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../../../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
}

export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}

/** A browser asking for a page the app routes itself (GET, wants HTML, not the API). */
export const isAppPage = (request: FastifyRequest): boolean =>
  request.method === 'GET' &&
  !request.url.startsWith('/api/') &&
  !request.url.startsWith('/fhir/') &&
  (request.headers.accept ?? '').includes('text/html');

export const sendAppPage = (reply: FastifyReply): FastifyReply =>
  reply.header('cache-control', 'no-cache').sendFile('index.html');
