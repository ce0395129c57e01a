// Assigning one education topic to an episode, once: a topic already assigned is a conflict.
import { authors } from '../../care/authors.ts';
import { educationWithText } from '../../care/education-text.ts';
import { requireActive, requireInEpisode } from '../../care/episode-rules.ts';
import type { Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { ApiError } from '../../http/errors.ts';

export interface TopicAssignment {
  episode: Episode;
  topic: string;
  /** When it was assigned; `today` when left out. */
  date?: string | undefined;
  assignedBy: string;
  today: string;
}

export async function assignTopic(
  repo: Repository,
  input: TopicAssignment,
): Promise<ReturnType<typeof educationWithText>> {
  const { episode, topic } = input;
  requireActive(episode);
  const on = input.date ?? input.today;
  requireInEpisode(episode, on);
  const existing = (await repo.education.list(episode.clinicId, episode.id)).find((a) => a.topic === topic);
  if (existing) throw new ApiError('conflict', `"${topic}" was already assigned on ${existing.assignedOn}`);
  const assignment = await repo.education.assign(episode.clinicId, {
    episodeId: episode.id,
    topic,
    assignedBy: input.assignedBy,
    assignedOn: on,
  });
  return educationWithText(assignment, await authors(repo, episode.clinicId));
}
