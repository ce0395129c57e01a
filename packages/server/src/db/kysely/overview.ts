// Clinic-wide reads for the overview screens: the facts the engine's attention list and outcome figures are made from,
// in a handful of set-based queries (correlated subqueries and window functions, the same SQL on SQLite and
// PostgreSQL), so the cost grows with the clinic's size, never with one round trip per client.
import { INSTRUMENT_IDS, addDays, type AttentionEpisode, type OutcomeEpisode, type ReferralFact } from '@tandem/engine';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { OverviewStore } from '../repository.ts';
import type { Database } from '../schema.ts';
import type { Context } from './context.ts';

type WithEpisode = ExpressionBuilder<Database & { e: Database['episodes'] }, 'e'>;

/** Episodes of the clinic that were open on `asOf`: started by then, and not discharged by then. */
const openOn = (clinicId: string, asOf: string) => (eb: WithEpisode) =>
  eb.and([
    eb('e.clinic_id', '=', clinicId),
    eb('e.started_on', '<=', asOf),
    eb.or([eb('e.status', '=', 'active'), eb('e.discharged_on', '>', asOf)]),
  ]);

const latest = (values: readonly (string | null)[]): string | null =>
  values.reduce<string | null>((out, v) => (v !== null && (out === null || v > out) ? v : out), null);

async function attentionFacts(db: Kysely<Database>, clinicId: string, asOf: string): Promise<AttentionEpisode[]> {
  // Timestamps (plans, referrals) before the next day are on or before asOf.
  const nextDay = addDays(asOf, 1);
  const episodes = db
    .selectFrom('episodes as e')
    .innerJoin('clients as c', 'c.id', 'e.client_id')
    .where(openOn(clinicId, asOf))
    .select((eb) => [
      'e.id',
      'e.client_id',
      'c.name',
      // Each "latest" is an ORDER BY … LIMIT 1 on an index led by episode_id: one index seek per episode.
      eb
        .selectFrom('home_log_entries as h')
        .select('h.date')
        .whereRef('h.episode_id', '=', 'e.id')
        .where('h.source', '=', 'home')
        .where('h.date', '<=', asOf)
        .orderBy('h.date', 'desc')
        .limit(1)
        .as('last_home_log'),
      eb
        .selectFrom('visits as v')
        .select('v.date')
        .whereRef('v.episode_id', '=', 'e.id')
        .where('v.date', '<=', asOf)
        .orderBy('v.date', 'desc')
        .limit(1)
        .as('last_visit'),
      eb
        .selectFrom('measure_scores as m')
        .select('m.date')
        .whereRef('m.episode_id', '=', 'e.id')
        .where('m.date', '<=', asOf)
        .orderBy('m.date', 'desc')
        .limit(1)
        .as('last_measure'),
      eb
        .selectFrom('prescriptions as p')
        .select('p.valid_from')
        .whereRef('p.episode_id', '=', 'e.id')
        .where('p.valid_from', '<=', asOf)
        .orderBy('p.valid_from')
        .limit(1)
        .as('program_from'),
      eb
        .selectFrom('prescriptions as p')
        .select('p.valid_from')
        .whereRef('p.episode_id', '=', 'e.id')
        .where('p.origin', '=', 'clinician')
        .where('p.valid_from', '<=', asOf)
        .orderBy('p.valid_from', 'desc')
        .limit(1)
        .as('last_program'),
      eb
        .selectFrom('plans as pl')
        .select('pl.created_at')
        .whereRef('pl.episode_id', '=', 'e.id')
        .where('pl.created_at', '<', nextDay)
        .orderBy('pl.version', 'desc')
        .limit(1)
        .as('last_plan'),
    ]);
  // The latest decision of each episode-level kind (the partial index of migration 004 holds exactly these rows).
  const ranked = db
    .selectFrom('progression_decisions as d')
    .innerJoin('episodes as e', 'e.id', 'd.episode_id')
    .where(openOn(clinicId, asOf))
    .where(sql<boolean>`${sql.ref('d.scope')} = 'episode'`)
    .where('d.date', '<=', asOf)
    .select((eb) => [
      'd.episode_id',
      'd.decision',
      'd.rule_id',
      'd.rationale',
      'd.date',
      eb.fn
        .agg<number>('row_number')
        .over((ob) =>
          ob
            .partitionBy(['d.episode_id', 'd.decision'])
            .orderBy('d.date', 'desc')
            .orderBy('d.created_at', 'desc')
            .orderBy('d.position', 'desc'),
        )
        .as('rank'),
    ]);
  const referrals = db
    .selectFrom('referrals as r')
    .innerJoin('episodes as e', 'e.id', 'r.episode_id')
    .where(openOn(clinicId, asOf))
    .where('r.urgency', 'in', ['urgent', 'emergency'])
    .where('r.created_at', '<', nextDay)
    .select(['r.episode_id', 'r.referred_to', 'r.urgency', 'r.reason', 'r.created_at'])
    .orderBy('r.created_at');

  const [rows, decisions, referralRows] = await Promise.all([
    episodes.execute(),
    db
      .selectFrom(ranked.as('ranked'))
      .select(['episode_id', 'decision', 'rule_id', 'rationale', 'date'])
      .where('rank', '=', 1)
      .execute(),
    referrals.execute(),
  ]);
  const decisionsOf = new Map<string, AttentionEpisode['decisions'][number][]>();
  for (const d of decisions)
    decisionsOf.set(d.episode_id, [
      ...(decisionsOf.get(d.episode_id) ?? []),
      { decision: d.decision, ruleId: d.rule_id, rationale: d.rationale, date: d.date },
    ]);
  const referralsOf = new Map<string, ReferralFact[]>();
  for (const r of referralRows) {
    referralsOf.set(r.episode_id, [
      ...(referralsOf.get(r.episode_id) ?? []),
      { date: r.created_at.slice(0, 10), urgency: r.urgency, to: r.referred_to, reason: r.reason },
    ]);
  }
  return rows.map((r) => ({
    episodeId: r.id,
    clientId: r.client_id,
    clientName: r.name,
    decisions: decisionsOf.get(r.id) ?? [],
    lastMeasure: r.last_measure,
    lastHomeLog: r.last_home_log,
    lastVisit: r.last_visit,
    lastClinicianChange: latest([r.last_program, r.last_plan?.slice(0, 10) ?? null]),
    programFrom: r.program_from,
    referrals: referralsOf.get(r.id) ?? [],
  }));
}

