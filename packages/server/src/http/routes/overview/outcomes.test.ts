// The clinic's outcome figures through HTTP: a discharged episode that reached a meaningful change on its primary
// measure, an active one that did not, visits and adherence; the owner's figures only.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { episodeOf, fields, openKit, type Kit } from '../treatment/test-kit.ts';

let k: Kit;
const START = '2026-11-02';
const DEAD_BUG = {
  exercise: 'dead_bug',
  sets: 2,
  reps: 8,
  resistance: { kind: 'bodyweight' as const },
  painCeiling: 5,
  daysPerWeek: 7,
};
const SOAP = { subjective: 's', objective: 'o', assessment: 'a', plan: 'p' };

beforeAll(async () => {
  k = await openKit();
  const { t } = k;
  // Discharged: ODI 40 → 20 (MCID 10 points or 30 %), two visits, 7 of 14 prescribed sessions done.
  const improved = await episodeOf(t, 'lbp-desk-analyst', START);
  await t.repo.prescriptions.set(t.a.id, improved, START, [DEAD_BUG]);
  await t.repo.goals.replace(t.a.id, improved, [
    { measure: 'odi', baseline: 40, target: 20, date: '2026-12-14' },
    { measure: 'nprs', baseline: 6, target: 2, date: '2026-12-14' },
  ]);
  for (const [date, odi, nprs] of [
    [START, 40, 6],
    ['2026-11-15', 20, 5],
  ] as const) {
    await t.repo.measures.add(t.a.id, { episodeId: improved, date, measure: 'odi', value: odi });
    await t.repo.measures.add(t.a.id, { episodeId: improved, date, measure: 'nprs', value: nprs });
  }
  for (const date of ['2026-11-04', '2026-11-11'])
    await t.repo.visits.add(t.a.id, {
      episodeId: improved,
      date,
      clinicianId: t.a.clinician.id,
      soap: SOAP,
      performed: [],
    });
  for (let d = 3; d <= 15; d += 2) {
    await t.repo.homeLog.add(t.a.id, {
      episodeId: improved,
      date: `2026-11-${String(d).padStart(2, '0')}`,
      source: 'home',
      exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2 }],
    });
  }
  await t.repo.episodes.discharge(t.a.id, improved, '2026-11-15');
  // Active: no goals, LEFS 50 → 52 (MCID 9): no meaningful change; one visit; nothing logged.
  const flat = await episodeOf(t, 'knee-runner', START, t.a.other.id);
  await t.repo.prescriptions.set(t.a.id, flat, '2026-11-16', [DEAD_BUG]);
  await t.repo.measures.add(t.a.id, { episodeId: flat, date: START, measure: 'lefs', value: 50 });
  await t.repo.measures.add(t.a.id, { episodeId: flat, date: '2026-11-20', measure: 'lefs', value: 52 });
  await t.repo.visits.add(t.a.id, {
    episodeId: flat,
    date: '2026-11-16',
    clinicianId: t.a.owner.id,
    soap: SOAP,
    performed: [],
  });
});
afterAll(async () => {
  await k.t.close();
});

interface Outcomes {
  asOf: string;
  episodes: Record<string, number>;
  primaryMeasure: Record<string, unknown>;
  visits: Record<string, number | null>;
  adherence: Record<string, number | null>;
  instruments: {
    instrument: string;
    measured: number;
    improved: number;
    share: number | null;
    mcid: number;
    primaryIn: number;
  }[];
}

test('the owner sees episodes, meaningful change on the primary measure, visits, adherence and each instrument', async () => {
  const res = await k.call(k.owner, 'GET', '/clinic/outcomes?asOf=2026-11-23');
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json<Outcomes>();
  expect(body.asOf).toBe('2026-11-23');
  expect(body.episodes).toEqual({ total: 2, active: 1, discharged: 1 });
  expect(body.primaryMeasure).toEqual({
    measured: 2,
    improved: 1,
    worsened: 0,
    unchanged: 1,
    share: 0.5,
    notMeasured: 0,
    discharged: { measured: 1, improved: 1, worsened: 0, unchanged: 0, share: 1 },
  });
  expect(body.visits).toEqual({ total: 3, perEpisode: 1.5, perDischargedEpisode: 2 });
  // 7 of 14 in the discharged episode; none of 8 (11-16 to 11-23, 7 a week) in the active one.
  expect(body.adherence).toEqual({ episodes: 2, mean: 0.25 });
  expect(body.instruments.map((i) => [i.instrument, i.primaryIn, i.measured, i.improved, i.share, i.mcid])).toEqual([
    ['lefs', 1, 1, 0, 0, 9],
    ['nprs', 0, 1, 0, 0, 2],
    ['odi', 1, 1, 1, 1, 10],
  ]);
});

test('as of an earlier date, later scores and the discharge do not count yet', async () => {
  const body = (await k.call(k.owner, 'GET', '/clinic/outcomes?asOf=2026-11-10')).json<Outcomes>();
  expect(body.episodes).toEqual({ total: 2, active: 2, discharged: 0 });
  expect(body.primaryMeasure).toMatchObject({ measured: 0, notMeasured: 2, share: null });
});

test("only the owner: clinicians and clients are refused; another clinic's owner would see only theirs", async () => {
  expect((await k.call(k.clinician, 'GET', '/clinic/outcomes')).statusCode).toBe(403);
  expect((await k.call(k.client, 'GET', '/clinic/outcomes')).statusCode).toBe(403);
  expect((await k.call(k.otherClinic, 'GET', '/clinic/outcomes')).statusCode).toBe(403);
  const other = await k.t.signIn(k.t.b.owner.email);
  const theirs = await k.t.app.inject({ method: 'GET', url: '/api/v1/clinic/outcomes', headers: other.headers });
  expect(theirs.json<Outcomes>().episodes).toEqual({ total: 0, active: 0, discharged: 0 });
});

test('today by default; a bad date is named', async () => {
  expect((await k.call(k.owner, 'GET', '/clinic/outcomes')).json<Outcomes>().asOf).toBe('2026-11-23');
  expect(fields(await k.call(k.owner, 'GET', '/clinic/outcomes?asOf=2026-13-01'))).toEqual(['query.asOf']);
});
