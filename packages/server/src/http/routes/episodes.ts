// Episodes of care: opened from an intake (screened by the engine on the way in), read, listed per client.
import { screenCase } from '@tandem/engine';
import { z } from 'zod';
import { clientFor, episodeFor, requireStaff } from '../access.ts';
import { ZEpisode, ZIdParams, ZNewEpisode } from '../schemas.ts';
import type { ZodRoutes } from '../zod.ts';

const ZEpisodeWithScreen = ZEpisode.extend({ screening: z.unknown() });

export const episodeRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/clients/:id/episodes',
    { schema: { tags: ['episodes'], params: ZIdParams, response: { 200: z.array(ZEpisode) } } },
    async (request) => {
      const { id } = request.params;
      const client = await clientFor(request, id, 'list', 'episode', null);
      return app.repo.episodes.list(client.clinicId, { clientId: client.id });
    },
  );

  app.post(
    '/clients/:id/episodes',
    { schema: { tags: ['episodes'], params: ZIdParams, body: ZNewEpisode, response: { 201: ZEpisodeWithScreen } } },
    async (request, reply) => {
      const { id } = request.params;
      const client = await clientFor(request, id, 'create', 'episode', null);
      requireStaff(request);
      const body = request.body;
      const episode = await app.repo.episodes.create(client.clinicId, {
        clientId: client.id,
        startedOn: body.startedOn,
        intake: body.intake,
      });
      request.auditTarget = { action: 'create', recordType: 'episode', recordId: episode.id, clientId: client.id };
      return reply.status(201).send({ ...episode, screening: screenCase(body.intake) });
    },
  );

  app.get(
    '/episodes/:id',
    { schema: { tags: ['episodes'], params: ZIdParams, response: { 200: ZEpisodeWithScreen } } },
    async (request) => {
      const { id } = request.params;
      const { episode } = await episodeFor(request, id, 'read');
      return { ...episode, screening: screenCase(episode.intake) };
    },
  );
  done();
};
