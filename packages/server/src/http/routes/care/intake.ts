// Intake and screening: a clinician replaces the intake case file; the engine screens it again on the way out.
import { screenCase, type CaseFile } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { Repository } from '../../../db/repository.ts';
import { episodeFor, requireStaff } from '../../access.ts';
import type { Problem } from '../../errors.ts';
import { invalidInput } from '../../zod.ts';
import { ZEpisode, ZNewEpisode } from '../../schemas.ts';
import { requireActive, scoreQuestionnaires } from './common.ts';
import { planSafetyProblems } from './safety.ts';
import { ZEpisodeParams, ZProblem, ZScreening } from './schemas.ts';

const ZIntake = ZNewEpisode.shape.intake;
const ZEpisodeScreened = ZEpisode.extend({ screening: ZScreening, planConflicts: z.array(ZProblem) });
const ZScreeningWithConflicts = ZScreening.extend({ planConflicts: z.array(ZProblem) });

/** What in the current plan the screening now restricts (after an intake change the plan may need regenerating). */
export async function planConflicts(repo: Repository, clinicId: string, episodeId: string, screening: ReturnType<typeof screenCase>): Promise<Problem[]> {
  const current = await repo.plans.current(clinicId, episodeId);
  return current ? planSafetyProblems(current.document, screening) : [];
}

export const intakeRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.put('/episodes/:id/intake', { schema: { tags: ['care'], params: ZEpisodeParams, body: ZIntake, response: { 200: ZEpisodeScreened } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'update', 'intake');
    requireStaff(request);
    requireActive(episode);
    const intake = request.body as CaseFile;
    const { problems } = scoreQuestionnaires(intake.questionnaires, 'body.questionnaires');
    if (problems.length > 0) throw invalidInput(problems);
    const updated = await app.repo.episodes.updateIntake(episode.clinicId, episode.id, intake);
    const screening = screenCase(updated.intake);
    return { ...updated, screening, planConflicts: await planConflicts(app.repo, episode.clinicId, episode.id, screening) };
  });

  app.get('/episodes/:id/screening', { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: ZScreeningWithConflicts } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'read', 'screening');
    requireStaff(request);
    const screening = screenCase(episode.intake);
    return { ...screening, planConflicts: await planConflicts(app.repo, episode.clinicId, episode.id, screening) };
  });
  done();
};
