// Access-matrix rows for the treatment routes (see ../../route-matrix.ts). Outcomes are spelled out here: route-matrix.ts
// imports this file, so a value imported back from it would not exist yet while the cycle loads.
import type { CaseFile, Prescription } from '@tandem/engine';
import { readExampleCase } from '../../../demo/case-files.ts';
import { OWN_RECORD, STAFF_ONLY } from '../../matrix-outcomes.ts';
import type { RouteCase } from '../../route-matrix.ts';
import type { TestApp } from '../../test-app.ts';

export const SESSION_START = '2026-11-02';
export const DEAD_BUG: Prescription = {
  exercise: 'dead_bug',
  sets: 2,
  reps: 8,
  resistance: { kind: 'bodyweight' },
  painCeiling: 5,
  daysPerWeek: 5,
};

export const sessionIntake = (): CaseFile => readExampleCase('lbp-desk-analyst');

/** A fresh clinic A episode with a one-exercise home program from its start. */
export async function programmedEpisode(t: TestApp, clientId: string): Promise<string> {
  const { id } = await t.repo.episodes.create(t.a.id, { clientId, startedOn: SESSION_START, intake: sessionIntake() });
  await t.repo.prescriptions.set(t.a.id, id, SESSION_START, [DEAD_BUG]);
  return id;
}

async function entryOf(t: TestApp, clientId: string): Promise<string> {
  const episodeId = await programmedEpisode(t, clientId);
  const entry = await t.repo.homeLog.add(t.a.id, {
    episodeId,
    date: '2026-11-03',
    source: 'home',
    exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2 }],
  });
  return entry.id;
}

async function visitOf(t: TestApp, clientId: string): Promise<string> {
  const episodeId = await programmedEpisode(t, clientId);
  const soap = { subjective: 'easier mornings', objective: 'flexion 50°', assessment: 'settling', plan: 'continue' };
  return (
    await t.repo.visits.add(t.a.id, {
      episodeId,
      date: '2026-11-03',
      clinicianId: t.a.clinician.id,
      soap,
      performed: [],
    })
  ).id;
}

const episodeUrl = (episodeId: string, rest: string) => `/api/v1/episodes/${episodeId}/${rest}`;
const ownEpisode = (rest: string, body?: Record<string, unknown>) => async (t: TestApp) => ({
  url: episodeUrl(await programmedEpisode(t, t.a.client.id), rest),
  ...(body ? { body } : {}),
});
const otherEpisode = (rest: string, body?: Record<string, unknown>) => async (t: TestApp) => ({
  url: episodeUrl(await programmedEpisode(t, t.a.other.id), rest),
  ...(body ? { body } : {}),
});

const HOME_ENTRY = { date: '2026-11-03', source: 'home', painAtRest: 3, exercises: [] };
const VISIT = {
  date: '2026-11-03',
  soap: { subjective: 'sitting easier', objective: 'flexion 45°', assessment: 'improving', plan: 'progress hinge' },
  techniques: [{ technique: 'gentle_effleurage_back', region: 'lumbar', minutes: 10 }],
};

export const TREATMENT_ROUTES: RouteCase[] = [
  // home log
  {
    method: 'POST',
    path: '/api/v1/episodes/:id/home-log',
    clientData: true,
    setup: ownEpisode('home-log', HOME_ENTRY),
    expect: OWN_RECORD,
  },
  {
    method: 'POST',
    path: '/api/v1/episodes/:id/home-log',
    variant: "another client's episode",
    clientData: true,
    setup: otherEpisode('home-log', HOME_ENTRY),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/home-log',
    clientData: true,
    setup: ownEpisode('home-log'),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/home-log',
    variant: "another client's log",
    clientData: true,
    setup: otherEpisode('home-log'),
    expect: STAFF_ONLY,
  },
  {
    method: 'PATCH',
    path: '/api/v1/home-log/:id/next-morning',
    clientData: true,
    setup: async (t) => ({
      url: `/api/v1/home-log/${await entryOf(t, t.a.client.id)}/next-morning`,
      body: { exercise: 'dead_bug', pain: 2 },
    }),
    expect: OWN_RECORD,
  },
  {
    method: 'PATCH',
    path: '/api/v1/home-log/:id/next-morning',
    variant: "another client's entry",
    clientData: true,
    setup: async (t) => ({
      url: `/api/v1/home-log/${await entryOf(t, t.a.other.id)}/next-morning`,
      body: { exercise: 'dead_bug', pain: 2 },
    }),
    expect: STAFF_ONLY,
  },

  // visits (clinical notes: staff only)
  {
    method: 'POST',
    path: '/api/v1/episodes/:id/visits',
    clientData: true,
    setup: ownEpisode('visits', VISIT),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/visits',
    clientData: true,
    setup: ownEpisode('visits'),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/visits/:id',
    clientData: true,
    setup: async (t) => ({ url: `/api/v1/visits/${await visitOf(t, t.a.client.id)}` }),
    expect: STAFF_ONLY,
  },

  // progress and home program
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/progress',
    clientData: true,
    setup: ownEpisode('progress'),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/progress',
    variant: "another client's progress",
    clientData: true,
    setup: otherEpisode('progress'),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/prescription',
    clientData: true,
    setup: ownEpisode('prescription'),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/prescription',
    variant: "another client's program",
    clientData: true,
    setup: otherEpisode('prescription'),
    expect: STAFF_ONLY,
  },
  {
    method: 'PUT',
    path: '/api/v1/episodes/:id/prescription',
    clientData: true,
    setup: ownEpisode('prescription', {
      validFrom: '2026-11-09',
      exercises: [{ exercise: 'dead_bug', sets: 3, reps: 8, daysPerWeek: 5 }],
    }),
    expect: STAFF_ONLY,
  },
];
