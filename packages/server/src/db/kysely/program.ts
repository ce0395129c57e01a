// Home programs: each is the whole list of prescriptions valid from a date, until the next program replaces it.
import type { Prescription } from '@tandem/engine';
import type { Kysely, Selectable } from 'kysely';
import { StorageError } from '../errors.ts';
import type { PrescriptionOrigin, PrescriptionRecord } from '../records.ts';
import type { PrescriptionStore } from '../repository.ts';
import type { Database, PrescriptionsTable } from '../schema.ts';
import { compact, episodeOf, omit, requireEpisode, write, type Context } from './context.ts';
import { prescribedOf, resistanceCells } from './dose-columns.ts';

export function toPrescriptionRecord(r: Selectable<PrescriptionsTable>): PrescriptionRecord {
  const dose = prescribedOf({
    sets: r.sets,
    reps: r.reps,
    holdSeconds: r.hold_seconds,
    minutes: r.minutes,
    range: r.range,
    painCeiling: r.pain_ceiling,
    daysPerWeek: r.days_per_week,
    resistance: { kind: r.resistance_kind, kg: r.resistance_kg, band: r.resistance_band },
  });
  if (dose === null) throw new Error(`prescription ${r.id} has no dose`); // the columns are NOT NULL: a bug if reached
  return compact({
    id: r.id,
    episodeId: r.episode_id,
    validFrom: r.valid_from,
    exercise: r.exercise,
    ...dose,
    origin: r.origin,
    createdAt: r.created_at,
  });
}

/** The engine's prescription, without the storage fields. */
export const toPrescription = (record: PrescriptionRecord): Prescription =>
  omit(record, ['id', 'episodeId', 'validFrom', 'origin', 'createdAt']);

type Which = { on: string } | 'first';

/** The program in effect on a date (the latest set on or before it), or the first one ever set. */
export async function programOf(db: Kysely<Database>, episodeId: string, which: Which): Promise<PrescriptionRecord[]> {
  const rows = await db
    .selectFrom('prescriptions')
    .selectAll()
    .where('episode_id', '=', episodeId)
    .where('valid_from', '=', (eb) => {
      const sub = eb.selectFrom('prescriptions').where('episode_id', '=', episodeId);
      return which === 'first'
        ? sub.select((e) => e.fn.min('valid_from').as('v'))
        : sub.where('valid_from', '<=', which.on).select((e) => e.fn.max('valid_from').as('v'));
    })
    .orderBy('position')
    .execute();
  return rows.map(toPrescriptionRecord);
}

export function prescriptionStore(ctx: Context): PrescriptionStore {
  const programRows = (
    episodeId: string,
    validFrom: string,
    program: readonly Prescription[],
    origin: PrescriptionOrigin,
    createdAt: string,
  ) =>
    program.map((p, position) => {
      const resistance = resistanceCells(p.resistance);
      return {
        id: ctx.newId(),
        episode_id: episodeId,
        valid_from: validFrom,
        position,
        exercise: p.exercise,
        sets: p.sets,
        reps: p.reps ?? null,
        hold_seconds: p.holdSeconds ?? null,
        minutes: p.minutes ?? null,
        resistance_kind: resistance.kind ?? 'bodyweight',
        resistance_kg: resistance.kg,
        resistance_band: resistance.band,
        range: p.range ?? null,
        pain_ceiling: p.painCeiling,
        days_per_week: p.daysPerWeek,
        origin,
        created_at: createdAt,
      };
    });
  return {
    async set(clinicId, episodeId, validFrom, program) {
      // A program with no rows would be invisible to "latest set on or before": stopping everything is a discharge.
      if (program.length === 0) throw new StorageError('constraint', 'a home program needs at least one exercise');
      const rows = programRows(episodeId, validFrom, program, 'clinician', ctx.now());
      await write(ctx, async (db) => {
        await requireEpisode(db, clinicId, episodeId);
        await db
          .deleteFrom('prescriptions')
          .where('episode_id', '=', episodeId)
          .where('valid_from', '=', validFrom)
          .execute();
        await db.insertInto('prescriptions').values(rows).execute();
      });
      return rows.map(toPrescriptionRecord);
    },
    async replaceDerived(clinicId, episodeId, period, programs) {
      if (programs.some((p) => p.program.length === 0))
        throw new StorageError('constraint', 'a home program needs at least one exercise');
      const createdAt = ctx.now();
      const rows = programs.flatMap((p) => programRows(episodeId, p.validFrom, p.program, 'progression', createdAt));
      await write(ctx, async (db) => {
        await requireEpisode(db, clinicId, episodeId);
        let old = db
          .deleteFrom('prescriptions')
          .where('episode_id', '=', episodeId)
          .where('origin', '=', 'progression');
        if (period.from !== undefined) old = old.where('valid_from', '>=', period.from);
        if (period.to !== undefined) old = old.where('valid_from', '<=', period.to);
        await old.execute();
        if (rows.length === 0) return;
        // A clinician's program on the same date would silently merge with the derived one: refuse instead.
        const taken = await db
          .selectFrom('prescriptions')
          .select('valid_from')
          .where('episode_id', '=', episodeId)
          .where('valid_from', 'in', [...new Set(rows.map((r) => r.valid_from))])
          .limit(1)
          .executeTakeFirst();
        if (taken) throw new StorageError('conflict', `a program is already set on ${taken.valid_from}`);
        // In chunks, so a long run's bound parameters stay under SQLite's limit.
        for (let i = 0; i < rows.length; i += 500)
          await db
            .insertInto('prescriptions')
            .values(rows.slice(i, i + 500))
            .execute();
      });
      return rows.map(toPrescriptionRecord);
    },
    async current(clinicId, episodeId, on) {
      if (!(await episodeOf(ctx.db, clinicId, episodeId))) return [];
      return programOf(ctx.db, episodeId, { on });
    },
    async list(clinicId, episodeId) {
      const rows = await ctx.db
        .selectFrom('prescriptions')
        .innerJoin('episodes', 'episodes.id', 'prescriptions.episode_id')
        .selectAll('prescriptions')
        .where('episodes.clinic_id', '=', clinicId)
        .where('prescriptions.episode_id', '=', episodeId)
        .orderBy('prescriptions.valid_from')
        .orderBy('prescriptions.position')
        .execute();
      return rows.map(toPrescriptionRecord);
    },
  };
}
