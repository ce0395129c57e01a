// The repository contract for offline sync and the overview screens, registered beside repository.contract.ts on
// each database: idempotency keys (the unique index decides a race), client search, the day's schedule with names,
// and the facts of the attention list and the outcome figures (window functions and correlated subqueries).
import { generatePlan, type AttentionEpisode } from '@tandem/engine';
import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatabaseHandle } from './connect.ts';
import {
  DEAD_BUG,
  FRONT_PLANK,
  START,
  homeEntry,
  intake,
  seedClinic,
  storageError,
  type Fixture,
} from './contract-fixtures.ts';
import { createKyselyRepository } from './kysely-repository.ts';
import { migrateToLatest } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { NewProgressionDecision } from './records.ts';
import type { Repository } from './repository.ts';

const KEY = '0b6f1f5e-8a8e-4c1e-9d8e-2f3a4b5c6d7e';
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const SOAP = { subjective: 's', objective: 'o', assessment: 'a', plan: 'p' };

const episodeDecision = (decision: string, date: string): NewProgressionDecision => ({
  date,
  scope: 'episode',
  exercise: null,
  decision,
  ruleId: `episode.${decision}`,
  rationale: `because ${decision}`,
  inputs: {},
  action: { kind: 'review' },
});

export function syncAndOverviewContract(name: string, openEmpty: () => Promise<DatabaseHandle>): void {
  describe(`sync and overview contract: ${name}`, () => {
    const clock = { at: T0 };
    let handle: DatabaseHandle | undefined;
    let repo: Repository;
    let a: Fixture;
    let b: Fixture;

    beforeAll(async () => {
      handle = await openEmpty();
      await migrateToLatest(handle.db);
      repo = createKyselyRepository(handle.db, handle.dialect, { now: () => new Date(clock.at++) });
      a = await seedClinic(repo, 'a');
      b = await seedClinic(repo, 'b');
      await repo.prescriptions.set(a.clinic.id, a.episode.id, START, [DEAD_BUG, FRONT_PLANK]);
    });
    afterAll(async () => {
      await handle?.close();
    });

    test('migration 004 counts the exercises done in the entries stored before it', async () => {
      const fresh = await openEmpty();
      try {
        const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([id]) => id < '004'));
        const migrator = new Migrator({ db: fresh.db, provider: { getMigrations: () => Promise.resolve(before) } });
        expect((await migrator.migrateToLatest()).error).toBeUndefined();
        const old = createKyselyRepository(fresh.db, fresh.dialect);
        const f = await seedClinic(old, 'old');
        await old.prescriptions.set(f.clinic.id, f.episode.id, START, [DEAD_BUG, FRONT_PLANK]);
        // Written as a 003 database would have it: without the count.
        const { exercises: logs, ...rest } = homeEntry('2026-03-03');
        await fresh.db
          .insertInto('home_log_entries')
          .values({
            id: 'entry-1',
            episode_id: f.episode.id,
            client_id: f.client.id,
            date: rest.date,
            source: rest.source,
            created_at: START,
          })
          .execute();
        await fresh.db
          .insertInto('exercise_logs')
          .values(
            logs.map((log, position) => ({
              id: `log-${position}`,
              entry_id: 'entry-1',
              position,
              exercise: log.exercise,
              done_sets: log.done?.sets ?? null,
              done_reps: log.done && 'reps' in log.done ? log.done.reps : null,
            })),
          )
          .execute();
        await migrateToLatest(fresh.db);
        const [facts] = await old.overview.outcomes(f.clinic.id, '2026-03-31');
        expect(facts?.sessionsDone).toBe(1); // dead_bug done, front_plank not
      } finally {
        await fresh.close();
      }
    });

    describe('idempotency keys', () => {
      test('an entry is found by its key with its hash, in its episode and clinic only; a second entry with the key stores nothing', async () => {
        const entry = await repo.homeLog.add(a.clinic.id, {
          episodeId: a.episode.id,
          ...homeEntry('2026-03-03'),
          idempotency: { key: KEY, hash: 'h1' },
        });
        expect(await repo.homeLog.findByIdempotencyKey(a.clinic.id, a.episode.id, KEY)).toEqual({ entry, hash: 'h1' });
        expect(await repo.homeLog.findByIdempotencyKey(b.clinic.id, a.episode.id, KEY)).toBeUndefined();
        expect(
          await repo.homeLog.findByIdempotencyKey(a.clinic.id, a.episode.id, '1b6f1f5e-8a8e-4c1e-9d8e-2f3a4b5c6d7e'),
        ).toBeUndefined();
        const before = await repo.homeLog.list(a.clinic.id, a.episode.id);
        expect(
          await storageError(
            repo.homeLog.add(a.clinic.id, {
              episodeId: a.episode.id,
              ...homeEntry('2026-03-04'),
              idempotency: { key: KEY, hash: 'h2' },
            }),
          ),
        ).toBe('conflict');
        expect(await repo.homeLog.list(a.clinic.id, a.episode.id)).toEqual(before);
        // Entries without a key never collide; another episode may use the key.
        await repo.homeLog.add(a.clinic.id, { episodeId: a.episode.id, ...homeEntry('2026-03-04') });
        await repo.homeLog.add(a.clinic.id, { episodeId: a.episode.id, ...homeEntry('2026-03-04') });
        const other = await repo.episodes.create(a.clinic.id, {
          clientId: a.client.id,
          intake: intake(),
          startedOn: START,
        });
        await repo.prescriptions.set(a.clinic.id, other.id, START, [DEAD_BUG, FRONT_PLANK]);
        expect(
          (
            await repo.homeLog.add(a.clinic.id, {
              episodeId: other.id,
              ...homeEntry('2026-03-03'),
              idempotency: { key: KEY, hash: 'h3' },
            })
          ).episodeId,
        ).toBe(other.id);
      });

      test('two writes racing with one key: exactly one commits', async () => {
        const episode = await repo.episodes.create(a.clinic.id, {
          clientId: a.client.id,
          intake: intake(),
          startedOn: START,
        });
        await repo.prescriptions.set(a.clinic.id, episode.id, START, [DEAD_BUG, FRONT_PLANK]);
        const add = () =>
          repo.transaction((tx) =>
            tx.homeLog.add(a.clinic.id, {
              episodeId: episode.id,
              ...homeEntry('2026-03-05'),
              idempotency: { key: KEY, hash: 'same' },
            }),
          );
        const results = await Promise.allSettled([add(), add(), add()]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results)
          if (r.status === 'rejected') expect(r.reason).toMatchObject({ name: 'StorageError', code: 'conflict' });
        expect(await repo.homeLog.list(a.clinic.id, episode.id)).toHaveLength(1);
      });

      test('a visit is found by its key; a second visit with the key stores nothing', async () => {
        const visit = await repo.visits.add(a.clinic.id, {
          episodeId: a.episode.id,
          date: '2026-03-05',
          clinicianId: a.clinician.id,
          soap: SOAP,
          performed: [],
          idempotency: { key: KEY, hash: 'v1' },
        });
        expect(await repo.visits.findByIdempotencyKey(a.clinic.id, a.episode.id, KEY)).toEqual({ visit, hash: 'v1' });
        expect(await repo.visits.findByIdempotencyKey(b.clinic.id, a.episode.id, KEY)).toBeUndefined();
        expect(
          await storageError(
            repo.visits.add(a.clinic.id, {
              episodeId: a.episode.id,
              date: '2026-03-06',
              clinicianId: a.clinician.id,
              soap: SOAP,
              performed: [],
              idempotency: { key: KEY, hash: 'v2' },
            }),
          ),
        ).toBe('conflict');
        expect(await repo.visits.list(a.clinic.id, a.episode.id)).toEqual([visit]);
      });
    });

    describe('client search', () => {
      test('by a part of the name, ignoring case (Unicode too); LIKE wildcards are plain characters', async () => {
        const clinic = await repo.clinics.create({ name: 'Search clinic' });
        const names = ['Åsa Öberg', 'ÉLODIE Durand', 'Bob Smith', 'Ann 50% Off', 'Ann_Underscore', 'Zoë Ng'];
        for (const n of names) await repo.clients.create(clinic.id, { name: n });
        const search = async (q: string) =>
          (await repo.clients.list(clinic.id, { nameContains: q })).map((c) => c.name);
        expect(await search('smi')).toEqual(['Bob Smith']);
        expect(await search('SMITH')).toEqual(['Bob Smith']);
        expect(await search('åsa')).toEqual(['Åsa Öberg']);
        expect(await search('ÖBERG')).toEqual(['Åsa Öberg']);
        expect(await search('élodie')).toEqual(['ÉLODIE Durand']);
        expect(await search('zoë')).toEqual(['Zoë Ng']);
        expect(await search('50%')).toEqual(['Ann 50% Off']);
        expect(await search('n_u')).toEqual(['Ann_Underscore']);
        expect(await search('ann')).toHaveLength(2);
        expect(await search('nobody')).toEqual([]);
        expect(await search('')).toHaveLength(names.length);
        expect(await repo.clients.list(b.clinic.id, { nameContains: 'Bob' })).toEqual([]);
      });
    });

    describe('the schedule', () => {
      test("appointments with the client's and the clinician's names, filtered like the list", async () => {
        const first = await repo.appointments.create(a.clinic.id, {
          clientId: a.client.id,
          clinicianId: a.clinician.id,
          startsAt: '2026-03-09T09:00:00.000Z',
          minutes: 45,
          kind: 'in_person',
        });
        const second = await repo.appointments.create(a.clinic.id, {
          clientId: a.client.id,
          clinicianId: a.owner.id,
          startsAt: '2026-03-09T11:00:00.000Z',
          minutes: 30,
          kind: 'in_person',
        });
        await repo.appointments.create(a.clinic.id, {
          clientId: a.client.id,
          clinicianId: a.clinician.id,
          startsAt: '2026-03-10T09:00:00.000Z',
          minutes: 45,
          kind: 'in_person',
        });
        const day = { from: '2026-03-09T00:00:00.000Z', to: '2026-03-09T23:59:59.999Z' };
        expect(await repo.appointments.schedule(a.clinic.id, day)).toEqual([
          { ...first, clientName: 'Chris Client', clinicianName: 'Casey Clinician' },
          { ...second, clientName: 'Chris Client', clinicianName: 'Olive Owner' },
        ]);
        expect(
          (await repo.appointments.schedule(a.clinic.id, { ...day, clinicianId: a.owner.id })).map((x) => x.id),
        ).toEqual([second.id]);
        expect(await repo.appointments.schedule(b.clinic.id, day)).toEqual([]);
      });
    });

    describe('overview facts', () => {
      const AS_OF = '2026-03-18';
      let discharged: string;
      let dischargedLater: string;

      beforeAll(async () => {
        const { clinic, episode, clinician } = a;
        await repo.plans.addVersion(clinic.id, {
          episodeId: episode.id,
          version: 1,
          document: generatePlan(intake(), { asOf: START }),
          createdBy: clinician.id,
        });
        await repo.prescriptions.set(clinic.id, episode.id, '2026-03-16', [DEAD_BUG, FRONT_PLANK]);
        await repo.prescriptions.replaceDerived(clinic.id, episode.id, { from: '2026-03-17' }, [
          { validFrom: '2026-03-17', program: [DEAD_BUG, FRONT_PLANK] },
        ]);
        await repo.homeLog.add(clinic.id, { episodeId: episode.id, ...homeEntry('2026-03-20') }); // after AS_OF
        await repo.homeLog.add(clinic.id, { episodeId: episode.id, ...homeEntry('2026-03-12'), source: 'visit' }); // a visit's entry
        await repo.visits.add(clinic.id, {
          episodeId: episode.id,
          date: '2026-03-19',
          clinicianId: clinician.id,
          soap: SOAP,
          performed: [],
        });
        for (const [date, value] of [
          [START, 32],
          ['2026-03-16', 24],
          ['2026-03-25', 20],
        ] as const) {
          await repo.measures.add(clinic.id, { episodeId: episode.id, date, measure: 'odi', value });
        }
        await repo.measures.add(clinic.id, {
          episodeId: episode.id,
          date: '2026-03-16',
          measure: 'rom:lumbar:flexion',
          value: 50,
        });
        await repo.goals.replace(clinic.id, episode.id, [
          { measure: 'rom:lumbar:flexion', baseline: 40, target: 60, date: '2026-04-13' },
          { measure: 'odi', baseline: 32, target: 16, date: '2026-04-13' },
        ]);
        await repo.decisions.record(clinic.id, episode.id, [
          episodeDecision('reassess_due', '2026-03-10'),
          {
            date: '2026-03-11',
            scope: 'exercise',
            exercise: 'dead_bug',
            decision: 'progress',
            ruleId: 'progress.within_limits',
            rationale: 'ok',
            inputs: {},
          },
          episodeDecision('reassess_due', '2026-03-12'),
          episodeDecision('plateau', '2026-03-16'),
          episodeDecision('setback', '2026-03-19'), // after AS_OF
        ]);
        await repo.referrals.add(clinic.id, {
          episodeId: episode.id,
          to: 'GP',
          urgency: 'urgent',
          reason: 'night pain',
        });
        await repo.referrals.add(clinic.id, { episodeId: episode.id, to: 'GP', urgency: 'routine', reason: 'letter' });
        // Episodes discharged before AS_OF are closed; one discharged after it was still open then; one started after it.
        const client = await repo.clients.create(clinic.id, { name: 'Dana Discharged' });
        discharged = (
          await repo.episodes.create(clinic.id, { clientId: client.id, intake: intake(), startedOn: START })
        ).id;
        await repo.episodes.discharge(clinic.id, discharged, '2026-03-10');
        dischargedLater = (
          await repo.episodes.create(clinic.id, { clientId: client.id, intake: intake(), startedOn: '2026-03-11' })
        ).id;
        await repo.prescriptions.set(clinic.id, dischargedLater, '2026-03-11', [DEAD_BUG]);
        await repo.homeLog.add(clinic.id, {
          episodeId: dischargedLater,
          date: '2026-03-12',
          source: 'home',
          exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2 }],
        });
        await repo.visits.add(clinic.id, {
          episodeId: dischargedLater,
          date: '2026-03-13',
          clinicianId: clinician.id,
          soap: SOAP,
          performed: [],
        });
        await repo.episodes.discharge(clinic.id, dischargedLater, '2026-03-30');
        await repo.episodes.create(clinic.id, { clientId: client.id, intake: intake(), startedOn: '2026-03-19' });
        await repo.decisions.record(b.clinic.id, b.episode.id, [episodeDecision('setback', '2026-03-17')]);
      });

      const byId = (facts: AttentionEpisode[]) =>
        new Map(
          facts.map((f) => [
            f.episodeId,
            { ...f, decisions: [...f.decisions].sort((x, y) => (x.date < y.date ? -1 : 1)) },
          ]),
        );

      test('attention: per open episode the latest decision of each kind, the latest dates, and urgent referrals, up to the date', async () => {
        const facts = byId(await repo.overview.attention(a.clinic.id, AS_OF));
        expect(facts.has(discharged)).toBe(false);
        expect(facts.get(a.episode.id)).toEqual({
          episodeId: a.episode.id,
          clientId: a.client.id,
          clientName: 'Chris Client',
          decisions: [
            {
              decision: 'reassess_due',
              ruleId: 'episode.reassess_due',
              rationale: 'because reassess_due',
              date: '2026-03-12',
            },
            { decision: 'plateau', ruleId: 'episode.plateau', rationale: 'because plateau', date: '2026-03-16' },
          ],
          lastMeasure: '2026-03-16',
          lastHomeLog: '2026-03-04',
          lastVisit: '2026-03-05',
          lastClinicianChange: '2026-03-16',
          programFrom: START,
          referrals: [{ date: '2026-03-02', urgency: 'urgent', to: 'GP', reason: 'night pain' }],
        });
        expect(facts.get(dischargedLater)).toMatchObject({
          clientName: 'Dana Discharged',
          lastHomeLog: '2026-03-12',
          lastVisit: '2026-03-13',
          programFrom: '2026-03-11',
          decisions: [],
          referrals: [],
        });
        expect(facts.size).toBe(4); // a.episode, the two episodes of the idempotency tests, dischargedLater
        expect(
          (await repo.overview.attention(b.clinic.id, AS_OF)).flatMap((f) => f.decisions.map((d) => d.decision)),
        ).toEqual(['setback']);
      });

      test('outcomes: visits, goals, first and latest instrument scores, programs and sessions done, per episode', async () => {
        const facts = new Map((await repo.overview.outcomes(a.clinic.id, '2026-03-29')).map((f) => [f.episodeId, f]));
        expect(facts.get(a.episode.id)).toEqual({
          episodeId: a.episode.id,
          status: 'active',
          visits: 2,
          goalMeasures: ['rom:lumbar:flexion', 'odi'],
          scores: [{ measure: 'odi', first: { date: START, value: 32 }, last: { date: '2026-03-25', value: 20 } }],
          programs: [
            { validFrom: START, sessionsPerWeek: 8 },
            { validFrom: '2026-03-16', sessionsPerWeek: 8 },
            { validFrom: '2026-03-17', sessionsPerWeek: 8 },
          ],
          // homeEntry logs dead_bug done and front_plank not done: one session per entry, five entries.
          sessionsDone: 5,
          end: '2026-03-29',
        });
        expect(facts.get(discharged)).toMatchObject({
          status: 'discharged',
          visits: 0,
          end: '2026-03-10',
          sessionsDone: 0,
        });
        expect(facts.get(dischargedLater)).toMatchObject({
          status: 'active',
          visits: 1,
          sessionsDone: 1,
          programs: [{ validFrom: '2026-03-11', sessionsPerWeek: 5 }],
        });
        const later = new Map((await repo.overview.outcomes(a.clinic.id, '2026-04-30')).map((f) => [f.episodeId, f]));
        expect(later.get(dischargedLater)).toMatchObject({ status: 'discharged', end: '2026-03-30' });
        expect(later.size).toBe(6);
        expect(await repo.overview.outcomes(b.clinic.id, '2026-01-01')).toEqual([]);
      });
    });
  });
}
