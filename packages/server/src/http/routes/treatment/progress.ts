// The progress timeline of an episode (services/treatment/progress-timeline.ts), for the client and their clinic's staff.
import { ZProgress, episodeProgress } from '../../../services/treatment/progress-timeline.ts';
import { episodeFor } from '../../access.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZEpisodeParams, ZProgressQuery } from './schemas.ts';

export const progressRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/episodes/:id/progress',
    {
      schema: { tags: ['progress'], params: ZEpisodeParams, querystring: ZProgressQuery, response: { 200: ZProgress } },
    },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'read', 'progress');
      return episodeProgress(app.repo, episode, request.query.asOf);
    },
  );
  done();
};
