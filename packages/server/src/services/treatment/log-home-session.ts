// Logging a session against the home program in force that day: the entry and the progression run it starts are
// stored together, or nothing is. An entry sent again with its key (an offline phone retrying) is stored once.
import type { Entry } from '@tandem/engine';
import type { Episode, HomeLogEntry, Idempotency } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { storedOutcome, type Outcome } from '../../progression/outcome.ts';
import { oneAtATime } from '../../progression/service.ts';
import { addWithProgression } from '../../progression/write.ts';
import { requireLogDate } from './log-date.ts';
import { once } from './once.ts';

export interface HomeSessionInput {
  episode: Episode;
  entry: Entry;
  idempotency: Idempotency | null;
  today: string;
}

export interface LoggedSession {
  logged: Outcome & { entry: HomeLogEntry };
  /** True when the key's entry was stored before and nothing new was. */
  replayed: boolean;
}

export async function logHomeSession(
  repo: Repository,
  { episode, entry, idempotency, today }: HomeSessionInput,
): Promise<LoggedSession> {
  requireLogDate(episode, entry.date, today);
  const { value, replayed } = await oneAtATime(episode.id, () =>
    once(
      idempotency,
      async (key) => {
        const found = await repo.homeLog.findByIdempotencyKey(episode.clinicId, episode.id, key);
        return (
          found && {
            value: { stored: found.entry, outcome: await storedOutcome(repo, episode, found.entry.date) },
            hash: found.hash,
          }
        );
      },
      () =>
        addWithProgression(repo, episode, entry, 'body', (tx) =>
          tx.homeLog.add(episode.clinicId, { ...entry, episodeId: episode.id, ...(idempotency && { idempotency }) }),
        ),
    ),
  );
  return { logged: { entry: value.stored, ...value.outcome }, replayed };
}
