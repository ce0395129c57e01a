// SMART goals as the progression engine tracks them (engine ZHistoryGoal): a client reads their own, staff replace them.
import type { HistoryGoal } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { episodeFor, requireStaff } from '../../access.ts';
import { invalid } from '../../errors.ts';
import { requireActive } from './common.ts';
import { ZEpisodeParams, ZGoal, ZGoalsBody } from './schemas.ts';

export const goalRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/episodes/:id/goals', { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: z.array(ZGoal) } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'list', 'goal', null);
    return app.repo.goals.list(episode.clinicId, episode.id);
  });

  app.put('/episodes/:id/goals', { schema: { tags: ['care'], params: ZEpisodeParams, body: ZGoalsBody, response: { 200: z.array(ZGoal) } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'update', 'goal', null);
    requireStaff(request);
    requireActive(episode);
    const goals = request.body as HistoryGoal[];
    const early = goals.findIndex((g) => g.start !== undefined && g.start < episode.startedOn);
    if (early >= 0) throw invalid(`body[${early}].start`, `a goal cannot start before the episode (${episode.startedOn})`);
    // One statement group in the repository: the old goals go only if every new one is stored.
    return app.repo.goals.replace(episode.clinicId, episode.id, goals);
  });
  done();
};
