// Replacing an episode's SMART goals (engine HistoryGoal) while its care plan may still change.
import type { HistoryGoal } from '@tandem/engine';
import { requireActive } from '../../care/episode-rules.ts';
import type { Episode, GoalRecord } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { invalid } from '../../http/errors.ts';

export async function replaceGoals(
  repo: Repository,
  episode: Episode,
  goals: readonly HistoryGoal[],
): Promise<GoalRecord[]> {
  requireActive(episode);
  const early = goals.findIndex((g) => g.start !== undefined && g.start < episode.startedOn);
  if (early >= 0)
    throw invalid(`body[${early}].start`, `a goal cannot start before the episode (${episode.startedOn})`);
  // One statement group in the repository: the old goals go only if every new one is stored.
  return repo.goals.replace(episode.clinicId, episode.id, goals);
}
