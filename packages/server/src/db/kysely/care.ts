// The clinical record around an episode: the episode itself, assessments, plan versions, visits and referrals.
import type { Kysely, Selectable } from 'kysely';
import { StorageError } from '../errors.ts';
import type {
  Assessment,
  Episode,
  PerformedItem,
  PlanVersion,
  PlanVersionSummary,
  Referral,
  Visit,
} from '../records.ts';
import type { AssessmentStore, EpisodeStore, PlanStore, ReferralStore, VisitStore } from '../repository.ts';
import type { Database, EpisodesTable, PerformedItemsTable, PlansTable } from '../schema.ts';
import { found, notFound, parseJson, requireEpisode, toJson, write, type Context } from './context.ts';
import { doneCells, doneOf } from './dose-columns.ts';
import { storedHistory } from './history.ts';

const toEpisode = (r: Selectable<EpisodesTable>): Episode => ({
  id: r.id,
  clinicId: r.clinic_id,
  clientId: r.client_id,
  status: r.status,
  intake: parseJson(r.intake),
  startedOn: r.started_on,
  dischargedOn: r.discharged_on,
  createdAt: r.created_at,
});

/** Staff who may sign clinical records: owners and clinicians of the clinic. */
async function requireStaff(db: Kysely<Database>, clinicId: string, userId: string): Promise<void> {
  const u = await db
    .selectFrom('users')
    .select('id')
    .where('id', '=', userId)
    .where('clinic_id', '=', clinicId)
    .where('role', 'in', ['owner', 'clinician'])
    .executeTakeFirst();
  if (!u) throw notFound('clinician', userId);
}

export function episodeStore(ctx: Context): EpisodeStore {
  const ofClinic = (db: Kysely<Database>, clinicId: string) =>
    db.selectFrom('episodes').selectAll().where('clinic_id', '=', clinicId);
  const reread = async (db: Kysely<Database>, clinicId: string, id: string) =>
    toEpisode(found(await ofClinic(db, clinicId).where('id', '=', id).executeTakeFirst(), 'episode', id));
  return {
    async create(clinicId, episode) {
      const row = {
        id: ctx.newId(),
        clinic_id: clinicId,
        client_id: episode.clientId,
        status: 'active' as const,
        intake: toJson(episode.intake),
        started_on: episode.startedOn,
        discharged_on: null,
        created_at: ctx.now(),
      };
      await write(ctx, async (db) => {
        const client = await db
          .selectFrom('clients')
          .select('id')
          .where('id', '=', episode.clientId)
          .where('clinic_id', '=', clinicId)
          .executeTakeFirst();
        if (!client) throw notFound('client', episode.clientId);
        await db.insertInto('episodes').values(row).execute();
      });
      return toEpisode(row);
    },
    async get(clinicId, id) {
      const r = await ofClinic(ctx.db, clinicId).where('id', '=', id).executeTakeFirst();
      return r && toEpisode(r);
    },
    async list(clinicId, filter = {}) {
      let q = ofClinic(ctx.db, clinicId);
      if (filter.clientId !== undefined) q = q.where('client_id', '=', filter.clientId);
      if (filter.status !== undefined) q = q.where('status', '=', filter.status);
      return (await q.orderBy('started_on', 'desc').orderBy('created_at', 'desc').orderBy('id').execute()).map(
        toEpisode,
      );
    },
    async updateIntake(clinicId, id, intake) {
      return write(ctx, async (db) => {
        await db
          .updateTable('episodes')
          .set({ intake: toJson(intake) })
          .where('id', '=', id)
          .where('clinic_id', '=', clinicId)
          .execute();
        return reread(db, clinicId, id);
      });
    },
    async discharge(clinicId, id, on) {
      return write(ctx, async (db) => {
        // Discharging twice keeps the first date.
        await db
          .updateTable('episodes')
          .set({ status: 'discharged', discharged_on: on })
          .where('id', '=', id)
          .where('clinic_id', '=', clinicId)
          .where('status', '=', 'active')
          .execute();
        return reread(db, clinicId, id);
      });
    },
    // One snapshot, so entries, measures and goals agree (PostgreSQL reads per statement otherwise).
    history: (clinicId, id) =>
      ctx.db.isTransaction
        ? storedHistory(ctx.db, clinicId, id)
        : ctx.db
            .transaction()
            .setIsolationLevel('repeatable read')
            .setAccessMode('read only')
            .execute((trx) => storedHistory(trx, clinicId, id)),
  };
}