/** Counts and sums come back as numbers from SQLite and as text (bigint, numeric) from PostgreSQL. */
const count = (value: string | number | bigint): number => Number(value);

async function outcomeFacts(db: Kysely<Database>, clinicId: string, asOf: string): Promise<OutcomeEpisode[]> {
  const started = db.selectFrom('episodes as e').where('e.clinic_id', '=', clinicId).where('e.started_on', '<=', asOf);
  const firstAndLast = db
    .selectFrom('measure_scores as m')
    .innerJoin('episodes as e', 'e.id', 'm.episode_id')
    .where('e.clinic_id', '=', clinicId)
    .where('m.measure', 'in', [...INSTRUMENT_IDS])
    .where('m.date', '<=', asOf)
    .select((eb) => [
      'm.episode_id',
      'm.measure',
      'm.date',
      'm.value',
      eb.fn
        .agg<number>('row_number')
        .over((ob) =>
          ob.partitionBy(['m.episode_id', 'm.measure']).orderBy('m.date').orderBy('m.created_at').orderBy('m.id'),
        )
        .as('from_start'),
      eb.fn
        .agg<number>('row_number')
        .over((ob) =>
          ob
            .partitionBy(['m.episode_id', 'm.measure'])
            .orderBy('m.date', 'desc')
            .orderBy('m.created_at', 'desc')
            .orderBy('m.id', 'desc'),
        )
        .as('from_end'),
    ]);
  const [episodes, goals, scores, programs] = await Promise.all([
    started
      .select((eb) => [
        'e.id',
        'e.status',
        'e.discharged_on',
        // Correlated sums read one index range per episode (a GROUP BY over every entry would sort them all).
        eb
          .selectFrom('visits as v')
          .select((v) => v.fn.countAll<string | number>().as('n'))
          .whereRef('v.episode_id', '=', 'e.id')
          .where('v.date', '<=', asOf)
          .as('visits'),
        // Sessions done up to the discharge (or asOf), from each entry's count: index-only, no entry or log rows read.
        eb
          .selectFrom('home_log_entries as h')
          .select((h) => h.fn.sum<string | number>('h.exercises_done').as('n'))
          .whereRef('h.episode_id', '=', 'e.id')
          .where('h.date', '<=', asOf)
          .where((h) => h.or([h('e.discharged_on', 'is', null), h('h.date', '<=', h.ref('e.discharged_on'))]))
          .as('done'),
      ])
      .orderBy('e.started_on')
      .orderBy('e.id')
      .execute(),
    started
      .innerJoin('goals as g', 'g.episode_id', 'e.id')
      .select(['g.episode_id', 'g.measure'])
      .orderBy('g.episode_id')
      .orderBy('g.position')
      .execute(),
    db
      .selectFrom(firstAndLast.as('s'))
      .select(['episode_id', 'measure', 'date', 'value', 'from_start', 'from_end'])
      .where((eb) => eb.or([eb('from_start', '=', 1), eb('from_end', '=', 1)]))
      .execute(),
    started
      .innerJoin('prescriptions as p', 'p.episode_id', 'e.id')
      .where('p.valid_from', '<=', asOf)
      .select((eb) => ['p.episode_id', 'p.valid_from', eb.fn.sum<string | number>('p.days_per_week').as('per_week')])
      .groupBy(['p.episode_id', 'p.valid_from'])
      .orderBy('p.episode_id')
      .orderBy('p.valid_from')
      .execute(),
  ]);
  const by = <T extends { episode_id: string }>(rows: readonly T[]) => {
    const out = new Map<string, T[]>();
    for (const r of rows) out.set(r.episode_id, [...(out.get(r.episode_id) ?? []), r]);
    return out;
  };
  const goalsOf = by(goals);
  const scoresOf = by(scores);
  const programsOf = by(programs);
  return episodes.map((e) => {
    const discharged = e.discharged_on !== null && e.discharged_on <= asOf;
    const pairs = new Map<
      string,
      { first?: { date: string; value: number }; last?: { date: string; value: number } }
    >();
    for (const s of scoresOf.get(e.id) ?? []) {
      const pair = pairs.get(s.measure) ?? {};
      // A measure scored once is both its first and its last score.
      if (count(s.from_start) === 1) pair.first = { date: s.date, value: s.value };
      if (count(s.from_end) === 1) pair.last = { date: s.date, value: s.value };
      pairs.set(s.measure, pair);
    }
    return {
      episodeId: e.id,
      status: discharged ? 'discharged' : 'active',
      visits: count(e.visits ?? 0),
      goalMeasures: (goalsOf.get(e.id) ?? []).map((g) => g.measure),
      scores: [...pairs].flatMap(([measure, p]) =>
        p.first && p.last ? [{ measure, first: p.first, last: p.last }] : [],
      ),
      programs: (programsOf.get(e.id) ?? []).map((p) => ({
        validFrom: p.valid_from,
        sessionsPerWeek: count(p.per_week),
      })),
      sessionsDone: count(e.done ?? 0),
      end: discharged && e.discharged_on !== null ? e.discharged_on : asOf,
    };
  });
}

export const overviewStore = (ctx: Context): OverviewStore => ({
  attention: (clinicId, asOf) => attentionFacts(ctx.db, clinicId, asOf),
  outcomes: (clinicId, asOf) => outcomeFacts(ctx.db, clinicId, asOf),
});
