// The access matrix: for each route, what each caller gets. Clinic A's owner, clinician and client login (whose own
// record is a.client), and a clinician of clinic B. isolation.test.ts runs every cell through HTTP.
import { readFileSync } from 'node:fs';
import type { CaseFileInput } from '@tandem/engine';
import { EXAMPLE_CASES } from '../demo/case-files.ts';
import { OWN_RECORD, STAFF_ONLY } from './matrix-outcomes.ts';
import type { TestApp } from './test-app.ts';
import { FHIR_ROUTES } from '../fhir/matrix.ts';
import { CARE_ROUTES } from './routes/care/matrix.ts';
import { DOCUMENT_ROUTES } from './routes/documents/matrix.ts';
import { OVERVIEW_ROUTES } from './routes/overview/matrix.ts';
import { SCHEDULE_ROUTES } from './routes/schedule/matrix.ts';
import { STAFF_ROUTES } from './routes/staff/matrix.ts';
import { TREATMENT_ROUTES } from './routes/treatment/matrix.ts';

export type Caller = 'owner' | 'clinician' | 'client' | 'otherClinic';
export type Outcome = 'ok' | 'forbidden' | 'not_found';

export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As registered, e.g. /api/v1/clients/:id. */
  path: string;
  /** What differs from other rows of the same route ("another client's record"). */
  variant?: string;
  /** Reads or writes a client's data, so every call must leave an audit event. */
  clientData: boolean;
  /** Makes what the call needs (fresh per cell) and returns the concrete URL and body. */
  setup: (t: TestApp) => Promise<{ url: string; body?: Record<string, unknown> }>;
  expect: Record<Caller, Outcome>;
}

export const INTAKE = JSON.parse(
  readFileSync(new URL('lbp-desk-analyst.json', EXAMPLE_CASES), 'utf8'),
) as CaseFileInput;

export const episodeOf = async (t: TestApp, clientId: string): Promise<string> =>
  (await t.repo.episodes.create(t.a.id, { clientId, startedOn: '2026-11-02', intake: INTAKE as never })).id;

export const CORE_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/v1/clients',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/clients' }),
    expect: { owner: 'ok', clinician: 'ok', client: 'ok', otherClinic: 'ok' },
  },
  {
    method: 'POST',
    path: '/api/v1/clients',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/clients', body: { name: 'New client' } }),
    expect: { owner: 'ok', clinician: 'ok', client: 'forbidden', otherClinic: 'ok' },
  },
  {
    method: 'GET',
    path: '/api/v1/clients/:id',
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/api/v1/clients/${t.a.client.id}` }),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/api/v1/clients/:id',
    variant: "another client's record",
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/api/v1/clients/${t.a.other.id}` }),
    expect: STAFF_ONLY,
  },
  {
    method: 'PATCH',
    path: '/api/v1/clients/:id',
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/api/v1/clients/${t.a.client.id}`, body: { email: 'client@alpha.test' } }),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/clients/:id/episodes',
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/api/v1/clients/${t.a.client.id}/episodes` }),
    expect: OWN_RECORD,
  },
  {
    method: 'POST',
    path: '/api/v1/clients/:id/episodes',
    clientData: true,
    setup: (t) =>
      Promise.resolve({
        url: `/api/v1/clients/${t.a.client.id}/episodes`,
        body: { startedOn: '2026-11-02', intake: INTAKE },
      }),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id',
    clientData: true,
    setup: async (t) => ({ url: `/api/v1/episodes/${await episodeOf(t, t.a.client.id)}` }),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id',
    variant: "another client's episode",
    clientData: true,
    setup: async (t) => ({ url: `/api/v1/episodes/${await episodeOf(t, t.a.other.id)}` }),
    expect: STAFF_ONLY,
  },
];

export const ROUTE_MATRIX: RouteCase[] = [
  ...CORE_ROUTES,
  ...CARE_ROUTES,
  ...TREATMENT_ROUTES,
  ...SCHEDULE_ROUTES,
  ...STAFF_ROUTES,
  ...DOCUMENT_ROUTES,
  ...OVERVIEW_ROUTES,
  ...FHIR_ROUTES,
];
