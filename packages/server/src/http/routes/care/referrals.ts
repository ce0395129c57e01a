// Referrals to another professional: to whom, how soon, and why. Staff only.
import { z } from 'zod';
import { recordReferral } from '../../../services/care/referral.ts';
import { audit, episodeFor, requireStaff } from '../../access.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZEpisodeParams, ZNewReferral, ZReferral } from '../../../services/care/care-schemas.ts';

export const referralRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/episodes/:id/referrals',
    { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: z.array(ZReferral) } } },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'list', 'referral', null);
      requireStaff(request);
      return app.repo.referrals.list(episode.clinicId, episode.id);
    },
  );

  app.post(
    '/episodes/:id/referrals',
    { schema: { tags: ['care'], params: ZEpisodeParams, body: ZNewReferral, response: { 201: ZReferral } } },
    async (request, reply) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'create', 'referral', null);
      requireStaff(request);
      const referral = await recordReferral(app.repo, episode, request.body);
      audit(request, { action: 'create', recordType: 'referral', recordId: referral.id, clientId: client.id });
      return reply.status(201).send(referral);
    },
  );
  done();
};
