// Discharge: the episode closes with a summary, a maintenance program and booked follow-up check-ins (see the service).
import { dischargeEpisode } from '../../../services/care/discharge.ts';
import { audit, episodeFor, requireStaff } from '../../access.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZDischarge, ZDischarged, ZEpisodeParams } from '../../../services/care/care-schemas.ts';

export const dischargeRoutes: ZodRoutes = (app, _options, done) => {
  app.post(
    '/episodes/:id/discharge',
    { schema: { tags: ['care'], params: ZEpisodeParams, body: ZDischarge, response: { 200: ZDischarged } } },
    async (request) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'discharge');
      const actor = requireStaff(request);
      const discharged = await dischargeEpisode(app.repo, episode, request.body, actor.user.id);
      audit(request, { action: 'discharge', recordType: 'episode', recordId: episode.id, clientId: client.id });
      return discharged;
    },
  );
  done();
};
