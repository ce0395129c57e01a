// Assessments and re-assessments: staff list them and record new ones (scored and stored as measures by the service).
import { z } from 'zod';
import { recordAssessment } from '../../../services/care/assessment.ts';
import { audit, episodeFor, requireStaff } from '../../access.ts';
import type { ZodRoutes } from '../../zod.ts';
import {
  ZAssessment,
  ZAssessmentCreated,
  ZEpisodeParams,
  ZNewAssessment,
} from '../../../services/care/care-schemas.ts';

export const assessmentRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/episodes/:id/assessments',
    { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: z.array(ZAssessment) } } },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'list', 'assessment', null);
      requireStaff(request);
      return app.repo.assessments.list(episode.clinicId, episode.id);
    },
  );

  app.post(
    '/episodes/:id/assessments',
    { schema: { tags: ['care'], params: ZEpisodeParams, body: ZNewAssessment, response: { 201: ZAssessmentCreated } } },
    async (request, reply) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'create', 'assessment', null);
      requireStaff(request);
      const created = await recordAssessment(app.repo, episode, request.body);
      audit(request, { action: 'create', recordType: 'assessment', recordId: created.id, clientId: client.id });
      return reply.status(201).send(created);
    },
  );
  done();
};
