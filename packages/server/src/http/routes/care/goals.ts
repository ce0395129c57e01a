// SMART goals as the progression engine tracks them (engine ZHistoryGoal): a client reads their own, staff replace them.
import { z } from 'zod';
import { replaceGoals } from '../../../services/care/goals.ts';
import { episodeFor, requireStaff } from '../../access.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZEpisodeParams, ZGoal, ZGoalsBody } from '../../../services/care/care-schemas.ts';

export const goalRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/episodes/:id/goals',
    { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: z.array(ZGoal) } } },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'list', 'goal', null);
      return app.repo.goals.list(episode.clinicId, episode.id);
    },
  );

  app.put(
    '/episodes/:id/goals',
    { schema: { tags: ['care'], params: ZEpisodeParams, body: ZGoalsBody, response: { 200: z.array(ZGoal) } } },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'update', 'goal', null);
      requireStaff(request);
      return replaceGoals(app.repo, episode, request.body);
    },
  );
  done();
};
