// What the care routes share: the state an episode must be in, today's date, authors' names, questionnaire scoring.
import { INSTRUMENTS, scoreInstrument, ZInstrumentId, type ScoreResult } from '@tandem/engine';
import type { FastifyInstance } from 'fastify';
import type { Episode } from '../../../db/records.ts';
import type { Repository } from '../../../db/repository.ts';
import { ApiError, invalid, type Problem } from '../../errors.ts';

/** Changes to the care plan stop at discharge (follow-up measures and referrals may still be recorded). */
export function requireActive(episode: Episode): void {
  if (episode.status === 'discharged') throw new ApiError('conflict', `the episode was discharged on ${episode.dischargedOn ?? '?'}; open a new episode to change the care plan`);
}

/** A date inside the episode: not before it started. */
export function requireInEpisode(episode: Episode, date: string, field = 'body.date'): void {
  if (date < episode.startedOn) throw invalid(field, `${date} is before the episode started (${episode.startedOn})`);
}

export const today = (app: FastifyInstance): string => app.now().toISOString().slice(0, 10);

/** Names of the clinic's staff by id, for "who" columns. */
export async function authors(repo: Repository, clinicId: string): Promise<(id: string) => { id: string; name: string }> {
  const names = new Map((await repo.users.list(clinicId)).map((u) => [u.id, u.name]));
  return (id) => ({ id, name: names.get(id) ?? 'former staff member' });
}

/** Each questionnaire scored by the engine; bad answers are problems named under `prefix` (`body.questionnaires.odi[2]`). */
export function scoreQuestionnaires(questionnaires: Readonly<Record<string, unknown>>, prefix: string): { scores: Record<string, ScoreResult>; problems: Problem[] } {
  const scores: Record<string, ScoreResult> = {};
  const problems: Problem[] = [];
  for (const [key, answers] of Object.entries(questionnaires)) {
    const id = ZInstrumentId.safeParse(key);
    if (!id.success) {
      problems.push({ field: `${prefix}.${key}`, message: `unknown instrument "${key}"` });
      continue;
    }
    const scored = scoreInstrument(id.data, answers);
    if (scored.ok) scores[key] = scored.value;
    else {
      problems.push(...scored.problems.map((p) => ({
        field: `${prefix}.${key}${p.path === '' || p.path.startsWith('[') ? p.path : `.${p.path}`}`,
        message: `${INSTRUMENTS[id.data].name}: ${p.message}`,
      })));
    }
  }
  return { scores, problems };
}
