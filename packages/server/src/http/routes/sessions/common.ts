// What the session routes share: the dates a log may carry, the program check of logged exercises, program items
// with their names and illustrations, and the progression run that follows every write.
import { EXERCISES_BY_ID, addDays, type Entry, type Prescription } from '@tandem/engine';
import type { FastifyInstance } from 'fastify';
import type { Episode, NewProgressionDecision } from '../../../db/records.ts';
import type { Repository } from '../../../db/repository.ts';
import { entryProblems, loadEpisodeState, programOn, replay, storeRun, type EpisodeState } from '../../../progression/service.ts';
import { invalid, type Problem } from '../../errors.ts';
import { invalidInput } from '../../zod.ts';

export const today = (app: FastifyInstance): string => app.now().toISOString().slice(0, 10);

/** A log's date: inside the episode, and not after tomorrow ([P] the client's time zone may be a day ahead). */
export function requireLogDate(app: FastifyInstance, episode: Episode, date: string, field = 'body.date'): void {
  if (date < episode.startedOn) throw invalid(field, `${date} is before the episode started (${episode.startedOn})`);
  if (date > addDays(today(app), 1)) throw invalid(field, `${date} is in the future; log a session once it is done`);
}

/** Each logged exercise must be in the home program in force that day, and logged once. */
export function requireInProgram(state: EpisodeState, date: string, exercises: readonly { exercise: string }[], prefix = 'body.exercises'): void {
  const program = programOn(state, date).map((p) => p.exercise);
  const problems: Problem[] = [];
  exercises.forEach((log, i) => {
    const field = `${prefix}[${i}].exercise`;
    if (exercises.findIndex((other) => other.exercise === log.exercise) < i) problems.push({ field, message: `"${log.exercise}" is logged twice` });
    else if (program.length === 0) problems.push({ field, message: `no home program is set on ${date}, so "${log.exercise}" cannot be logged` });
    else if (!program.includes(log.exercise)) problems.push({ field, message: `"${log.exercise}" is not in the home program on ${date} (prescribed then: ${program.join(', ')})` });
  });
  if (problems.length > 0) throw invalidInput(problems);
}

export interface Outcome {
  decisions: ReturnType<typeof decisionOut>[];
  problems: { path: string; message: string }[];
}

export const decisionOut = (d: NewProgressionDecision) => ({
  date: d.date, scope: d.scope, exercise: d.exercise, decision: d.decision, ruleId: d.ruleId, rationale: d.rationale, inputs: d.inputs, action: d.action ?? null,
});

/**
 * Adds an entry and runs progression, in one transaction: the engine sees the entry first, so an entry it cannot
 * replay (an exercise not prescribed that day, a dose in the wrong unit) is refused with its field and nothing is
 * stored. `prefix` names the entry in the request (`body`); `store` writes the entry (and, for a visit, the visit).
 */
export async function addWithProgression<T>(
  repo: Repository, episode: Episode, entry: Entry, prefix: string, store: (tx: Repository) => Promise<T>,
): Promise<{ stored: T; outcome: Outcome }> {
  return repo.transaction(async (tx) => {
    const state = await loadEpisodeState(tx, episode);
    requireInProgram(state, entry.date, entry.exercises, `${prefix}.exercises`);
    const run = replay(state, entry.date, { extra: entry });
    const problems = entryProblems(run, prefix);
    if (problems.entry.length > 0) throw invalidInput(problems.entry.map((p) => ({ field: p.path, message: p.message })));
    const stored = await store(tx);
    const decisions = await storeRun(tx, episode, entry.date, run);
    return { stored, outcome: { decisions: decisions.filter((d) => d.date === entry.date).map(decisionOut), problems: problems.other } };
  });
}

/** Re-runs progression after a stored change dated `date`, in the caller's transaction. */
export async function rerun(tx: Repository, episode: Episode, date: string): Promise<Outcome> {
  const state = await loadEpisodeState(tx, episode);
  const run = replay(state, date);
  const decisions = await storeRun(tx, episode, date, run);
  return { decisions: decisions.filter((d) => d.date === date).map(decisionOut), problems: run.problems };
}

/** A prescription as the client's home program shows it: name, cues, safety notes and the illustration. */
export function programItem(p: Prescription) {
  const exercise = EXERCISES_BY_ID.get(p.exercise);
  return {
    ...p,
    name: exercise?.name ?? p.exercise,
    cues: exercise?.cues ?? [],
    safety: exercise?.safety ?? [],
    illustration: {
      id: p.exercise,
      keyframes: (exercise?.illustration.keyframes ?? []).map((k) => ({ pose: k.pose, ...(k.mirror !== undefined && { mirror: k.mirror }) })),
      props: [...(exercise?.illustration.props ?? exercise?.equipment ?? [])],
    },
  };
}
