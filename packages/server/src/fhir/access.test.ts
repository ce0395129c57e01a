// The API's access rules on /fhir: a client reads their own record (without the staff-only types), not another
// client's; another clinic gets "not found"; no sign-in gets 401; every error is an OperationOutcome; reads are audited.
import type { Bundle, OperationOutcome } from '@medplum/fhirtypes';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sessionCookie } from '../http/test-app.ts';
import { STAFF_ONLY_TYPES, type ResourceType } from './episode-record.ts';
import { FHIR_ROUTES } from './matrix.ts';
import { openDemoApp, resourcesOf, type DemoApp } from './test-kit.ts';

let t: DemoApp;
let own: { email: string; clientId: string };
let another: string;
let staffBundle: Bundle;

beforeAll(async () => {
  t = await openDemoApp();
  const [first] = t.emails.clients;
  if (!first) throw new Error('the demo has no client login');
  own = first;
  another = t.demo.clients.find((c) => c.id !== own.clientId)?.id ?? '';
  // A referral, so every type exists for this client.
  const episodeId = t.demo.clients.find((c) => c.id === own.clientId)?.episodeId ?? '';
  await t.repo.referrals.add(t.demo.clinic.id, {
    episodeId,
    to: 'Sports physician',
    urgency: 'routine',
    reason: 'second opinion on load tolerance',
  });
  staffBundle = (
    await t.app.inject({
      method: 'GET',
      url: `/fhir/R4/Patient/${own.clientId}/$everything`,
      headers: await t.as(t.emails.clinician),
    })
  ).json<Bundle>();
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = async (url: string, email?: string): Promise<LightMyRequestResponse> =>
  t.app.inject({ method: 'GET', url, headers: email === undefined ? {} : await t.as(email) });

function expectOutcome(res: LightMyRequestResponse, status: number, code: string): OperationOutcome {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
  const outcome = res.json<OperationOutcome>();
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(outcome.issue[0]?.code).toBe(code);
  return outcome;
}

const firstOf = (type: ResourceType) => resourcesOf(staffBundle).find((r) => r.resourceType === type);

describe('a client login', () => {
  test('reads their own record, without the staff-only types', async () => {
    const res = await get(`/fhir/R4/Patient/${own.clientId}/$everything`, own.email);
    expect(res.statusCode).toBe(200);
    const types = new Set(resourcesOf(res.json<Bundle>()).map((r) => r.resourceType));
    expect([...types]).toEqual(
      expect.arrayContaining(['Patient', 'Condition', 'CarePlan', 'Goal', 'Observation', 'Appointment']),
    );
    for (const type of STAFF_ONLY_TYPES) expect(types.has(type)).toBe(false);
    expect(resourcesOf(staffBundle).some((r) => STAFF_ONLY_TYPES.has(r.resourceType as ResourceType))).toBe(true);
  });

  test.each(['Patient', 'Condition', 'CarePlan', 'Goal', 'Observation', 'Appointment'] as const)(
    'reads their own %s',
    async (type) => {
      const resource = firstOf(type);
      expect((await get(`/fhir/R4/${type}/${resource?.id ?? ''}`, own.email)).statusCode).toBe(200);
    },
  );

  test.each([...STAFF_ONLY_TYPES])('may not read a %s, even their own (staff only, as in the API)', async (type) => {
    const resource = firstOf(type);
    expectOutcome(await get(`/fhir/R4/${type}/${resource?.id ?? ''}`, own.email), 403, 'forbidden');
  });

  test("may not read another client's record", async () => {
    expectOutcome(await get(`/fhir/R4/Patient/${another}/$everything`, own.email), 403, 'forbidden');
    expectOutcome(await get(`/fhir/R4/Patient/${another}`, own.email), 403, 'forbidden');
  });
});

describe('another clinic', () => {
  test.each([
    'Patient',
    'Condition',
    'CarePlan',
    'Goal',
    'Observation',
    'QuestionnaireResponse',
    'Procedure',
    'ServiceRequest',
    'Appointment',
  ] as const)('gets "not found" for a %s', async (type) => {
    const resource = firstOf(type);
    const outcome = expectOutcome(
      await get(`/fhir/R4/${type}/${resource?.id ?? ''}`, t.otherClinic.email),
      404,
      'not-found',
    );
    expect(outcome.issue[0]?.details?.text).toBe(`${type}/${resource?.id ?? ''} not found`);
  });

  test('gets "not found" for $everything', async () => {
    expectOutcome(await get(`/fhir/R4/Patient/${own.clientId}/$everything`, t.otherClinic.email), 404, 'not-found');
  });
});

describe('sign-in and errors', () => {
  test('no sign-in: 401 as an OperationOutcome; the CapabilityStatement is public', async () => {
    expectOutcome(await get(`/fhir/R4/Patient/${own.clientId}`), 401, 'login');
    expectOutcome(await get(`/fhir/R4/Patient/${own.clientId}/$everything`), 401, 'login');
    expect((await get('/fhir/R4/metadata')).statusCode).toBe(200);
  });

  test('the session cookie works as on /api/v1', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: own.email, password: 'demo-client-password' },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: `/fhir/R4/Patient/${own.clientId}`,
      headers: { cookie: sessionCookie(login) },
    });
    expect(res.statusCode).toBe(200);
  });

  test('a malformed id is 400, an unknown one 404, an unknown interaction 404', async () => {
    const bad = expectOutcome(await get('/fhir/R4/Patient/not_an_id!', t.emails.owner), 400, 'invalid');
    expect(bad.issue[0]?.diagnostics).toBe('params.id');
    expectOutcome(await get('/fhir/R4/Patient/00000000-0000-4000-8000-000000000000', t.emails.owner), 404, 'not-found');
    expectOutcome(await get('/fhir/R4/Observation/abc', t.emails.owner), 404, 'not-found');
    expectOutcome(await get('/fhir/R4/Medication/1', t.emails.owner), 404, 'not-found');
  });
});