export const assessmentStore = (ctx: Context): AssessmentStore => ({
  async add(clinicId, a) {
    const record: Assessment = {
      id: ctx.newId(),
      episodeId: a.episodeId,
      date: a.date,
      details: a.details,
      createdAt: ctx.now(),
    };
    await write(ctx, async (db) => {
      await requireEpisode(db, clinicId, a.episodeId);
      await db
        .insertInto('assessments')
        .values({
          id: record.id,
          episode_id: a.episodeId,
          date: a.date,
          details: toJson(a.details),
          created_at: record.createdAt,
        })
        .execute();
    });
    return record;
  },
  async list(clinicId, episodeId) {
    const rows = await ctx.db
      .selectFrom('assessments')
      .innerJoin('episodes', 'episodes.id', 'assessments.episode_id')
      .selectAll('assessments')
      .where('episodes.clinic_id', '=', clinicId)
      .where('assessments.episode_id', '=', episodeId)
      .orderBy('assessments.date')
      .orderBy('assessments.created_at')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      episodeId: r.episode_id,
      date: r.date,
      details: parseJson(r.details),
      createdAt: r.created_at,
    }));
  },
});

const planSummary = (r: Omit<Selectable<PlansTable>, 'document'>): PlanVersionSummary => ({
  id: r.id,
  episodeId: r.episode_id,
  version: r.version,
  createdBy: r.created_by,
  reason: r.reason,
  createdAt: r.created_at,
});
const toPlan = (r: Selectable<PlansTable>): PlanVersion => ({ ...planSummary(r), document: parseJson(r.document) });

export function planStore(ctx: Context): PlanStore {
  const ofEpisode = (clinicId: string, episodeId: string) =>
    ctx.db
      .selectFrom('plans')
      .innerJoin('episodes', 'episodes.id', 'plans.episode_id')
      .where('episodes.clinic_id', '=', clinicId)
      .where('plans.episode_id', '=', episodeId);
  return {
    async addVersion(clinicId, plan) {
      const row = {
        id: ctx.newId(),
        episode_id: plan.episodeId,
        version: plan.version,
        document: toJson(plan.document),
        created_by: plan.createdBy,
        reason: plan.reason ?? null,
        created_at: ctx.now(),
      };
      await write(ctx, async (db) => {
        await requireEpisode(db, clinicId, plan.episodeId);
        await requireStaff(db, clinicId, plan.createdBy);
        const latest = await db
          .selectFrom('plans')
          .select('version')
          .where('episode_id', '=', plan.episodeId)
          .orderBy('version', 'desc')
          .limit(1)
          .executeTakeFirst();
        const next = (latest?.version ?? 0) + 1;
        if (plan.version !== next)
          throw new StorageError(
            'conflict',
            `plan version ${plan.version} cannot be stored: the next version is ${next}`,
          );
        // Two writers that both read the same latest version meet the unique key: the second gets a conflict.
        await db.insertInto('plans').values(row).execute();
      });
      return toPlan(row);
    },
    async current(clinicId, episodeId) {
      const r = await ofEpisode(clinicId, episodeId)
        .selectAll('plans')
        .orderBy('plans.version', 'desc')
        .limit(1)
        .executeTakeFirst();
      return r && toPlan(r);
    },
    async get(clinicId, episodeId, version) {
      const r = await ofEpisode(clinicId, episodeId)
        .selectAll('plans')
        .where('plans.version', '=', version)
        .executeTakeFirst();
      return r && toPlan(r);
    },
    async versions(clinicId, episodeId) {
      const rows = await ofEpisode(clinicId, episodeId)
        .select([
          'plans.id',
          'plans.episode_id',
          'plans.version',
          'plans.created_by',
          'plans.reason',
          'plans.created_at',
        ])
        .orderBy('plans.version')
        .execute();
      return rows.map(planSummary);
    },
  };
}

const toPerformed = (r: Selectable<PerformedItemsTable>): PerformedItem => ({
  kind: r.kind,
  itemId: r.item_id,
  region: r.region as PerformedItem['region'],
  minutes: r.minutes,
  intensity: r.intensity as PerformedItem['intensity'],
  response: r.response,
  pain: r.pain,
  dose: doneOf({
    sets: r.dose_sets,
    reps: r.dose_reps,
    holdSeconds: r.dose_hold_seconds,
    minutes: r.dose_minutes,
    resistance: { kind: r.dose_resistance_kind, kg: r.dose_resistance_kg, band: r.dose_resistance_band },
  }),
});

