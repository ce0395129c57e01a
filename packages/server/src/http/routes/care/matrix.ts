// Access-matrix rows for the care routes (see ../../route-matrix.ts).
// Outcomes are spelled out here rather than imported: route-matrix.ts imports this file, and a value read from it
// while the cycle is still loading would not exist yet.
import { generatePlan, type CaseFile } from '@tandem/engine';
import { readExampleCase } from '../../../demo/case-files.ts';
import { OWN_RECORD, STAFF_ONLY } from '../../matrix-outcomes.ts';
import type { RouteCase } from '../../route-matrix.ts';
import type { TestApp } from '../../test-app.ts';

export const CARE_START = '2026-11-02';

/** The low-back example case, parsed (defaults applied) as the API stores it. */
export const careIntake = (): CaseFile => readExampleCase('lbp-desk-analyst');

/** A fresh episode of a clinic A client. */
export const careEpisode = async (t: TestApp, clientId: string): Promise<string> =>
  (await t.repo.episodes.create(t.a.id, { clientId, startedOn: CARE_START, intake: careIntake() })).id;

/** A fresh episode with plan version 1 generated from its intake. */
export async function episodeWithPlan(t: TestApp, clientId: string): Promise<string> {
  const episodeId = await careEpisode(t, clientId);
  await t.repo.plans.addVersion(t.a.id, {
    episodeId,
    version: 1,
    document: generatePlan(careIntake(), { asOf: CARE_START }),
    createdBy: t.a.clinician.id,
    reason: 'generated',
  });
  return episodeId;
}

/** A JSON body as sent (the matrix's type names objects; an intake or a goal list is sent as is). */
const asBody = (value: unknown): Record<string, unknown> => value as Record<string, unknown>;

const url = (episodeId: string, rest: string) => `/api/v1/episodes/${episodeId}/${rest}`;
const own = (rest: string, body?: Record<string, unknown>) => async (t: TestApp) => ({
  url: url(await careEpisode(t, t.a.client.id), rest),
  ...(body ? { body } : {}),
});
const ownPlanned = (rest: string) => async (t: TestApp) => ({
  url: url(await episodeWithPlan(t, t.a.client.id), rest),
});

export const CARE_ROUTES: RouteCase[] = [
  {
    method: 'PUT',
    path: '/api/v1/episodes/:id/intake',
    clientData: true,
    setup: own('intake', asBody(careIntake())),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/screening',
    clientData: true,
    setup: own('screening'),
    expect: STAFF_ONLY,
  },

  {
    method: 'GET',
    path: '/api/v1/episodes/:id/assessments',
    clientData: true,
    setup: own('assessments'),
    expect: STAFF_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/episodes/:id/assessments',
    clientData: true,
    setup: own('assessments', { date: '2026-11-16', questionnaires: { odi: [1, 1, 1, 1, 2, 1, 1, 1, 1, 1] } }),
    expect: STAFF_ONLY,
  },

  {
    method: 'POST',
    path: '/api/v1/episodes/:id/plan/generate',
    clientData: true,
    setup: own('plan/generate', { date: CARE_START }),
    expect: STAFF_ONLY,
  },
  { method: 'GET', path: '/api/v1/episodes/:id/plan', clientData: true, setup: ownPlanned('plan'), expect: OWN_RECORD },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/plan',
    variant: "another client's plan",
    clientData: true,
    setup: async (t) => ({ url: url(await episodeWithPlan(t, t.a.other.id), 'plan') }),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/plans',
    clientData: true,
    setup: ownPlanned('plans'),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/plans/:version',
    clientData: true,
    setup: ownPlanned('plans/1'),
    expect: STAFF_ONLY,
  },
  {
    method: 'PUT',
    path: '/api/v1/episodes/:id/plan',
    clientData: true,
    setup: async (t) => {
      const episodeId = await episodeWithPlan(t, t.a.client.id);
      const current = await t.repo.plans.current(t.a.id, episodeId);
      return { url: url(episodeId, 'plan'), body: { basedOn: 1, reason: 'matrix edit', plan: current?.document } };
    },
    expect: STAFF_ONLY,
  },

  { method: 'GET', path: '/api/v1/episodes/:id/goals', clientData: true, setup: own('goals'), expect: OWN_RECORD },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/goals',
    variant: "another client's goals",
    clientData: true,
    setup: async (t) => ({ url: url(await careEpisode(t, t.a.other.id), 'goals') }),
    expect: STAFF_ONLY,
  },
  {
    method: 'PUT',
    path: '/api/v1/episodes/:id/goals',
    clientData: true,
    setup: own('goals', asBody([{ measure: 'odi', baseline: 30, target: 14, date: '2026-12-14' }])),
    expect: STAFF_ONLY,
  },

  {
    method: 'GET',
    path: '/api/v1/episodes/:id/referrals',
    clientData: true,
    setup: own('referrals'),
    expect: STAFF_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/episodes/:id/referrals',
    clientData: true,
    setup: own('referrals', { to: 'GP', urgency: 'routine', reason: 'blood pressure review' }),
    expect: STAFF_ONLY,
  },

  {
    method: 'POST',
    path: '/api/v1/episodes/:id/discharge',
    clientData: true,
    setup: own('discharge', { date: '2026-12-14', summary: 'Goals met; maintenance program agreed.' }),
    expect: STAFF_ONLY,
  },

  {
    method: 'GET',
    path: '/api/v1/episodes/:id/education',
    clientData: true,
    setup: own('education'),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/education',
    variant: "another client's education",
    clientData: true,
    setup: async (t) => ({ url: url(await careEpisode(t, t.a.other.id), 'education') }),
    expect: STAFF_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/episodes/:id/education',
    clientData: true,
    setup: own('education', { topic: 'sleep_and_pain', date: '2026-11-09' }),
    expect: STAFF_ONLY,
  },
];
