// Daily log entries (at home or at a visit) with their exercise logs, each beside the prescription of that day.
import type { Kysely, Selectable } from 'kysely';
import type { HomeLogEntry, LoggedExercise, Period } from '../records.ts';
import type { HomeLogStore } from '../repository.ts';
import type { Database, ExerciseLogsTable, HomeLogEntriesTable } from '../schema.ts';
import { compact, found, notFound, omit, opt, requireEpisode, write, type Context } from './context.ts';
import { doneCells, doneOf, prescribedCells, prescribedOf } from './dose-columns.ts';
import { programOf, toPrescription } from './program.ts';

const toLoggedExercise = (r: Selectable<ExerciseLogsTable>): LoggedExercise =>
  compact({
    exercise: r.exercise,
    done: doneOf({
      sets: r.done_sets,
      reps: r.done_reps,
      holdSeconds: r.done_hold_seconds,
      minutes: r.done_minutes,
      resistance: { kind: r.done_resistance_kind, kg: r.done_resistance_kg, band: r.done_resistance_band },
    }),
    painDuring: opt(r.pain_during),
    painAfter: opt(r.pain_after),
    painNextMorning: opt(r.pain_next_morning),
    effort: opt(r.effort),
    prescribed: prescribedOf({
      sets: r.target_sets,
      reps: r.target_reps,
      holdSeconds: r.target_hold_seconds,
      minutes: r.target_minutes,
      resistance: { kind: r.target_resistance_kind, kg: r.target_resistance_kg, band: r.target_resistance_band },
      range: r.target_range,
      painCeiling: r.pain_ceiling,
      daysPerWeek: r.target_days_per_week,
    }),
  });

const toEntry = (r: Selectable<HomeLogEntriesTable>, exercises: LoggedExercise[]): HomeLogEntry =>
  compact({
    id: r.id,
    episodeId: r.episode_id,
    clientId: r.client_id,
    date: r.date,
    source: r.source,
    painAtRest: opt(r.pain_at_rest),
    sleep: opt(r.sleep),
    fatigue: opt(r.fatigue),
    note: opt(r.note),
    exercises,
    createdAt: r.created_at,
  });

export interface EntryFilter extends Period {
  episodeId?: string;
  entryId?: string;
}

