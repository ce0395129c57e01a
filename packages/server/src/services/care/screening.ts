// The safety screen of an episode's intake, with what in the current plan it now restricts (after an intake change
// the plan may need regenerating).
import { screenCase, type ScreeningResult } from '@tandem/engine';
import { planSafetyProblems } from '../../care/plan-safety.ts';
import type { Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import type { Problem } from '../../http/errors.ts';

export type EpisodeScreening = ScreeningResult & { planConflicts: Problem[] };

export async function screenEpisode(repo: Repository, episode: Episode): Promise<EpisodeScreening> {
  const screening = screenCase(episode.intake);
  const current = await repo.plans.current(episode.clinicId, episode.id);
  return { ...screening, planConflicts: current ? planSafetyProblems(current.document, episode.intake) : [] };
}
