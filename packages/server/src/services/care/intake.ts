// Replacing an episode's intake case file: its questionnaires must score, and the engine screens it again.
import type { CaseFile, ScreeningResult } from '@tandem/engine';
import { requireActive } from '../../care/episode-rules.ts';
import { scoreQuestionnaires } from '../../care/questionnaires.ts';
import type { Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import type { Problem } from '../../http/errors.ts';
import { invalidInput } from '../../http/zod.ts';
import { screenEpisode } from './screening.ts';

export type ScreenedEpisode = Episode & { screening: ScreeningResult; planConflicts: Problem[] };

export async function saveIntake(repo: Repository, episode: Episode, intake: CaseFile): Promise<ScreenedEpisode> {
  requireActive(episode);
  const { problems } = scoreQuestionnaires(intake.questionnaires, 'body.questionnaires');
  if (problems.length > 0) throw invalidInput(problems);
  const updated = await repo.episodes.updateIntake(episode.clinicId, episode.id, intake);
  const { planConflicts, ...screening } = await screenEpisode(repo, updated);
  return { ...updated, screening, planConflicts };
}