/** Visits of the clinic, by id or by episode, with their performed items (fetched through the same joins). */
async function loadVisits(
  db: Kysely<Database>,
  clinicId: string,
  filter: { id: string } | { episodeId: string },
): Promise<Visit[]> {
  const scoped = () => {
    const q = db
      .selectFrom('visits')
      .innerJoin('episodes', 'episodes.id', 'visits.episode_id')
      .where('episodes.clinic_id', '=', clinicId);
    return 'id' in filter ? q.where('visits.id', '=', filter.id) : q.where('visits.episode_id', '=', filter.episodeId);
  };
  const rows = await scoped()
    .selectAll('visits')
    .orderBy('visits.date')
    .orderBy('visits.created_at')
    .orderBy('visits.id')
    .execute();
  if (rows.length === 0) return [];
  const items = await scoped()
    .innerJoin('performed_items', 'performed_items.visit_id', 'visits.id')
    .selectAll('performed_items')
    .orderBy('performed_items.position')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    episodeId: r.episode_id,
    date: r.date,
    clinicianId: r.clinician_id,
    soap: parseJson(r.soap),
    createdAt: r.created_at,
    performed: items.filter((i) => i.visit_id === r.id).map(toPerformed),
  }));
}

export const visitStore = (ctx: Context): VisitStore => ({
  async add(clinicId, visit) {
    const id = ctx.newId();
    return write(ctx, async (db) => {
      await requireEpisode(db, clinicId, visit.episodeId);
      await requireStaff(db, clinicId, visit.clinicianId);
      await db
        .insertInto('visits')
        .values({
          id,
          episode_id: visit.episodeId,
          date: visit.date,
          clinician_id: visit.clinicianId,
          soap: toJson(visit.soap),
          created_at: ctx.now(),
          idempotency_key: visit.idempotency?.key ?? null,
          idempotency_hash: visit.idempotency?.hash ?? null,
        })
        .execute();
      if (visit.performed.length > 0) {
        await db
          .insertInto('performed_items')
          .values(
            visit.performed.map((p, position) => {
              const dose = doneCells(p.dose);
              return {
                id: ctx.newId(),
                visit_id: id,
                position,
                kind: p.kind,
                item_id: p.itemId,
                region: p.region,
                minutes: p.minutes,
                intensity: p.intensity,
                response: p.response,
                pain: p.pain,
                dose_sets: dose.sets,
                dose_reps: dose.reps,
                dose_hold_seconds: dose.holdSeconds,
                dose_minutes: dose.minutes,
                dose_resistance_kind: dose.resistance.kind,
                dose_resistance_kg: dose.resistance.kg,
                dose_resistance_band: dose.resistance.band,
              };
            }),
          )
          .execute();
      }
      return found((await loadVisits(db, clinicId, { id }))[0], 'visit', id);
    });
  },
  get: async (clinicId, id) => (await loadVisits(ctx.db, clinicId, { id }))[0],
  list: (clinicId, episodeId) => loadVisits(ctx.db, clinicId, { episodeId }),
  async findByIdempotencyKey(clinicId, episodeId, key) {
    const row = await ctx.db
      .selectFrom('visits')
      .innerJoin('episodes', 'episodes.id', 'visits.episode_id')
      .select(['visits.id', 'visits.idempotency_hash'])
      .where('episodes.clinic_id', '=', clinicId)
      .where('visits.episode_id', '=', episodeId)
      .where('visits.idempotency_key', '=', key)
      .executeTakeFirst();
    const visit = row && (await loadVisits(ctx.db, clinicId, { id: row.id }))[0];
    return visit && { visit, hash: row.idempotency_hash ?? '' };
  },
});

export const referralStore = (ctx: Context): ReferralStore => ({
  async add(clinicId, referral) {
    const record: Referral = {
      id: ctx.newId(),
      episodeId: referral.episodeId,
      to: referral.to,
      urgency: referral.urgency,
      reason: referral.reason,
      createdAt: ctx.now(),
    };
    await write(ctx, async (db) => {
      await requireEpisode(db, clinicId, referral.episodeId);
      await db
        .insertInto('referrals')
        .values({
          id: record.id,
          episode_id: referral.episodeId,
          referred_to: referral.to,
          urgency: referral.urgency,
          reason: referral.reason,
          created_at: record.createdAt,
        })
        .execute();
    });
    return record;
  },
  async list(clinicId, episodeId) {
    const rows = await ctx.db
      .selectFrom('referrals')
      .innerJoin('episodes', 'episodes.id', 'referrals.episode_id')
      .selectAll('referrals')
      .where('episodes.clinic_id', '=', clinicId)
      .where('referrals.episode_id', '=', episodeId)
      .orderBy('referrals.created_at')
      .orderBy('referrals.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      episodeId: r.episode_id,
      to: r.referred_to,
      urgency: r.urgency,
      reason: r.reason,
      createdAt: r.created_at,
    }));
  },
});
