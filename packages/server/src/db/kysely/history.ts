// Rebuilds what storage holds of an engine History for an episode, in the engine's own shapes.
import type { Entry, HistoryGoal } from '@tandem/engine';
import type { Kysely } from 'kysely';
import type { GoalRecord, HomeLogEntry, StoredHistory } from '../records.ts';
import type { Database } from '../schema.ts';
import { omit, parseJson } from './context.ts';
import { loadEntries } from './home-log.ts';
import { goalRows, measureScores, toGoal } from './outcomes.ts';
import { programOf, toPrescription } from './program.ts';

/** An entry as the engine reads it: storage ids and the day's prescription (the engine has its own) left out. */
const toEngineEntry = (e: HomeLogEntry): Entry => ({
  ...omit(e, ['id', 'episodeId', 'clientId', 'createdAt']),
  exercises: e.exercises.map((log) => omit(log, ['prescribed'])),
});

const toHistoryGoal = (g: GoalRecord): HistoryGoal => omit(g, ['id', 'episodeId', 'createdAt']);

export async function storedHistory(
  db: Kysely<Database>,
  clinicId: string,
  episodeId: string,
): Promise<StoredHistory | undefined> {
  const episode = await db
    .selectFrom('episodes')
    .select(['started_on', 'intake'])
    .where('id', '=', episodeId)
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
  if (!episode) return undefined;
  const [program, entries, measures, goals] = await Promise.all([
    programOf(db, episodeId, 'first'),
    loadEntries(db, clinicId, { episodeId }),
    measureScores(db, clinicId, episodeId).execute(),
    goalRows(db, clinicId, episodeId).execute(),
  ]);
  return {
    start: episode.started_on,
    case: parseJson(episode.intake),
    prescription: program.map(toPrescription),
    entries: entries.map(toEngineEntry),
    measures: measures.map((m) => ({ date: m.date, measure: m.measure, value: m.value })),
    goals: goals.map((g) => toHistoryGoal(toGoal(g))),
  };
}
