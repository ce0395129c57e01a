// The overview routes, the list filters and the Idempotency-Key header are in the OpenAPI document the web app's
// types are generated from.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestApp, type TestApp } from '../../test-app.ts';
import { OVERVIEW_ROUTES } from './matrix.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Operation {
  responses?: Record<string, unknown>;
  parameters?: { name: string; in: string; schema?: Record<string, unknown> }[];
}

test('each route is documented with its query and success response; writes that sync take the Idempotency-Key header', async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, Operation>>;
  }>();
  const op = (path: string, method: string) => doc.paths[path]?.[method];
  for (const route of OVERVIEW_ROUTES) {
    expect(Object.keys(op(route.path, route.method.toLowerCase())?.responses ?? {}), route.path).toContain('200');
  }
  const params = (path: string, method: string) => (op(path, method)?.parameters ?? []).map((p) => `${p.in}:${p.name}`);
  expect(params('/api/v1/attention', 'get')).toContain('query:asOf');
  expect(params('/api/v1/clinic/outcomes', 'get')).toContain('query:asOf');
  expect(params('/api/v1/clients', 'get')).toContain('query:q');
  expect(params('/api/v1/appointments', 'get')).toEqual(
    expect.arrayContaining(['query:from', 'query:to', 'query:clinicianId']),
  );
  expect(JSON.stringify(op('/api/v1/appointments', 'get')?.responses)).toContain('clientName');
  for (const path of ['/api/v1/episodes/{id}/home-log', '/api/v1/episodes/{id}/visits']) {
    expect(params(path, 'post')).toContain('header:idempotency-key');
    expect(Object.keys(op(path, 'post')?.responses ?? {}).sort()).toEqual(['200', '201']);
  }
  expect(JSON.stringify(op('/api/v1/clinic/outcomes', 'get')?.responses)).toMatch(/"primaryMeasure".*"instruments"/s);
});
