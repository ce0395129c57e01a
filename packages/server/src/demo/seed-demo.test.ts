import { parseHistory, progress, screenCase } from '@tandem/engine';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyPassword } from '../auth/passwords.ts';
import { countRows } from '../backup/tables.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { createKyselyRepository } from '../db/kysely-repository.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Repository } from '../db/repository.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { loadEpisodeState, replay, segmentAt, historyFor } from '../progression/service.ts';
import { loadDemoCases } from './case-files.ts';
import { DEMO_PASSWORDS } from './people.ts';
import { DemoNotEmptyError, isEmpty, seedDemo, seedDemoIfEmpty, type DemoClinic } from './seed-demo.ts';

const NOW = '2026-11-23T10:00:00.000Z';
const TODAY = NOW.slice(0, 10);
const YESTERDAY = '2026-11-22';
const cases = loadDemoCases();
const referredFirst = cases.filter((c) => {
  const r = screenCase(c).referral;
  return r !== null && r.urgency !== 'routine';
});

describe('seedDemo', () => {
  let handle: DatabaseHandle;
  let repo: Repository;
  let demo: DemoClinic;

  beforeAll(async () => {
    handle = await openTestDatabase();
    await migrateToLatest(handle.db);
    repo = createKyselyRepository(handle.db, handle.dialect);
    expect(await isEmpty(repo)).toBe(true);
    demo = await seedDemo(repo, { now: NOW });
  });
  afterAll(async () => {
    await handle.close();
  });

  test('creates one clinic, an owner, two clinicians, three client logins, and a client and episode per example case', async () => {
    expect(await isEmpty(repo)).toBe(false);
    expect(demo.logins.map((l) => l.role)).toEqual(['owner', 'clinician', 'clinician', 'client', 'client', 'client']);
    const counts = await countRows(handle.db);
    expect(counts).toMatchObject({ clinics: 1, users: 6, clients: cases.length, episodes: cases.length, sessions: 0 });
    expect(counts.plans).toBe(cases.length - referredFirst.length);
    expect(counts.referrals).toBe(cases.filter((c) => screenCase(c).referral !== null).length);
    const clients = await repo.clients.list(demo.clinic.id);
    expect(clients.filter((c) => c.userId !== null)).toHaveLength(3);
    for (const c of clients) expect(c.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    expect(clients.every((c) => c.dateOfBirth !== null)).toBe(true);
  });

  test('each client with a plan has 3–6 weeks of logs and visits, re-assessment scores, decisions and upcoming visits', async () => {
    const clinicId = demo.clinic.id;
    for (const c of demo.clients.filter((x) => x.plan)) {
      const entries = await repo.homeLog.list(clinicId, c.episodeId);
      const weeks = (Date.parse(TODAY) - Date.parse(entries[0]?.date ?? TODAY)) / (7 * 86_400_000);
      expect(weeks, c.caseId).toBeGreaterThanOrEqual(3);
      expect(weeks, c.caseId).toBeLessThanOrEqual(6);
      expect(
        entries.every((e) => e.date < TODAY),
        c.caseId,
      ).toBe(true);
      const visits = await repo.visits.list(clinicId, c.episodeId);
      expect(visits.length, c.caseId).toBeGreaterThanOrEqual(3);
      expect(
        visits.every((v) => v.performed.length > 0 && v.soap.subjective !== ''),
        c.caseId,
      ).toBe(true);
      const decisions = await repo.decisions.list(clinicId, c.episodeId);
      expect(
        decisions.some((d) => d.scope === 'exercise'),
        c.caseId,
      ).toBe(true);
      expect((await repo.goals.list(clinicId, c.episodeId)).length, c.caseId).toBeGreaterThan(0);
      expect((await repo.education.list(clinicId, c.episodeId)).length, c.caseId).toBeGreaterThan(0);
      const upcoming = await repo.appointments.list(clinicId, { clientId: c.id, from: NOW });
      expect(upcoming.length, c.caseId).toBeGreaterThanOrEqual(2);
      expect(upcoming.every((a) => a.status === 'scheduled')).toBe(true);
      const past = await repo.appointments.list(clinicId, { clientId: c.id, to: NOW });
      expect(past.filter((a) => a.status === 'completed')).toHaveLength(visits.length);
    }
    const rescored = await handle.db.selectFrom('assessments').select('details').execute();
    expect(rescored.filter((a) => a.details.includes('"reassessment"')).length).toBeGreaterThan(0);
  });

  test("every stored history replays through the engine as the server does, every log carries its day's prescription, and the decisions are the replay's", async () => {
    const clinicId = demo.clinic.id;
    for (const c of demo.clients.filter((x) => x.plan)) {
      const episode = await repo.episodes.get(clinicId, c.episodeId);
      if (!episode) throw new Error(`${c.caseId}: no episode`);
      const state = await loadEpisodeState(repo, episode);
      const segment = segmentAt(state, YESTERDAY);
      if (!segment) throw new Error(`${c.caseId}: no program`);
      // The engine's own parse and replay of what storage holds…
      const parsed = parseHistory(historyFor(state, segment).input);
      expect(parsed.ok ? [] : parsed.problems, c.caseId).toEqual([]);
      if (parsed.ok) expect(progress(parsed.value, { asOf: YESTERDAY }).ok, c.caseId).toBe(true);
      // …and the server's progression service (the demo's care runs up to yesterday).
      const run = replay(state, YESTERDAY, { asOf: YESTERDAY });
      expect(run.problems, c.caseId).toEqual([]);
      const decisions = await repo.decisions.list(clinicId, c.episodeId);
      expect(
        decisions.map((d) => [d.date, d.ruleId, d.exercise]),
        c.caseId,
      ).toEqual(run.report?.events.map((e) => [e.date, e.ruleId, e.scope === 'exercise' ? e.exercise : null]));
      const logs = (await repo.homeLog.list(clinicId, c.episodeId)).flatMap((e) => e.exercises);
      expect(logs.length, c.caseId).toBeGreaterThan(0);
      expect(
        logs.filter((l) => l.prescribed === null),
        c.caseId,
      ).toEqual([]);
    }
  });

  test('the story has progressions, a flare-up with a restart, and re-assessments due', async () => {
    const decided = await handle.db.selectFrom('progression_decisions').select('decision').distinct().execute();
    expect(decided.map((d) => d.decision)).toEqual(
      expect.arrayContaining(['progress', 'hold', 'regress', 'setback', 'reassess_due']),
    );
    expect((await countRows(handle.db, ['prescriptions'])).prescriptions).toBeGreaterThan(cases.length);
  });

  test('a case whose screen asks for urgent or emergency referral gets the referral and no plan', async () => {
    expect(referredFirst.length).toBeGreaterThan(0);
    for (const caseFile of referredFirst) {
      const c = demo.clients.find((x) => x.caseId === caseFile.id);
      if (!c) throw new Error(`${caseFile.id} not seeded`);
      expect(c.plan).toBe(false);
      expect(await repo.plans.current(demo.clinic.id, c.episodeId)).toBeUndefined();
      const [referral] = await repo.referrals.list(demo.clinic.id, c.episodeId);
      expect(referral?.urgency).toMatch(/^(urgent|emergency)$/);
      expect(await repo.homeLog.list(demo.clinic.id, c.episodeId)).toEqual([]);
      expect(await repo.prescriptions.list(demo.clinic.id, c.episodeId)).toEqual([]);
      const [assessment] = await repo.assessments.list(demo.clinic.id, c.episodeId);
      expect(assessment?.details).toMatchObject({
        kind: 'intake',
        screening: { referral: { urgency: referral?.urgency } },
      });
    }
    const routine = demo.clients.find((x) => x.referral === 'routine');
    expect(routine?.plan).toBe(true);
  });

  test('appointments: past ones completed (one cancelled), upcoming ones scheduled, one telehealth with a video link', async () => {
    const all = await repo.appointments.list(demo.clinic.id);
    const video = all.filter((a) => a.kind === 'telehealth');
    expect(video.length).toBeGreaterThanOrEqual(1);
    expect(video.every((a) => a.videoLink?.startsWith('https://') === true && a.startsAt > NOW)).toBe(true);
    expect(all.some((a) => a.status === 'cancelled')).toBe(true);
    expect(all.filter((a) => a.startsAt < NOW).every((a) => a.status !== 'scheduled')).toBe(true);
    const booked = all.filter((a) => a.status !== 'cancelled').map((a) => `${a.clinicianId} ${a.startsAt}`);
    expect(new Set(booked).size).toBe(booked.length); // no clinician double-booked
  });

  test('the logins it returns verify against the stored argon2id hashes', async () => {
    for (const login of demo.logins) {
      const user = await repo.users.findByEmail(login.email);
      expect(user?.role).toBe(login.role);
      expect(login.password).toBe(DEMO_PASSWORDS[login.role]);
      expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user?.passwordHash ?? '', login.password)).toBe(true);
      expect(await verifyPassword(user?.passwordHash ?? '', `${login.password}!`)).toBe(false);
    }
    const clientLogin = demo.logins.find((l) => l.role === 'client');
    const user = await repo.users.findByEmail(clientLogin?.email ?? '');
    expect(await repo.clients.findByUser(demo.clinic.id, user?.id ?? '')).toMatchObject({ name: clientLogin?.name });
  });

  test('refuses a database that already has a clinic, and changes nothing', async () => {
    const before = await countRows(handle.db);
    await expect(seedDemo(repo, { now: NOW })).rejects.toThrow(DemoNotEmptyError);
    expect(await seedDemoIfEmpty(repo, { now: NOW })).toBeNull();
    expect(await countRows(handle.db)).toEqual(before);
  });
});

test('a failure part-way through leaves the database empty', async () => {
  const handle = await openTestDatabase();
  try {
    await migrateToLatest(handle.db);
    const repo = createKyselyRepository(handle.db, handle.dialect);
    const knee = cases.find((c) => c.id === 'knee-runner');
    if (!knee) throw new Error('knee-runner example missing');
    // The same login case twice: the second client login's e-mail is taken, late in the transaction.
    await expect(seedDemo(repo, { now: NOW, cases: [...cases, knee] })).rejects.toThrow(/UNIQUE|unique/);
    expect(await isEmpty(repo)).toBe(true);
    expect(Object.values(await countRows(handle.db)).every((n) => n === 0)).toBe(true);
  } finally {
    await handle.close();
  }
});
