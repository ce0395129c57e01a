// The attention list through HTTP: a client logs a flare and the clinician sees the setback progression stored; a client
// who never logs, and one with an urgent referral, are listed with their rules; staff only, one clinic at a time.
import { addDays } from '@tandem/engine';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { episodeOf, fields, openKit, type Kit } from '../treatment/test-kit.ts';

let k: Kit;
let flaring: string;
let silent: string;
const START = '2026-11-02';

interface Item {
  clientId: string;
  clientName: string;
  episodeId: string;
  decision: string;
  ruleId: string;
  rationale: string;
  since: string;
  severity: string;
}

beforeAll(async () => {
  k = await openKit();
  flaring = await episodeOf(k.t, 'lbp-desk-analyst', START);
  silent = await episodeOf(k.t, 'lbp-desk-analyst', START, k.t.a.other.id);
  for (const id of [flaring, silent]) {
    const set = await k.call(k.clinician, 'PUT', `/episodes/${id}/prescription`, {
      validFrom: START,
      exercises: [{ exercise: 'dead_bug', sets: 2, reps: 8, daysPerWeek: 5 }],
    });
    expect(set.statusCode, set.body).toBe(200);
  }
  // Three weeks of settled logs, then pain at rest well above the usual level from the 21st: a flare by the 23rd.
  for (let d = 1; d <= 21; d++) {
    const date = addDays(START, d);
    const painAtRest = date >= '2026-11-21' ? 7 : 3;
    const res = await k.call(k.client, 'POST', `/episodes/${flaring}/home-log`, {
      date,
      source: 'home',
      painAtRest,
      exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2, painNextMorning: 2 }],
    });
    expect(res.statusCode, `${date}: ${res.body.slice(0, 300)}`).toBe(201);
  }
  const referral = await k.call(k.clinician, 'POST', `/episodes/${silent}/referrals`, {
    to: 'GP',
    urgency: 'urgent',
    reason: 'night pain to review',
  });
  expect(referral.statusCode, referral.body).toBe(201);
});
afterAll(async () => {
  await k.t.close();
});

const list = async (headers: Record<string, string>, query = '') => {
  const res = await k.call(headers, 'GET', `/attention${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Item[]>();
};

describe('GET /attention', () => {
  test('today: the setback and the urgent referral first, then the client who has not logged', async () => {
    const items = await list(k.clinician);
    expect(items.map((i) => [i.severity, i.clientName, i.decision, i.ruleId, i.since])).toEqual([
      ['high', 'Client of alpha', 'setback', 'episode.setback', '2026-11-23'],
      ['high', 'Second client of alpha', 'urgent_referral', 'attention.urgent_referral', '2026-11-23'],
      ['medium', 'Second client of alpha', 'no_home_log', 'attention.no_home_log', START],
    ]);
    expect(items[0]).toMatchObject({ clientId: k.t.a.client.id, episodeId: flaring });
    expect(items[0]?.rationale).toMatch(/flare/i);
    expect(items[2]?.rationale).toMatch(/No home log since the home program started on 2026-11-02 \(22 days\)/);
    expect(await list(k.owner)).toEqual(items);
    expect(await list(k.owner, '?limit=2')).toEqual(items.slice(0, 2));
  });

  test('as of an earlier date: no flare yet, and the silent week had just run', async () => {
    const items = await list(k.clinician, '?asOf=2026-11-08');
    expect(items.map((i) => [i.clientName, i.decision, i.since])).toEqual([
      ['Second client of alpha', 'no_home_log', START],
    ]);
    expect(await list(k.clinician, '?asOf=2026-11-07')).toEqual([]);
  });

  test('another clinic sees only its own clients; a client may not see the list', async () => {
    expect(await list(k.otherClinic)).toEqual([]);
    const res = await k.call(k.client, 'GET', '/attention');
    expect(res.statusCode).toBe(403);
    const denied = await k.t.repo.audit.list(k.t.a.id, { limit: 5 });
    expect(denied.some((e) => e.recordType === 'attention' && e.outcome === 'denied')).toBe(true);
  });

  test('a bad date is named', async () => {
    const res = await k.call(k.clinician, 'GET', '/attention?asOf=yesterday');
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['query.asOf']);
    expect(fields(await k.call(k.clinician, 'GET', '/attention?since=2026-11-01'))).toEqual(['query.since']);
    expect(fields(await k.call(k.clinician, 'GET', '/attention?limit=0'))).toEqual(['query.limit']);
  });

  test("the urgent referral leaves the list once a visit follows it; the visit's progression run adds low adherence", async () => {
    const visit = await k.call(k.clinician, 'POST', `/episodes/${silent}/visits`, {
      date: '2026-11-24',
      soap: { subjective: 'seen by GP: cleared', objective: '-', assessment: '-', plan: 'resume' },
      techniques: [],
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const items = await list(k.clinician, '?asOf=2026-11-24');
    // The visit ran progression for the silent client, which stored low adherence (nothing done in two weeks).
    expect(items.map((i) => [i.decision, i.since])).toEqual([
      ['setback', '2026-11-23'],
      ['no_home_log', START],
      ['adherence_low', '2026-11-24'],
    ]);
  });
});
