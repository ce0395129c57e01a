// A clinician's new home program valid from a date: checked against the episode's screening by the engine's own
// replay, stored, and progression re-run from its date (the logs from then on are replayed against it).
import { parseHistory, progress, type Prescription } from '@tandem/engine';
import type { z } from 'zod';
import type { Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { ApiError, invalid, type Problem } from '../../http/errors.ts';
import { invalidInput } from '../../http/zod.ts';
import { decisionOut } from '../../progression/outcome.ts';
import { loadEpisodeState, oneAtATime, replay, storeRun } from '../../progression/service.ts';
import { programItem } from './program-item.ts';
import type { ZProgramSet, ZSetProgram } from './treatment-schemas.ts';

export type NewProgram = z.infer<typeof ZSetProgram>;

/** Exercises the episode's screening rules out, named under body.exercises, checked by the engine's own replay. */
function screeningProblems(episode: Episode, program: readonly Prescription[], validFrom: string): Problem[] {
  const parsed = parseHistory({
    start: validFrom,
    phases: [{ phase: 'restore', start: validFrom }],
    baseline: { painAtRest: 0 },
    case: episode.intake,
    caseDate: episode.startedOn,
    prescription: program,
  });
  if (!parsed.ok)
    return parsed.problems.map((p) => ({
      field: p.path.replace(/^prescription/, 'body.exercises'),
      message: p.message,
    }));
  const result = progress(parsed.value);
  return result.ok
    ? []
    : result.problems.map((p) => ({ field: p.path.replace(/^prescription/, 'body.exercises'), message: p.message }));
}

export async function setProgram(
  repo: Repository,
  episode: Episode,
  body: NewProgram,
): Promise<z.input<typeof ZProgramSet>> {
  if (body.validFrom < episode.startedOn)
    throw invalid('body.validFrom', `${body.validFrom} is before the episode started (${episode.startedOn})`);
  const problems = screeningProblems(episode, body.exercises, body.validFrom);
  if (problems.length > 0) throw invalidInput(problems);
  const decisions = await oneAtATime(episode.id, () =>
    repo.transaction(async (tx) => {
      await tx.prescriptions.set(episode.clinicId, episode.id, body.validFrom, body.exercises);
      const run = replay(await loadEpisodeState(tx, episode), body.validFrom);
      // The engine replays the logs from this date against the new program; a log it cannot place makes the date wrong.
      const logs = run.problems.filter((p) => p.path.startsWith('entries['));
      if (logs.length > 0) {
        const message = `sessions logged from ${body.validFrom} on do not fit this program (${logs
          .slice(0, 3)
          .map((p) => p.message)
          .join('; ')}); start it after the last of them`;
        throw new ApiError('conflict', `body.validFrom: ${message}`, [{ field: 'body.validFrom', message }]);
      }
      return storeRun(tx, episode, body.validFrom, run);
    }),
  );
  return {
    episodeId: episode.id,
    on: body.validFrom,
    validFrom: body.validFrom,
    origin: 'clinician',
    exercises: body.exercises.map(programItem),
    deload: null,
    decisions: decisions.map(decisionOut),
  };
}
