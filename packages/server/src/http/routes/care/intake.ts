// Intake and screening: a clinician replaces the intake case file; the engine screens it again on the way out.
import { z } from 'zod';
import { saveIntake } from '../../../services/care/intake.ts';
import { screenEpisode } from '../../../services/care/screening.ts';
import { episodeFor, requireStaff } from '../../access.ts';
import { ZEpisode, ZNewEpisode } from '../../schemas.ts';
import type { ZodRoutes } from '../../zod.ts';
import { ZEpisodeParams, ZProblem, ZScreening } from '../../../services/care/care-schemas.ts';

const ZIntake = ZNewEpisode.shape.intake;
const ZEpisodeScreened = ZEpisode.extend({ screening: ZScreening, planConflicts: z.array(ZProblem) });
const ZScreeningWithConflicts = ZScreening.extend({ planConflicts: z.array(ZProblem) });

export const intakeRoutes: ZodRoutes = (app, _options, done) => {
  app.put(
    '/episodes/:id/intake',
    { schema: { tags: ['care'], params: ZEpisodeParams, body: ZIntake, response: { 200: ZEpisodeScreened } } },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'update', 'intake');
      requireStaff(request);
      return saveIntake(app.repo, episode, request.body);
    },
  );

  app.get(
    '/episodes/:id/screening',
    { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: ZScreeningWithConflicts } } },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'read', 'screening');
      requireStaff(request);
      return screenEpisode(app.repo, episode);
    },
  );
  done();
};
