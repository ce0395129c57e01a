// Education assigned to an episode, with the engine's text for each topic: a client reads their own, staff assign.
import { EDUCATION_BY_ID } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { EducationAssignment } from '../../../db/records.ts';
import { audit, episodeFor, requireStaff } from '../../access.ts';
import { ApiError } from '../../errors.ts';
import { authors, requireActive, requireInEpisode, today } from './common.ts';
import { ZAssignTopic, ZEducationAssignment, ZEpisodeParams } from './schemas.ts';

type Author = Awaited<ReturnType<typeof authors>>;

/** An assignment with its topic's text; a topic since removed from the knowledge base keeps its id as its title. */
function withText(a: EducationAssignment, who: Author) {
  const topic = EDUCATION_BY_ID.get(a.topic);
  return {
    id: a.id, topic: a.topic, title: topic?.title ?? a.topic, summary: topic?.summary ?? '', keyPoints: topic?.keyPoints ?? [],
    assignedBy: who(a.assignedBy), assignedOn: a.assignedOn, createdAt: a.createdAt,
  };
}

export const educationRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/episodes/:id/education', { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: z.array(ZEducationAssignment) } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'list', 'education', null);
    const who = await authors(app.repo, episode.clinicId);
    return (await app.repo.education.list(episode.clinicId, episode.id)).map((a) => withText(a, who));
  });

  app.post('/episodes/:id/education', { schema: { tags: ['care'], params: ZEpisodeParams, body: ZAssignTopic, response: { 201: ZEducationAssignment } } }, async (request, reply) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode, client } = await episodeFor(request, id, 'create', 'education', null);
    const actor = requireStaff(request);
    requireActive(episode);
    const body = request.body as z.infer<typeof ZAssignTopic>;
    const on = body.date ?? today(app);
    requireInEpisode(episode, on);
    const existing = (await app.repo.education.list(episode.clinicId, episode.id)).find((a) => a.topic === body.topic);
    if (existing) throw new ApiError('conflict', `"${body.topic}" was already assigned on ${existing.assignedOn}`);
    const assignment = await app.repo.education.assign(episode.clinicId, { episodeId: episode.id, topic: body.topic, assignedBy: actor.user.id, assignedOn: on });
    audit(request, { action: 'create', recordType: 'education', recordId: assignment.id, clientId: client.id });
    return reply.status(201).send(withText(assignment, await authors(app.repo, episode.clinicId)));
  });
  done();
};
