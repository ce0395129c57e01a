// The home program: what the client does at home on a date (with names, cues and illustrations, and a running deload
// week's lighter doses), and a clinician's new program valid from a date, checked against the episode's screening.
import { parseHistory, progress, type Prescription } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';
import type { Episode, ProgressionDecision } from '../../../db/records.ts';
import { asPrescription, loadEpisodeState, oneAtATime, replay, storeRun } from '../../../progression/service.ts';
import { episodeFor, requireStaff } from '../../access.ts';
import { ApiError, invalid, type Problem } from '../../errors.ts';
import { invalidInput } from '../../zod.ts';
import { decisionOut, programItem, today } from './common.ts';
import { ZEpisodeParams, ZPrescriptionQuery, ZProgram, ZProgramSet, ZSetProgram } from './schemas.ts';

/** The deload week running on a date, from the latest fatigue decision (a flare after it ends it, as in the engine). */
export function deloadOn(decisions: readonly ProgressionDecision[], on: string): { until: string; prescription: Prescription[] } | null {
  const latest = decisions.findLast((d) => d.scope === 'episode' && (d.decision === 'fatigue' || d.decision === 'setback') && d.date <= on);
  const action = latest?.decision === 'fatigue' ? latest.action : null;
  if (!action || typeof action.until !== 'string' || action.until < on || !Array.isArray(action.prescription)) return null;
  return { until: action.until, prescription: action.prescription as Prescription[] };
}

/** Exercises the episode's screening rules out, named under body.exercises, checked by the engine's own replay. */
function screeningProblems(episode: Episode, program: readonly Prescription[], validFrom: string): Problem[] {
  const parsed = parseHistory({ start: validFrom, phases: [{ phase: 'restore', start: validFrom }], baseline: { painAtRest: 0 }, case: episode.intake, prescription: program });
  if (!parsed.ok) return parsed.problems.map((p) => ({ field: p.path.replace(/^prescription/, 'body.exercises'), message: p.message }));
  const result = progress(parsed.value);
  return result.ok ? [] : result.problems.map((p) => ({ field: p.path.replace(/^prescription/, 'body.exercises'), message: p.message }));
}

export const prescriptionRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/episodes/:id/prescription', {
    schema: { tags: ['home program'], params: ZEpisodeParams, querystring: ZPrescriptionQuery, response: { 200: ZProgram } },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const on = (request.query as z.infer<typeof ZPrescriptionQuery>).on ?? today(app);
    const { episode } = await episodeFor(request, id, 'read', 'prescription');
    const [records, decisions] = await Promise.all([
      app.repo.prescriptions.current(episode.clinicId, episode.id, on),
      app.repo.decisions.list(episode.clinicId, episode.id),
    ]);
    const deload = deloadOn(decisions, on);
    return {
      episodeId: episode.id,
      on,
      validFrom: records[0]?.validFrom ?? null,
      origin: records[0]?.origin ?? null,
      exercises: records.map((r) => programItem(asPrescription(r))),
      deload: deload && { until: deload.until, exercises: deload.prescription.map(programItem) },
    };
  });

  app.put('/episodes/:id/prescription', {
    schema: { tags: ['home program'], params: ZEpisodeParams, body: ZSetProgram, response: { 200: ZProgramSet } },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode } = await episodeFor(request, id, 'update', 'prescription');
    requireStaff(request);
    const body = request.body as z.infer<typeof ZSetProgram>;
    if (body.validFrom < episode.startedOn) throw invalid('body.validFrom', `${body.validFrom} is before the episode started (${episode.startedOn})`);
    const problems = screeningProblems(episode, body.exercises, body.validFrom);
    if (problems.length > 0) throw invalidInput(problems);
    const decisions = await oneAtATime(episode.id, () => app.repo.transaction(async (tx) => {
      await tx.prescriptions.set(episode.clinicId, episode.id, body.validFrom, body.exercises);
      const run = replay(await loadEpisodeState(tx, episode), body.validFrom);
      // The engine replays the logs from this date against the new program; a log it cannot place makes the date wrong.
      const logs = run.problems.filter((p) => p.path.startsWith('entries['));
      if (logs.length > 0) {
        const message = `sessions logged from ${body.validFrom} on do not fit this program (${logs.slice(0, 3).map((p) => p.message).join('; ')}); start it after the last of them`;
        throw new ApiError('conflict', `body.validFrom: ${message}`, [{ field: 'body.validFrom', message }]);
      }
      return storeRun(tx, episode, body.validFrom, run);
    }));
    return {
      episodeId: episode.id,
      on: body.validFrom,
      validFrom: body.validFrom,
      origin: 'clinician' as const,
      exercises: body.exercises.map(programItem),
      deload: null,
      decisions: decisions.map(decisionOut),
    };
  });
  done();
};
