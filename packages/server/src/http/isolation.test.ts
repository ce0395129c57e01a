// Who may touch what, for every route: a matrix of roles × clinics × routes, each cell checked through HTTP, and
// every touch of client data audited with its outcome.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROUTE_MATRIX, type Caller, type Outcome } from './route-matrix.ts';
import { openTestApp, type TestApp } from './test-app.ts';

let t: TestApp;
const sessions = new Map<Caller, Record<string, string>>();

beforeAll(async () => {
  // A fixed clock (a millisecond a call), as the route kits use: the matrix's dated bodies never meet the real date.
  let at = Date.parse('2026-11-23T09:00:00.000Z');
  t = await openTestApp({ now: () => new Date(at++) });
  const emails: Record<Caller, string> = {
    owner: t.a.owner.email,
    clinician: t.a.clinician.email,
    client: t.a.clientUser.email,
    otherClinic: t.b.clinician.email,
  };
  for (const [caller, email] of Object.entries(emails) as [Caller, string][])
    sessions.set(caller, (await t.signIn(email)).headers);
});
afterAll(async () => {
  await t.close();
});

const STATUS: Record<Outcome, number[]> = { ok: [200, 201, 204], forbidden: [403], not_found: [404] };

describe.each(ROUTE_MATRIX.map((r) => [`${r.method} ${r.path}${r.variant ? ` (${r.variant})` : ''}`, r] as const))(
  '%s',
  (_, route) => {
    test.each(Object.entries(route.expect) as [Caller, Outcome][])('%s → %s', async (caller, outcome) => {
      const ctx = await route.setup(t);
      const auditBefore =
        (await t.repo.audit.list(t.a.id, { limit: 1000 })).length +
        (await t.repo.audit.list(t.b.id, { limit: 1000 })).length;
      const res = await t.app.inject({
        method: route.method,
        url: ctx.url,
        headers: sessions.get(caller) ?? {},
        ...(ctx.body === undefined ? {} : { payload: ctx.body }),
      });
      expect(STATUS[outcome], `${caller}: ${res.statusCode} ${res.body.slice(0, 300)}`).toContain(res.statusCode);
      if (route.clientData) {
        const after =
          (await t.repo.audit.list(t.a.id, { limit: 1000 })).length +
          (await t.repo.audit.list(t.b.id, { limit: 1000 })).length;
        expect(after, 'an audit event for this access').toBeGreaterThan(auditBefore);
      }
    });
  },
);

test('every API route is in the matrix', () => {
  const inMatrix = new Set(ROUTE_MATRIX.map((r) => `${r.method} ${r.path}`));
  const missing = t.app.routeTable
    .filter((r) => r.path.startsWith('/api/v1/') && !r.path.startsWith('/api/v1/auth/') && r.path !== '/api/v1/health')
    .map((r) => `${r.method} ${r.path}`)
    .filter((r) => !inMatrix.has(r));
  expect(missing).toEqual([]);
});

test("another clinic's list never includes this clinic's clients", async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: sessions.get('otherClinic') ?? {} });
  const ids = res.json<{ id: string; clinicId: string }[]>().map((c) => c.clinicId);
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.every((id) => id === t.b.id)).toBe(true);
});

test("a client's list holds only their own record", async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: sessions.get('client') ?? {} });
  expect(res.json<{ id: string }[]>().map((c) => c.id)).toEqual([t.a.client.id]);
});