describe('audit', () => {
  /** The events one request leaves in a clinic's log (the test clock is fixed, so they are told apart by id). */
  async function eventsOf(clinicId: string, request: () => Promise<unknown>) {
    const before = new Set((await t.repo.audit.list(clinicId, { limit: 10_000 })).map((e) => e.id));
    await request();
    return (await t.repo.audit.list(clinicId, { limit: 10_000 })).filter((e) => !before.has(e.id));
  }

  test('a read is audited against the client, with its outcome', async () => {
    const goal = firstOf('Goal');
    expect(await eventsOf(t.demo.clinic.id, () => get(`/fhir/R4/Goal/${goal?.id ?? ''}`, t.emails.clinician))).toEqual([
      expect.objectContaining({
        action: 'read',
        recordType: 'fhir:Goal',
        recordId: goal?.id,
        clientId: own.clientId,
        outcome: 'success',
      }),
    ]);
    expect(
      await eventsOf(t.demo.clinic.id, () => get(`/fhir/R4/Patient/${own.clientId}/$everything`, t.emails.owner)),
    ).toEqual([
      expect.objectContaining({ recordType: 'fhir:Patient/$everything', clientId: own.clientId, outcome: 'success' }),
    ]);
  });

  test('refusals are audited too: a client reaching for another record, another clinic probing', async () => {
    expect(await eventsOf(t.demo.clinic.id, () => get(`/fhir/R4/Patient/${another}`, own.email))).toEqual([
      expect.objectContaining({ recordType: 'fhir:Patient', clientId: another, outcome: 'denied' }),
    ]);
    expect(
      await eventsOf(t.otherClinic.id, () => get(`/fhir/R4/Patient/${own.clientId}`, t.otherClinic.email)),
    ).toEqual([expect.objectContaining({ recordType: 'fhir:Patient', recordId: own.clientId, outcome: 'denied' })]);
  });
});

test('every FHIR route has rows in the access matrix (isolation.test.ts runs them)', () => {
  const inMatrix = new Set(FHIR_ROUTES.map((r) => `${r.method} ${r.path}`));
  const missing = t.app.routeTable
    .filter((r) => r.path.startsWith('/fhir/'))
    .map((r) => `${r.method} ${r.path}`)
    .filter((r) => !inMatrix.has(r));
  expect(missing).toEqual([]);
  expect(inMatrix.size).toBeGreaterThanOrEqual(12);
});
