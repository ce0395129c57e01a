// The repository contract: one suite, registered once per database (sqlite.test.ts, postgres.test.ts).
import { generatePlan, parseHistory, type HistoryInput } from '@tandem/engine';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatabaseHandle } from './connect.ts';
import {
  DEAD_BUG,
  FRONT_PLANK,
  START,
  WEEK_2,
  homeEntry,
  intake,
  seedClinic,
  storageError,
  type Fixture,
} from './contract-fixtures.ts';
import { createKyselyRepository } from './kysely-repository.ts';
import { omit } from './kysely/context.ts';
import { toPrescription } from './kysely/program.ts';
import { migrateToLatest } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Repository } from './repository.ts';

/** The value, or a failed test when the repository returned nothing. */
function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a stored record, got undefined');
  return value;
}

const T0 = Date.parse('2026-03-02T09:00:00.000Z');

export function repositoryContract(name: string, openEmpty: () => Promise<DatabaseHandle>): void {
  describe(`repository contract: ${name}`, () => {
    // Each call of the clock moves it on 1 ms, so rows written in one test still have an order.
    const clock = { at: T0 };
    const now = () => new Date(clock.at++);
    let handle: DatabaseHandle | undefined;
    let repo: Repository;
    let a: Fixture;
    let b: Fixture;

    beforeAll(async () => {
      const opened = await openEmpty();
      handle = opened;
      await migrateToLatest(opened.db);
      repo = createKyselyRepository(opened.db, opened.dialect, { now });
      a = await seedClinic(repo, 'a');
      b = await seedClinic(repo, 'b');
    });
    afterAll(async () => {
      await handle?.close();
    });

    describe('migrations', () => {
      test('run up from an empty database, and a second run applies nothing and keeps the data', async () => {
        const fresh = await openEmpty();
        try {
          expect(fresh.dialect).toBe(name);
          expect(await migrateToLatest(fresh.db)).toEqual({ applied: Object.keys(MIGRATIONS) });
          const freshRepo = createKyselyRepository(fresh.db, fresh.dialect);
          const clinic = await freshRepo.clinics.create({ name: 'Kept' });
          expect(await migrateToLatest(fresh.db)).toEqual({ applied: [] });
          expect(await freshRepo.clinics.get(clinic.id)).toEqual(clinic);
        } finally {
          await fresh.close();
        }
      });
    });

    describe('clinics, users and sessions', () => {
      test('users round-trip; e-mail is found case-insensitively and unique across clinics', async () => {
        expect(await repo.clinics.get(a.clinic.id)).toEqual(a.clinic);
        expect((await repo.clinics.list()).filter((c) => c.id === a.clinic.id || c.id === b.clinic.id)).toEqual([
          a.clinic,
          b.clinic,
        ]);
        expect(await repo.users.get(a.clinic.id, a.clinician.id)).toEqual(a.clinician);
        expect(await repo.users.findByEmail(a.clinician.email.toUpperCase())).toEqual(a.clinician);
        expect((await repo.users.list(a.clinic.id)).map((u) => u.id).sort()).toEqual(
          [a.owner.id, a.clinician.id, a.clientUser.id].sort(),
        );
        const taken = {
          clinicId: b.clinic.id,
          email: ` ${a.owner.email.toUpperCase()}`,
          name: 'Copy',
          role: 'clinician' as const,
          passwordHash: 'h',
        };
        expect(await storageError(repo.users.create(taken))).toBe('conflict');
        const renamed = await repo.users.update(a.clinic.id, a.owner.id, { name: 'Olive O.', role: 'owner' });
        expect(renamed).toEqual({ ...a.owner, name: 'Olive O.' });
        a.owner = renamed;
      });

      test('failed logins count up atomically, lock at the threshold, and clear on success', async () => {
        const lock = { lockAfter: 3, lockUntil: '2026-03-02T10:00:00.000Z' };
        expect((await repo.users.recordFailedLogin(b.owner.id, lock)).lockedUntil).toBeNull();
        await Promise.all([
          repo.users.recordFailedLogin(b.owner.id, lock),
          repo.users.recordFailedLogin(b.owner.id, lock),
        ]);
        const locked = await repo.users.get(b.clinic.id, b.owner.id);
        expect(locked).toMatchObject({ failedLogins: 3, lockedUntil: lock.lockUntil });
        await repo.users.clearFailedLogins(b.owner.id);
        expect(await repo.users.get(b.clinic.id, b.owner.id)).toMatchObject({ failedLogins: 0, lockedUntil: null });
      });

      test('sessions return their user until they expire', async () => {
        const expiresAt = new Date(clock.at + 60_000).toISOString();
        const session = await repo.sessions.create({
          id: 'hash-of-token-1',
          userId: a.clinician.id,
          csrfToken: 'csrf-1',
          expiresAt,
        });
        expect(await repo.sessions.get('hash-of-token-1')).toEqual({ session, user: a.clinician });
        await repo.sessions.create({ id: 'hash-of-token-2', userId: a.clinician.id, csrfToken: 'csrf-2', expiresAt });
        clock.at += 120_000;
        expect(await repo.sessions.get('hash-of-token-1')).toBeUndefined();
        expect(await repo.sessions.deleteExpired()).toBeGreaterThanOrEqual(2);
        await repo.sessions.create({
          id: 'hash-of-token-3',
          userId: a.owner.id,
          csrfToken: 'c',
          expiresAt: new Date(clock.at + 60_000).toISOString(),
        });
        expect(
          await storageError(
            repo.sessions.create({ id: 'hash-of-token-3', userId: a.owner.id, csrfToken: 'c', expiresAt }),
          ),
        ).toBe('conflict');
        expect(await repo.sessions.deleteForUser(a.owner.id)).toBe(1);
        expect(await repo.sessions.get('hash-of-token-3')).toBeUndefined();
      });
    });

    describe('clients and episodes', () => {
      test('clients round-trip, are found by their login, and a login belongs to one client of the same clinic', async () => {
        expect(await repo.clients.get(a.clinic.id, a.client.id)).toEqual(a.client);
        expect(await repo.clients.findByUser(a.clinic.id, a.clientUser.id)).toEqual(a.client);
        const walkIn = await repo.clients.create(a.clinic.id, { name: 'Aaron Walk-in' });
        expect(walkIn).toMatchObject({ userId: null, dateOfBirth: null, sex: null, email: null });
        expect((await repo.clients.list(a.clinic.id)).map((c) => c.name)).toEqual(['Aaron Walk-in', 'Chris Client']);
        expect(await storageError(repo.clients.update(a.clinic.id, walkIn.id, { userId: a.clientUser.id }))).toBe(
          'conflict',
        );
        expect(await storageError(repo.clients.update(a.clinic.id, walkIn.id, { userId: b.clientUser.id }))).toBe(
          'not_found',
        );
        expect(await storageError(repo.clients.update(a.clinic.id, walkIn.id, { userId: a.clinician.id }))).toBe(
          'not_found',
        );
        expect(await repo.clients.update(a.clinic.id, walkIn.id, { email: 'aaron@example.test' })).toEqual({
          ...walkIn,
          email: 'aaron@example.test',
        });
      });

      test('episodes keep the intake whole, filter by client and status, and discharge once', async () => {
        const episode = await repo.episodes.get(a.clinic.id, a.episode.id);
        expect(episode).toEqual(a.episode);
        expect(episode?.intake).toEqual(intake());
        const second = await repo.episodes.create(a.clinic.id, {
          clientId: a.client.id,
          intake: intake(),
          startedOn: '2026-05-01',
        });
        expect((await repo.episodes.list(a.clinic.id, { clientId: a.client.id })).map((e) => e.id)).toEqual([
          second.id,
          a.episode.id,
        ]);
        const discharged = await repo.episodes.discharge(a.clinic.id, second.id, '2026-06-30');
        expect(discharged).toMatchObject({ status: 'discharged', dischargedOn: '2026-06-30' });
        expect((await repo.episodes.discharge(a.clinic.id, second.id, '2026-07-01')).dischargedOn).toBe('2026-06-30');
        expect((await repo.episodes.list(a.clinic.id, { status: 'active' })).map((e) => e.id)).toEqual([a.episode.id]);
        const edited = { ...intake(), equipment: ['mat' as const] };
        expect((await repo.episodes.updateIntake(a.clinic.id, second.id, edited)).intake).toEqual(edited);
      });

      test('assessments and referrals round-trip', async () => {
        const assessment = await repo.assessments.add(a.clinic.id, {
          episodeId: a.episode.id,
          date: START,
          details: { rom: [{ joint: 'lumbar', degrees: 40 }] },
        });
        expect(await repo.assessments.list(a.clinic.id, a.episode.id)).toEqual([assessment]);
        const referral = await repo.referrals.add(a.clinic.id, {
          episodeId: a.episode.id,
          to: 'GP',
          urgency: 'routine',
          reason: 'night pain to review',
        });
        expect(await repo.referrals.list(a.clinic.id, a.episode.id)).toEqual([referral]);
        expect(
          await storageError(
            repo.referrals.add(a.clinic.id, {
              episodeId: a.episode.id,
              to: 'GP',
              urgency: 'soon' as 'urgent',
              reason: 'x',
            }),
          ),
        ).toBe('constraint');
      });
    });

    describe('plans and visits', () => {
      test('plan versions: each names the version it writes; a second writer of the same version gets a conflict', async () => {
        const generated = generatePlan(intake(), { asOf: START });
        const doc = (caseId: string) => ({ ...generated, caseId });
        const v1 = await repo.plans.addVersion(a.clinic.id, {
          episodeId: a.episode.id,
          version: 1,
          document: doc('v1'),
          createdBy: a.clinician.id,
          reason: 'generated at intake',
        });
        const v2 = await repo.plans.addVersion(a.clinic.id, {
          episodeId: a.episode.id,
          version: 2,
          document: doc('v2'),
          createdBy: a.owner.id,
        });
        expect(await repo.plans.current(a.clinic.id, a.episode.id)).toEqual(v2);
        expect(await repo.plans.get(a.clinic.id, a.episode.id, 1)).toEqual(v1);
        expect((await repo.plans.versions(a.clinic.id, a.episode.id)).map((v) => [v.version, v.reason])).toEqual([
          [1, 'generated at intake'],
          [2, null],
        ]);
        expect(
          await storageError(
            repo.plans.addVersion(a.clinic.id, {
              episodeId: a.episode.id,
              version: 2,
              document: doc('late'),
              createdBy: a.owner.id,
            }),
          ),
        ).toBe('conflict');
        expect(
          await storageError(
            repo.plans.addVersion(a.clinic.id, {
              episodeId: a.episode.id,
              version: 5,
              document: doc('gap'),
              createdBy: a.owner.id,
            }),
          ),
        ).toBe('conflict');
        expect(
          await storageError(
            repo.plans.addVersion(a.clinic.id, {
              episodeId: a.episode.id,
              version: 3,
              document: doc('x'),
              createdBy: a.clientUser.id,
            }),
          ),
        ).toBe('not_found');
      });

      test('a visit round-trips with its performed items in order', async () => {
        const visit = await repo.visits.add(a.clinic.id, {
          episodeId: a.episode.id,
          date: START,
          clinicianId: a.clinician.id,
          soap: {
            subjective: 'stiff mornings',
            objective: 'flexion 40°',
            assessment: 'settling',
            plan: 'add hinge drill',
          },
          performed: [
            {
              kind: 'technique',
              itemId: 'erector_spinae_soft_tissue',
              region: 'lumbar',
              minutes: 20,
              intensity: 'moderate',
              response: 'eased',
              dose: null,
              pain: 3,
            },
            {
              kind: 'exercise',
              itemId: 'dead_bug',
              region: 'lumbar',
              minutes: 8,
              intensity: null,
              response: null,
              dose: { sets: 2, reps: 8, resistance: { kind: 'weight', kg: 2.5 } },
              pain: 2,
            },
          ],
        });
        expect(await repo.visits.get(a.clinic.id, visit.id)).toEqual(visit);
        expect(await repo.visits.list(a.clinic.id, a.episode.id)).toEqual([visit]);
      });
    });

    describe('home program and log', () => {
      test('programs are replaced from a date and looked up as of a date', async () => {
        const first = await repo.prescriptions.set(a.clinic.id, a.episode.id, START, [DEAD_BUG, FRONT_PLANK]);
        expect(first.map(toPrescription)).toEqual([DEAD_BUG, FRONT_PLANK]);
        await repo.prescriptions.set(a.clinic.id, a.episode.id, '2026-03-09', [DEAD_BUG]);
        const week2 = await repo.prescriptions.set(a.clinic.id, a.episode.id, '2026-03-09', WEEK_2); // same day: replaces
        expect(await repo.prescriptions.current(a.clinic.id, a.episode.id, '2026-03-01')).toEqual([]);
        expect(await repo.prescriptions.current(a.clinic.id, a.episode.id, '2026-03-08')).toEqual(first);
        expect(await repo.prescriptions.current(a.clinic.id, a.episode.id, '2026-04-01')).toEqual(week2);
        expect(await repo.prescriptions.list(a.clinic.id, a.episode.id)).toEqual([...first, ...week2]);
        const twoUnits = { ...DEAD_BUG, holdSeconds: 10 };
        expect(
          await storageError(repo.prescriptions.set(a.clinic.id, a.episode.id, '2026-03-16', [FRONT_PLANK, twoUnits])),
        ).toBe('constraint');
        expect(await repo.prescriptions.current(a.clinic.id, a.episode.id, '2026-04-01')).toEqual(week2);
      });

      test('derived programs are replaced within a period, clinician programs are kept, and each says who set it', async () => {
        const episode = await repo.episodes.create(a.clinic.id, {
          clientId: a.client.id,
          intake: intake(),
          startedOn: START,
        });
        const set = await repo.prescriptions.set(a.clinic.id, episode.id, START, [DEAD_BUG, FRONT_PLANK]);
        expect(set.map((p) => p.origin)).toEqual(['clinician', 'clinician']);
        const clinician = await repo.prescriptions.set(a.clinic.id, episode.id, '2026-03-20', [FRONT_PLANK]);
        const early = await repo.prescriptions.replaceDerived(a.clinic.id, episode.id, { from: START }, [
          { validFrom: '2026-03-09', program: WEEK_2 },
          { validFrom: '2026-03-23', program: [{ ...FRONT_PLANK, holdSeconds: 30 }] },
        ]);
        expect(early.map((p) => [p.validFrom, p.origin])).toEqual([
          ['2026-03-09', 'progression'],
          ['2026-03-09', 'progression'],
          ['2026-03-23', 'progression'],
        ]);
        expect(early.map(toPrescription)).toEqual([...WEEK_2, { ...FRONT_PLANK, holdSeconds: 30 }]);
        // A later run from the 20th replaces only what it covers.
        const later = await repo.prescriptions.replaceDerived(a.clinic.id, episode.id, { from: '2026-03-20' }, [
          { validFrom: '2026-03-24', program: [{ ...FRONT_PLANK, holdSeconds: 25 }] },
        ]);
        expect(await repo.prescriptions.list(a.clinic.id, episode.id)).toEqual([
          ...set,
          ...early.slice(0, 2),
          ...clinician,
          ...later,
        ]);
        expect(await repo.prescriptions.current(a.clinic.id, episode.id, '2026-03-10')).toEqual(early.slice(0, 2));
        // Never on a clinician's date, and all or nothing.
        expect(
          await storageError(
            repo.prescriptions.replaceDerived(a.clinic.id, episode.id, { from: '2026-03-20' }, [
              { validFrom: '2026-03-20', program: [DEAD_BUG] },
            ]),
          ),
        ).toBe('conflict');
        expect(await storageError(repo.prescriptions.replaceDerived('another-clinic', episode.id, {}, []))).toBe(
          'not_found',
        );
        expect(await repo.prescriptions.list(a.clinic.id, episode.id)).toEqual([
          ...set,
          ...early.slice(0, 2),
          ...clinician,
          ...later,
        ]);
      });

      test('an entry stores each exercise beside the prescription of its day', async () => {
        const entry = await repo.homeLog.add(a.clinic.id, { episodeId: a.episode.id, ...homeEntry('2026-03-03') });
        expect(entry).toMatchObject({ clientId: a.client.id, painAtRest: 4, note: 'sat through a long meeting' });
        const [deadBug, plank] = entry.exercises;
        const deadBugDose = omit(DEAD_BUG, ['exercise']);
        const plankDose = omit(FRONT_PLANK, ['exercise']);
        expect(deadBug).toEqual({
          exercise: 'dead_bug',
          done: { sets: 2, reps: 8 },
          painDuring: 3,
          painAfter: 2,
          effort: 6,
          prescribed: deadBugDose,
        });
        expect(plank).toEqual({ exercise: 'front_plank', done: null, prescribed: plankDose });
        const later = await repo.homeLog.add(a.clinic.id, {
          episodeId: a.episode.id,
          date: '2026-03-10',
          source: 'visit',
          exercises: [
            {
              exercise: 'bird_dog',
              done: { sets: 1, reps: 6, resistance: { kind: 'band', level: 'heavy' } },
              painDuring: 1,
            },
          ],
        });
        expect(later.exercises[0]?.prescribed).toBeNull();
        expect(await repo.homeLog.get(a.clinic.id, entry.id)).toEqual(entry);
        expect(await repo.homeLog.list(a.clinic.id, a.episode.id)).toEqual([entry, later]);
        expect(await repo.homeLog.list(a.clinic.id, a.episode.id, { from: '2026-03-04', to: '2026-03-31' })).toEqual([
          later,
        ]);
        const morning = await repo.homeLog.recordNextMorning(a.clinic.id, entry.id, 'dead_bug', 2);
        expect(morning.exercises[0]?.painNextMorning).toBe(2);
        expect(await storageError(repo.homeLog.recordNextMorning(a.clinic.id, entry.id, 'squat', 2))).toBe('not_found');
      });

      test('a failed multi-row write stores nothing: an entry whose second log breaks a constraint leaves no entry', async () => {
        const before = await repo.homeLog.list(a.clinic.id, a.episode.id);
        const twice = homeEntry('2026-03-11');
        const deadBug = must(twice.exercises[0]);
        const duplicate = { ...twice, exercises: [deadBug, { ...deadBug, painDuring: 4 }] };
        expect(await storageError(repo.homeLog.add(a.clinic.id, { episodeId: a.episode.id, ...duplicate }))).toBe(
          'conflict',
        );
        const outOfRange = {
          ...twice,
          exercises: [deadBug, { exercise: 'front_plank', done: { sets: 1, holdSeconds: 20 }, painDuring: 11 }],
        };
        expect(await storageError(repo.homeLog.add(a.clinic.id, { episodeId: a.episode.id, ...outOfRange }))).toBe(
          'constraint',
        );
        expect(await repo.homeLog.list(a.clinic.id, a.episode.id)).toEqual(before);
      });

      test('a transaction commits its writes together, or none of them', async () => {
        const failing = repo.transaction(async (tx) => {
          await tx.measures.add(a.clinic.id, {
            episodeId: a.episode.id,
            date: '2026-03-20',
            measure: 'nprs',
            value: 3,
          });
          await tx.homeLog.add(a.clinic.id, { episodeId: a.episode.id, ...homeEntry('2026-03-20') });
          throw new Error('the client went offline');
        });
        await expect(failing).rejects.toThrow('the client went offline');
        expect(await repo.measures.list(a.clinic.id, a.episode.id, { measure: 'nprs' })).toEqual([]);
        expect(await repo.homeLog.list(a.clinic.id, a.episode.id, { from: '2026-03-20' })).toEqual([]);
        const stored = await repo.transaction(async (tx) =>
          tx.measures.add(a.clinic.id, { episodeId: a.episode.id, date: '2026-03-20', measure: 'nprs', value: 3 }),
        );
        expect(await repo.measures.list(a.clinic.id, a.episode.id, { measure: 'nprs' })).toEqual([stored]);
      });
    });

    describe('outcomes and decisions', () => {
      test('measures keep their raw answers; goals are added and replaced in order', async () => {
        const odi = await repo.measures.add(a.clinic.id, {
          episodeId: a.episode.id,
          date: START,
          measure: 'odi',
          value: 32,
          answers: [2, 1, 2, 2, 3, 1, 1, 1, 2, 1],
        });
        const rom = await repo.measures.add(a.clinic.id, {
          episodeId: a.episode.id,
          date: '2026-03-16',
          measure: 'rom:lumbar:flexion',
          value: 48.5,
        });
        expect(rom.answers).toBeNull();
        expect(await repo.measures.list(a.clinic.id, a.episode.id, { measure: 'odi' })).toEqual([odi]);
        const goal = await repo.goals.add(a.clinic.id, a.episode.id, {
          measure: 'odi',
          description: 'ODI to 16 %',
          baseline: 32,
          target: 16,
          date: '2026-04-13',
        });
        expect(await repo.goals.list(a.clinic.id, a.episode.id)).toEqual([goal]);
        const replaced = await repo.goals.replace(a.clinic.id, a.episode.id, [
          { measure: 'rom:lumbar:flexion', baseline: 40, target: 60, start: START, date: '2026-04-13' },
          { measure: 'odi', baseline: 32, target: 16, date: '2026-04-13' },
        ]);
        expect(await repo.goals.list(a.clinic.id, a.episode.id)).toEqual(replaced);
        expect(replaced.map((g) => g.measure)).toEqual(['rom:lumbar:flexion', 'odi']);
      });

      test('progression decisions keep rule, rationale, inputs and action, in the order recorded', async () => {
        const recorded = await repo.decisions.record(a.clinic.id, a.episode.id, [
          {
            date: '2026-03-09',
            scope: 'exercise',
            exercise: 'dead_bug',
            decision: 'progress',
            ruleId: 'progress.volume',
            rationale: 'pain stayed within 5/10',
            inputs: { painDuring: 3 },
            action: { before: DEAD_BUG, after: WEEK_2[0] },
          },
          {
            date: '2026-03-09',
            scope: 'episode',
            exercise: null,
            decision: 'reassess_due',
            ruleId: 'reassess.interval',
            rationale: 'four visits since the last assessment',
            inputs: { visits: 4 },
          },
        ]);
        expect(await repo.decisions.list(a.clinic.id, a.episode.id)).toEqual(recorded);
        expect(recorded[1]?.action).toBeNull();
        const noExercise = {
          date: '2026-03-09',
          scope: 'exercise' as const,
          exercise: null,
          decision: 'hold',
          ruleId: 'r',
          rationale: 'r',
          inputs: {},
        };
        expect(await storageError(repo.decisions.record(a.clinic.id, a.episode.id, [noExercise]))).toBe('constraint');
      });

      test('decisions dated within a period are replaced by a new run, all or nothing', async () => {
        const episode = await repo.episodes.create(a.clinic.id, {
          clientId: a.client.id,
          intake: intake(),
          startedOn: START,
        });
        const decision = (date: string, ruleId: string) => ({
          date,
          scope: 'episode' as const,
          exercise: null,
          decision: 'reassess_due',
          ruleId,
          rationale: 'r',
          inputs: {},
        });
        const first = await repo.decisions.record(a.clinic.id, episode.id, [
          decision('2026-03-03', 'one'),
          decision('2026-03-09', 'two'),
          decision('2026-03-16', 'three'),
        ]);
        const rerun = await repo.decisions.replace(a.clinic.id, episode.id, { from: '2026-03-09', to: '2026-03-10' }, [
          decision('2026-03-09', 'two again'),
          decision('2026-03-10', 'new'),
        ]);
        expect((await repo.decisions.list(a.clinic.id, episode.id)).map((d) => d.ruleId)).toEqual([
          'one',
          'two again',
          'new',
          'three',
        ]);
        expect(rerun.map((d) => d.ruleId)).toEqual(['two again', 'new']);
        const bad = { ...decision('2026-03-20', 'bad'), scope: 'exercise' as const };
        expect(await storageError(repo.decisions.replace(a.clinic.id, episode.id, { from: START }, [bad]))).toBe(
          'constraint',
        );
        expect((await repo.decisions.list(a.clinic.id, episode.id)).map((d) => d.id)).toEqual([
          first[0]?.id,
          ...rerun.map((d) => d.id),
          first[2]?.id,
        ]);
      });

      test('the stored history parses with the engine once the plan adds phases and baseline', async () => {
        const stored = must(await repo.episodes.history(a.clinic.id, a.episode.id));
        expect(stored.prescription).toEqual([DEAD_BUG, FRONT_PLANK]);
        expect(stored.entries.map((e) => e.date)).toEqual(['2026-03-03', '2026-03-10']);
        expect(stored.entries[0]).toEqual({
          ...homeEntry('2026-03-03'),
          exercises: [
            { ...homeEntry('2026-03-03').exercises[0], painNextMorning: 2 },
            homeEntry('2026-03-03').exercises[1],
          ],
        });
        const input: HistoryInput = {
          ...stored,
          phases: [{ phase: 'settle', start: START }],
          baseline: { painAtRest: 6 },
        };
        const parsed = parseHistory(input);
        expect(parsed.ok ? [] : parsed.problems).toEqual([]);
        if (parsed.ok) expect(parsed.value.measures).toEqual(stored.measures);
      });
    });

    describe('appointments and audit', () => {
      test('appointments round-trip, filter by person and time, and change status', async () => {
        const first = await repo.appointments.create(a.clinic.id, {
          clientId: a.client.id,
          clinicianId: a.clinician.id,
          startsAt: '2026-03-04T09:00:00.000Z',
          minutes: 60,
          kind: 'in_person',
        });
        const video = await repo.appointments.create(a.clinic.id, {
          clientId: a.client.id,
          clinicianId: a.owner.id,
          startsAt: '2026-03-06T15:30:00.000Z',
          minutes: 30,
          kind: 'telehealth',
          videoLink: 'https://video.example.test/r/1',
        });
        expect(await repo.appointments.get(a.clinic.id, first.id)).toEqual(first);
        expect(await repo.appointments.list(a.clinic.id, { from: '2026-03-05T00:00:00.000Z' })).toEqual([video]);
        expect(await repo.appointments.list(a.clinic.id, { clinicianId: a.clinician.id })).toEqual([first]);
        expect(await repo.appointments.setStatus(a.clinic.id, first.id, 'completed')).toEqual({
          ...first,
          status: 'completed',
        });
        const crossClinic = {
          clientId: a.client.id,
          clinicianId: b.clinician.id,
          startsAt: '2026-03-04T10:00:00.000Z',
          minutes: 30,
          kind: 'in_person' as const,
        };
        expect(await storageError(repo.appointments.create(a.clinic.id, crossClinic))).toBe('not_found');
      });

      test('audit events are listed newest first, by clinic and client', async () => {
        const read = await repo.audit.record({
          clinicId: a.clinic.id,
          actorUserId: a.clinician.id,
          action: 'read',
          recordType: 'episode',
          recordId: a.episode.id,
          clientId: a.client.id,
          outcome: 'success',
        });
        const denied = await repo.audit.record({
          clinicId: a.clinic.id,
          actorUserId: b.clinician.id,
          action: 'read',
          recordType: 'episode',
          recordId: a.episode.id,
          clientId: a.client.id,
          outcome: 'denied',
          detail: 'other clinic',
        });
        const login = await repo.audit.record({
          action: 'login',
          recordType: 'user',
          outcome: 'denied',
          detail: 'unknown e-mail',
        });
        expect(login.clinicId).toBeNull();
        expect(await repo.audit.list(a.clinic.id, { clientId: a.client.id })).toEqual([denied, read]);
        expect(await repo.audit.list(a.clinic.id, { limit: 1 })).toEqual([denied]);
        expect(await repo.audit.list(b.clinic.id)).toEqual([]);
      });
    });

    describe('education assignments', () => {
      test('topics are assigned once per episode, by staff, and listed in order', async () => {
        const first = await repo.education.assign(a.clinic.id, {
          episodeId: a.episode.id,
          topic: 'hurt_is_not_harm',
          assignedBy: a.clinician.id,
          assignedOn: START,
        });
        const second = await repo.education.assign(a.clinic.id, {
          episodeId: a.episode.id,
          topic: 'pacing_and_graded_activity',
          assignedBy: a.owner.id,
          assignedOn: '2026-03-09',
        });
        expect(first).toMatchObject({
          episodeId: a.episode.id,
          topic: 'hurt_is_not_harm',
          assignedBy: a.clinician.id,
          assignedOn: START,
        });
        expect(await repo.education.list(a.clinic.id, a.episode.id)).toEqual([first, second]);
        expect(
          await storageError(
            repo.education.assign(a.clinic.id, {
              episodeId: a.episode.id,
              topic: 'hurt_is_not_harm',
              assignedBy: a.owner.id,
              assignedOn: '2026-03-10',
            }),
          ),
        ).toBe('conflict');
        expect(
          await storageError(
            repo.education.assign(a.clinic.id, {
              episodeId: a.episode.id,
              topic: 'x',
              assignedBy: a.clientUser.id,
              assignedOn: START,
            }),
          ),
        ).toBe('not_found');
        expect(await repo.education.list(a.clinic.id, a.episode.id)).toHaveLength(2);
      });

      test('a failed assignment inside a transaction leaves nothing of the transaction behind', async () => {
        const before = await repo.education.list(a.clinic.id, a.episode.id);
        const attempt = repo.transaction(async (tx) => {
          await tx.education.assign(a.clinic.id, {
            episodeId: a.episode.id,
            topic: 'sleep_and_pain',
            assignedBy: a.clinician.id,
            assignedOn: START,
          });
          await tx.education.assign(a.clinic.id, {
            episodeId: a.episode.id,
            topic: 'hurt_is_not_harm',
            assignedBy: a.clinician.id,
            assignedOn: START,
          });
        });
        expect(await storageError(attempt)).toBe('conflict');
        expect(await repo.education.list(a.clinic.id, a.episode.id)).toEqual(before);
      });
    });

    describe('tenant isolation', () => {
      test("clinic B reads nothing of clinic A's clients, episodes, records or logs", async () => {
        const entry = must((await repo.homeLog.list(a.clinic.id, a.episode.id))[0]);
        const visit = must((await repo.visits.list(a.clinic.id, a.episode.id))[0]);
        const appointment = must((await repo.appointments.list(a.clinic.id))[0]);
        const other = b.clinic.id;
        expect(await repo.clients.get(other, a.client.id)).toBeUndefined();
        expect(await repo.clients.findByUser(other, a.clientUser.id)).toBeUndefined();
        expect(await repo.users.get(other, a.clinician.id)).toBeUndefined();
        expect(await repo.episodes.get(other, a.episode.id)).toBeUndefined();
        expect(await repo.episodes.list(other, { clientId: a.client.id })).toEqual([]);
        expect(await repo.episodes.history(other, a.episode.id)).toBeUndefined();
        expect(await repo.homeLog.list(other, a.episode.id)).toEqual([]);
        expect(await repo.homeLog.get(other, entry.id)).toBeUndefined();
        expect(await repo.visits.get(other, visit.id)).toBeUndefined();
        expect(await repo.visits.list(other, a.episode.id)).toEqual([]);
        expect(await repo.plans.current(other, a.episode.id)).toBeUndefined();
        expect(await repo.plans.versions(other, a.episode.id)).toEqual([]);
        expect(await repo.assessments.list(other, a.episode.id)).toEqual([]);
        expect(await repo.prescriptions.current(other, a.episode.id, '2026-04-01')).toEqual([]);
        expect(await repo.prescriptions.list(other, a.episode.id)).toEqual([]);
        expect(await repo.measures.list(other, a.episode.id)).toEqual([]);
        expect(await repo.goals.list(other, a.episode.id)).toEqual([]);
        expect(await repo.decisions.list(other, a.episode.id)).toEqual([]);
        expect(await repo.referrals.list(other, a.episode.id)).toEqual([]);
        expect(await repo.education.list(other, a.episode.id)).toEqual([]);
        expect(await repo.appointments.get(other, appointment.id)).toBeUndefined();
        expect((await repo.clients.list(other)).map((c) => c.id)).toEqual([b.client.id]);
      });

      test("clinic B cannot write into clinic A's episode, client or records", async () => {
        const other = b.clinic.id;
        const episodeId = a.episode.id;
        const entry = must((await repo.homeLog.list(a.clinic.id, episodeId))[0]);
        const before = await repo.episodes.history(a.clinic.id, episodeId);
        // Run one by one: each must fail on its own, not because another left a transaction aborted.
        const attempts: (() => Promise<unknown>)[] = [
          () => repo.homeLog.add(other, { episodeId, ...homeEntry('2026-03-25') }),
          () => repo.homeLog.recordNextMorning(other, entry.id, 'dead_bug', 9),
          () => repo.measures.add(other, { episodeId, date: '2026-03-25', measure: 'odi', value: 90 }),
          () => repo.goals.replace(other, episodeId, []),
          () => repo.prescriptions.set(other, episodeId, '2026-03-25', [DEAD_BUG]),
          () => repo.decisions.record(other, episodeId, []),
          () =>
            repo.education.assign(other, {
              episodeId,
              topic: 'sleep_and_pain',
              assignedBy: b.clinician.id,
              assignedOn: '2026-03-25',
            }),
          () =>
            repo.visits.add(other, {
              episodeId,
              date: '2026-03-25',
              clinicianId: b.clinician.id,
              soap: { subjective: '', objective: '', assessment: '', plan: '' },
              performed: [],
            }),
          () => repo.episodes.create(other, { clientId: a.client.id, intake: intake(), startedOn: START }),
          () => repo.episodes.discharge(other, episodeId, '2026-03-25'),
          () => repo.clients.update(other, a.client.id, { name: 'Renamed' }),
          () => repo.users.update(other, a.clinician.id, { role: 'owner' }),
          () =>
            repo.appointments.create(other, {
              clientId: a.client.id,
              clinicianId: b.clinician.id,
              startsAt: '2026-03-25T09:00:00.000Z',
              minutes: 30,
              kind: 'in_person',
            }),
        ];
        for (const attempt of attempts) expect(await storageError(attempt())).toBe('not_found');
        expect(await repo.episodes.history(a.clinic.id, episodeId)).toEqual(before);
        expect(await repo.episodes.get(a.clinic.id, episodeId)).toMatchObject({ status: 'active' });
        expect(await repo.clients.get(a.clinic.id, a.client.id)).toEqual(a.client);
      });
    });
  });
}
