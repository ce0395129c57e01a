// The pain the morning after a session completes its log: stored on the entry, then progression re-runs from its date.
import type { Episode, HomeLogEntry } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { invalid } from '../../http/errors.ts';
import type { Outcome } from '../../progression/outcome.ts';
import { oneAtATime } from '../../progression/service.ts';
import { rerun } from '../../progression/write.ts';

export interface NextMorningInput {
  episode: Episode;
  entry: HomeLogEntry;
  exercise: string;
  pain: number;
}

export async function recordNextMorning(
  repo: Repository,
  { episode, entry: found, exercise, pain }: NextMorningInput,
): Promise<Outcome & { entry: HomeLogEntry }> {
  const log = found.exercises.find((e) => e.exercise === exercise);
  if (!log)
    throw invalid(
      'body.exercise',
      `"${exercise}" is not logged in this entry (logged: ${found.exercises.map((e) => e.exercise).join(', ') || 'nothing'})`,
    );
  if (log.done === null || log.done.sets === 0)
    throw invalid('body.exercise', `"${exercise}" was not done that day, so it has no next-morning response`);
  const { entry, outcome } = await oneAtATime(episode.id, () =>
    repo.transaction(async (tx) => {
      const updated = await tx.homeLog.recordNextMorning(episode.clinicId, found.id, exercise, pain);
      return { entry: updated, outcome: await rerun(tx, episode, updated.date) };
    }),
  );
  return { entry, ...outcome };
}
