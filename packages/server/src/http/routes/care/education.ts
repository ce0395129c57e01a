// Education assigned to an episode, with the engine's text for each topic: a client reads their own, staff assign.
import { z } from 'zod';
import { authors } from '../../../care/authors.ts';
import { educationWithText } from '../../../care/education-text.ts';
import { assignTopic } from '../../../services/care/education.ts';
import { audit, episodeFor, requireStaff } from '../../access.ts';
import type { ZodRoutes } from '../../zod.ts';
import { today } from '../../today.ts';
import { ZAssignTopic, ZEducationAssignment, ZEpisodeParams } from '../../../services/care/care-schemas.ts';

export const educationRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/episodes/:id/education',
    { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: z.array(ZEducationAssignment) } } },
    async (request) => {
      const { episode } = await episodeFor(request, request.params.id, 'list', 'education', null);
      const who = await authors(app.repo, episode.clinicId);
      return (await app.repo.education.list(episode.clinicId, episode.id)).map((a) => educationWithText(a, who));
    },
  );

  app.post(
    '/episodes/:id/education',
    { schema: { tags: ['care'], params: ZEpisodeParams, body: ZAssignTopic, response: { 201: ZEducationAssignment } } },
    async (request, reply) => {
      const { episode, client } = await episodeFor(request, request.params.id, 'create', 'education', null);
      const actor = requireStaff(request);
      const assignment = await assignTopic(app.repo, {
        episode,
        ...request.body,
        assignedBy: actor.user.id,
        today: today(app),
      });
      audit(request, { action: 'create', recordType: 'education', recordId: assignment.id, clientId: client.id });
      return reply.status(201).send(assignment);
    },
  );
  done();
};
