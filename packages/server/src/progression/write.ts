// Progression on write: every stored change to an episode's log runs the engine in the change's transaction, so the
// decisions and derived programs stored always follow from what is stored.
import type { Entry } from '@tandem/engine';
import type { Episode } from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import type { Problem } from '../http/errors.ts';
import { invalidInput } from '../http/zod.ts';
import { decisionOut, type Outcome } from './outcome.ts';
import { entryProblems, loadEpisodeState, programOn, replay, storeRun, type EpisodeState } from './service.ts';

/** Each logged exercise must be in the home program in force that day, and logged once. */
function requireInProgram(
  state: EpisodeState,
  date: string,
  exercises: readonly { exercise: string }[],
  prefix: string,
): void {
  const program = programOn(state, date).map((p) => p.exercise);
  const problems: Problem[] = [];
  exercises.forEach((log, i) => {
    const field = `${prefix}[${i}].exercise`;
    if (exercises.findIndex((other) => other.exercise === log.exercise) < i)
      problems.push({ field, message: `"${log.exercise}" is logged twice` });
    else if (program.length === 0)
      problems.push({ field, message: `no home program is set on ${date}, so "${log.exercise}" cannot be logged` });
    else if (!program.includes(log.exercise))
      problems.push({
        field,
        message: `"${log.exercise}" is not in the home program on ${date} (prescribed then: ${program.join(', ')})`,
      });
  });
  if (problems.length > 0) throw invalidInput(problems);
}

/**
 * Adds an entry and runs progression, in one transaction: the engine sees the entry first, so an entry it cannot
 * replay (an exercise not prescribed that day, a dose in the wrong unit) is refused with its field and nothing is
 * stored. `prefix` names the entry in the request (`body`); `store` writes the entry (and, for a visit, the visit).
 */
export async function addWithProgression<T>(
  repo: Repository,
  episode: Episode,
  entry: Entry,
  prefix: string,
  store: (tx: Repository) => Promise<T>,
): Promise<{ stored: T; outcome: Outcome }> {
  return repo.transaction(async (tx) => {
    const state = await loadEpisodeState(tx, episode);
    requireInProgram(state, entry.date, entry.exercises, `${prefix}.exercises`);
    const run = replay(state, entry.date, { extra: entry });
    const problems = entryProblems(run, prefix);
    if (problems.entry.length > 0)
      throw invalidInput(problems.entry.map((p) => ({ field: p.path, message: p.message })));
    const stored = await store(tx);
    const decisions = await storeRun(tx, episode, entry.date, run);
    return {
      stored,
      outcome: { decisions: decisions.filter((d) => d.date === entry.date).map(decisionOut), problems: problems.other },
    };
  });
}

/** Re-runs progression after a stored change dated `date`, in the caller's transaction. */
export async function rerun(tx: Repository, episode: Episode, date: string): Promise<Outcome> {
  const state = await loadEpisodeState(tx, episode);
  const run = replay(state, date);
  const decisions = await storeRun(tx, episode, date, run);
  return { decisions: decisions.filter((d) => d.date === date).map(decisionOut), problems: run.problems };
}