/** Entries of the clinic matching the filter, in date order then logging order, with their exercise logs. */
export async function loadEntries(
  db: Kysely<Database>,
  clinicId: string,
  filter: EntryFilter,
): Promise<HomeLogEntry[]> {
  // The same joins and conditions select the entries and their logs, so no id list grows with the episode.
  const scoped = () => {
    let q = db
      .selectFrom('home_log_entries')
      .innerJoin('episodes', 'episodes.id', 'home_log_entries.episode_id')
      .where('episodes.clinic_id', '=', clinicId);
    if (filter.episodeId !== undefined) q = q.where('home_log_entries.episode_id', '=', filter.episodeId);
    if (filter.entryId !== undefined) q = q.where('home_log_entries.id', '=', filter.entryId);
    if (filter.from !== undefined) q = q.where('home_log_entries.date', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('home_log_entries.date', '<=', filter.to);
    return q;
  };
  const entries = await scoped()
    .selectAll('home_log_entries')
    .orderBy('home_log_entries.date')
    .orderBy('home_log_entries.created_at')
    .orderBy('home_log_entries.id')
    .execute();
  if (entries.length === 0) return [];
  const logs = await scoped()
    .innerJoin('exercise_logs', 'exercise_logs.entry_id', 'home_log_entries.id')
    .selectAll('exercise_logs')
    .orderBy('exercise_logs.position')
    .execute();
  const byEntry = new Map<string, LoggedExercise[]>();
  for (const log of logs) {
    const list = byEntry.get(log.entry_id) ?? [];
    list.push(toLoggedExercise(log));
    byEntry.set(log.entry_id, list);
  }
  return entries.map((e) => toEntry(e, byEntry.get(e.id) ?? []));
}

export function homeLogStore(ctx: Context): HomeLogStore {
  const getIn = async (db: Kysely<Database>, clinicId: string, id: string) =>
    (await loadEntries(db, clinicId, { entryId: id }))[0];
  return {
    async add(clinicId, entry) {
      const id = ctx.newId();
      return write(ctx, async (db) => {
        const episode = await requireEpisode(db, clinicId, entry.episodeId);
        const program = new Map(
          (await programOf(db, entry.episodeId, { on: entry.date })).map(
            (record) => [record.exercise, omit(toPrescription(record), ['exercise'])] as const,
          ),
        );
        await db
          .insertInto('home_log_entries')
          .values({
            id,
            episode_id: entry.episodeId,
            client_id: episode.client_id,
            date: entry.date,
            source: entry.source,
            pain_at_rest: entry.painAtRest ?? null,
            sleep: entry.sleep ?? null,
            fatigue: entry.fatigue ?? null,
            note: entry.note ?? null,
            created_at: ctx.now(),
            idempotency_key: entry.idempotency?.key ?? null,
            idempotency_hash: entry.idempotency?.hash ?? null,
            exercises_done: entry.exercises.filter((log) => log.done !== null && log.done.sets > 0).length,
          })
          .execute();
        if (entry.exercises.length > 0) {
          await db
            .insertInto('exercise_logs')
            .values(
              entry.exercises.map((log, position) => {
                const target = prescribedCells(program.get(log.exercise) ?? null);
                const done = doneCells(log.done);
                return {
                  id: ctx.newId(),
                  entry_id: id,
                  position,
                  exercise: log.exercise,
                  target_sets: target.sets,
                  target_reps: target.reps,
                  target_hold_seconds: target.holdSeconds,
                  target_minutes: target.minutes,
                  target_resistance_kind: target.resistance.kind,
                  target_resistance_kg: target.resistance.kg,
                  target_resistance_band: target.resistance.band,
                  target_range: target.range,
                  target_days_per_week: target.daysPerWeek,
                  pain_ceiling: target.painCeiling,
                  done_sets: done.sets,
                  done_reps: done.reps,
                  done_hold_seconds: done.holdSeconds,
                  done_minutes: done.minutes,
                  done_resistance_kind: done.resistance.kind,
                  done_resistance_kg: done.resistance.kg,
                  done_resistance_band: done.resistance.band,
                  pain_during: log.painDuring ?? null,
                  pain_after: log.painAfter ?? null,
                  pain_next_morning: log.painNextMorning ?? null,
                  effort: log.effort ?? null,
                };
              }),
            )
            .execute();
        }
        return found(await getIn(db, clinicId, id), 'home log entry', id);
      });
    },
    get: (clinicId, id) => getIn(ctx.db, clinicId, id),
    async findByIdempotencyKey(clinicId, episodeId, key) {
      const row = await ctx.db
        .selectFrom('home_log_entries')
        .innerJoin('episodes', 'episodes.id', 'home_log_entries.episode_id')
        .select(['home_log_entries.id', 'home_log_entries.idempotency_hash'])
        .where('episodes.clinic_id', '=', clinicId)
        .where('home_log_entries.episode_id', '=', episodeId)
        .where('home_log_entries.idempotency_key', '=', key)
        .executeTakeFirst();
      const entry = row && (await getIn(ctx.db, clinicId, row.id));
      return entry && { entry, hash: row.idempotency_hash ?? '' };
    },
    list: (clinicId, episodeId, period = {}) => loadEntries(ctx.db, clinicId, { ...period, episodeId }),
    async recordNextMorning(clinicId, entryId, exercise, pain) {
      return write(ctx, async (db) => {
        const owned = await db
          .selectFrom('home_log_entries')
          .innerJoin('episodes', 'episodes.id', 'home_log_entries.episode_id')
          .select('home_log_entries.id')
          .where('home_log_entries.id', '=', entryId)
          .where('episodes.clinic_id', '=', clinicId)
          .executeTakeFirst();
        if (!owned) throw notFound('home log entry', entryId);
        const r = await db
          .updateTable('exercise_logs')
          .set({ pain_next_morning: pain })
          .where('entry_id', '=', entryId)
          .where('exercise', '=', exercise)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) === 0) throw notFound(`exercise log of ${exercise} in entry`, entryId);
        return found(await getIn(db, clinicId, entryId), 'home log entry', entryId);
      });
    },
  };
}
