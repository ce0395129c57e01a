// Referrals to another professional: to whom, how soon, and why. Staff only.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { audit, episodeFor, requireStaff } from '../../access.ts';
import { ZEpisodeParams, ZNewReferral, ZReferral } from './schemas.ts';

export const referralRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/episodes/:id/referrals', { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: z.array(ZReferral) } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'list', 'referral', null);
    requireStaff(request);
    return app.repo.referrals.list(episode.clinicId, episode.id);
  });

  app.post('/episodes/:id/referrals', { schema: { tags: ['care'], params: ZEpisodeParams, body: ZNewReferral, response: { 201: ZReferral } } }, async (request, reply) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode, client } = await episodeFor(request, id, 'create', 'referral', null);
    requireStaff(request);
    const referral = await app.repo.referrals.add(episode.clinicId, { episodeId: episode.id, ...(request.body as z.infer<typeof ZNewReferral>) });
    audit(request, { action: 'create', recordType: 'referral', recordId: referral.id, clientId: client.id });
    return reply.status(201).send(referral);
  });
  done();
};
