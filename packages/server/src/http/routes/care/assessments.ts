// Assessments and re-assessments: findings kept whole, questionnaires scored by the engine, and every score and
// measurement stored as a dated measure (the keys of docs/progression.md) so progression and goals see it.
import type { ZFindings } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import type { NewMeasureScore } from '../../../db/records.ts';
import { audit, episodeFor, requireStaff } from '../../access.ts';
import { invalidInput } from '../../zod.ts';
import { requireInEpisode, scoreQuestionnaires } from './common.ts';
import { ZAssessment, ZAssessmentCreated, ZEpisodeParams, ZNewAssessment } from './schemas.ts';

type NewAssessmentBody = z.infer<typeof ZNewAssessment>;
type Measured = Omit<NewMeasureScore, 'episodeId'>;
type Findings = z.infer<typeof ZFindings>;

const side = (s: string | undefined): string => (s === undefined ? '' : `:${s}`);

/** Range, functional tests and strength as measures under the keys a plan's measure schedule and goals use. */
export function findingMeasures(findings: Findings | undefined, date: string): Measured[] {
  if (!findings) return [];
  return [
    ...findings.rom.map((r) => ({ date, measure: `rom:${r.joint}:${r.motion}${side(r.side)}`, value: r.degrees })),
    ...findings.functional.map((f) => ({ date, measure: `functional:${f.test}${side(f.side)}`, value: f.value })),
    ...findings.strength.map((s) => ({ date, measure: `strength:${s.muscle}${side(s.side)}`, value: s.grade })),
  ];
}

export const assessmentRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/episodes/:id/assessments', { schema: { tags: ['care'], params: ZEpisodeParams, response: { 200: z.array(ZAssessment) } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'list', 'assessment', null);
    requireStaff(request);
    return app.repo.assessments.list(episode.clinicId, episode.id);
  });

  app.post('/episodes/:id/assessments', { schema: { tags: ['care'], params: ZEpisodeParams, body: ZNewAssessment, response: { 201: ZAssessmentCreated } } }, async (request, reply) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode, client } = await episodeFor(request, id, 'create', 'assessment', null);
    requireStaff(request);
    const body = request.body as NewAssessmentBody;
    requireInEpisode(episode, body.date);
    const answers: Record<string, unknown> = body.questionnaires ?? {};
    const { scores, problems } = scoreQuestionnaires(answers, 'body.questionnaires');
    if (problems.length > 0) throw invalidInput(problems);
    const measures: Measured[] = [
      ...Object.entries(scores).map(([measure, s]) => ({ date: body.date, measure, value: s.score, answers: answers[measure] })),
      ...findingMeasures(body.findings, body.date),
    ];
    const details = {
      kind: 'assessment',
      ...(body.findings ? { findings: body.findings } : {}),
      ...(body.questionnaires ? { questionnaires: body.questionnaires, scores } : {}),
      ...(body.notes !== undefined ? { notes: body.notes } : {}),
      ...(body.details ? { details: body.details } : {}),
    };
    const created = await app.repo.transaction(async (tx) => {
      const assessment = await tx.assessments.add(episode.clinicId, { episodeId: episode.id, date: body.date, details });
      const stored = [];
      for (const m of measures) stored.push(await tx.measures.add(episode.clinicId, { episodeId: episode.id, ...m }));
      return { ...assessment, measures: stored };
    });
    audit(request, { action: 'create', recordType: 'assessment', recordId: created.id, clientId: client.id });
    return reply.status(201).send(created);
  });
  done();
};
