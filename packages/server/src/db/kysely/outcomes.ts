// Outcome measures, SMART goals, and the progression decisions made along the episode.
import type { HistoryGoal } from '@tandem/engine';
import type { Kysely, Selectable } from 'kysely';
import type { GoalRecord, MeasureScore, NewProgressionDecision, ProgressionDecision } from '../records.ts';
import type { DecisionStore, GoalStore, MeasureStore } from '../repository.ts';
import type { Database, GoalsTable, MeasureScoresTable, ProgressionDecisionsTable } from '../schema.ts';
import { compact, opt, parseJson, requireEpisode, toJson, write, type Context } from './context.ts';

export const toMeasureScore = (r: Selectable<MeasureScoresTable>): MeasureScore => ({
  id: r.id,
  episodeId: r.episode_id,
  date: r.date,
  measure: r.measure,
  value: r.value,
  answers: r.answers === null ? null : parseJson<unknown>(r.answers),
  createdAt: r.created_at,
});

export const toGoal = (r: Selectable<GoalsTable>): GoalRecord =>
  compact({
    id: r.id,
    episodeId: r.episode_id,
    measure: r.measure,
    description: opt(r.description),
    baseline: r.baseline,
    target: r.target,
    start: opt(r.start),
    date: r.date,
    createdAt: r.created_at,
  });

const toDecision = (r: Selectable<ProgressionDecisionsTable>): ProgressionDecision => ({
  id: r.id,
  episodeId: r.episode_id,
  date: r.date,
  scope: r.scope,
  exercise: r.exercise,
  decision: r.decision,
  ruleId: r.rule_id,
  rationale: r.rationale,
  inputs: parseJson(r.inputs),
  action: r.action === null ? null : parseJson(r.action),
  createdAt: r.created_at,
});

export function measureScores(db: Kysely<Database>, clinicId: string, episodeId: string) {
  return db
    .selectFrom('measure_scores')
    .innerJoin('episodes', 'episodes.id', 'measure_scores.episode_id')
    .selectAll('measure_scores')
    .where('episodes.clinic_id', '=', clinicId)
    .where('measure_scores.episode_id', '=', episodeId)
    .orderBy('measure_scores.date')
    .orderBy('measure_scores.created_at')
    .orderBy('measure_scores.id');
}

export function goalRows(db: Kysely<Database>, clinicId: string, episodeId: string) {
  return db
    .selectFrom('goals')
    .innerJoin('episodes', 'episodes.id', 'goals.episode_id')
    .selectAll('goals')
    .where('episodes.clinic_id', '=', clinicId)
    .where('goals.episode_id', '=', episodeId)
    .orderBy('goals.position');
}

export const measureStore = (ctx: Context): MeasureStore => ({
  async add(clinicId, score) {
    const row = {
      id: ctx.newId(),
      episode_id: score.episodeId,
      date: score.date,
      measure: score.measure,
      value: score.value,
      answers: score.answers === undefined ? null : toJson(score.answers),
      created_at: ctx.now(),
    };
    await write(ctx, async (db) => {
      await requireEpisode(db, clinicId, score.episodeId);
      await db.insertInto('measure_scores').values(row).execute();
    });
    return toMeasureScore(row);
  },
  async list(clinicId, episodeId, filter = {}) {
    let q = measureScores(ctx.db, clinicId, episodeId);
    if (filter.measure !== undefined) q = q.where('measure_scores.measure', '=', filter.measure);
    return (await q.execute()).map(toMeasureScore);
  },
});

export function goalStore(ctx: Context): GoalStore {
  const goalRow = (episodeId: string, goal: HistoryGoal, position: number, createdAt: string) => ({
    id: ctx.newId(),
    episode_id: episodeId,
    position,
    measure: goal.measure,
    description: goal.description ?? null,
    baseline: goal.baseline,
    target: goal.target,
    start: goal.start ?? null,
    date: goal.date,
    created_at: createdAt,
  });
  return {
    async add(clinicId, episodeId, goal) {
      return write(ctx, async (db) => {
        await requireEpisode(db, clinicId, episodeId);
        const last = await db
          .selectFrom('goals')
          .select('position')
          .where('episode_id', '=', episodeId)
          .orderBy('position', 'desc')
          .limit(1)
          .executeTakeFirst();
        const row = goalRow(episodeId, goal, (last?.position ?? -1) + 1, ctx.now());
        await db.insertInto('goals').values(row).execute();
        return toGoal(row);
      });
    },
    async replace(clinicId, episodeId, goals) {
      const createdAt = ctx.now();
      const rows = goals.map((g, position) => goalRow(episodeId, g, position, createdAt));
      await write(ctx, async (db) => {
        await requireEpisode(db, clinicId, episodeId);
        await db.deleteFrom('goals').where('episode_id', '=', episodeId).execute();
        if (rows.length > 0) await db.insertInto('goals').values(rows).execute();
      });
      return rows.map(toGoal);
    },
    async list(clinicId, episodeId) {
      return (await goalRows(ctx.db, clinicId, episodeId).execute()).map(toGoal);
    },
  };
}

export function decisionStore(ctx: Context): DecisionStore {
  const decisionRows = (episodeId: string, decisions: readonly NewProgressionDecision[]) => {
    const createdAt = ctx.now();
    return decisions.map((d, position) => ({
      id: ctx.newId(),
      episode_id: episodeId,
      date: d.date,
      position,
      scope: d.scope,
      exercise: d.exercise,
      decision: d.decision,
      rule_id: d.ruleId,
      rationale: d.rationale,
      inputs: toJson(d.inputs),
      action: d.action === undefined || d.action === null ? null : toJson(d.action),
      created_at: createdAt,
    }));
  };
  // Bound parameters per statement stay well under SQLite's limit however long a run is.
  const insert = async (db: Kysely<Database>, rows: ReturnType<typeof decisionRows>) => {
    for (let i = 0; i < rows.length; i += INSERT_CHUNK)
      await db
        .insertInto('progression_decisions')
        .values(rows.slice(i, i + INSERT_CHUNK))
        .execute();
  };
  return {
    async record(clinicId, episodeId, decisions) {
      const rows = decisionRows(episodeId, decisions);
      await write(ctx, async (db) => {
        await requireEpisode(db, clinicId, episodeId);
        await insert(db, rows);
      });
      return rows.map(toDecision);
    },
    async replace(clinicId, episodeId, period, decisions) {
      const rows = decisionRows(episodeId, decisions);
      await write(ctx, async (db) => {
        await requireEpisode(db, clinicId, episodeId);
        let old = db.deleteFrom('progression_decisions').where('episode_id', '=', episodeId);
        if (period.from !== undefined) old = old.where('date', '>=', period.from);
        if (period.to !== undefined) old = old.where('date', '<=', period.to);
        await old.execute();
        await insert(db, rows);
      });
      return rows.map(toDecision);
    },
    async list(clinicId, episodeId) {
      const rows = await ctx.db
        .selectFrom('progression_decisions')
        .innerJoin('episodes', 'episodes.id', 'progression_decisions.episode_id')
        .selectAll('progression_decisions')
        .where('episodes.clinic_id', '=', clinicId)
        .where('progression_decisions.episode_id', '=', episodeId)
        .orderBy('progression_decisions.date')
        .orderBy('progression_decisions.created_at')
        .orderBy('progression_decisions.position')
        .execute();
      return rows.map(toDecision);
    },
  };
}

/** Rows per INSERT (12 columns each). */
const INSERT_CHUNK = 500;
