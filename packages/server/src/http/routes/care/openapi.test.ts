// Every care route is in the OpenAPI document with its request and response schemas.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openTestApp, type TestApp } from '../../test-app.ts';
import { CARE_ROUTES } from './matrix.ts';

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.close();
});

interface Operation {
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  parameters?: { name: string }[];
}

test('each care route and method is documented, with its body and its success response', async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, Operation>>;
  }>();
  for (const route of CARE_ROUTES) {
    const op = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
    expect(op, `${route.method} ${route.path}`).toBeDefined();
    expect(
      Object.keys(op?.responses ?? {}).some((s) => s.startsWith('2')),
      `${route.method} ${route.path} response`,
    ).toBe(true);
    if (route.method !== 'GET') expect(op?.requestBody, `${route.method} ${route.path} body`).toBeDefined();
  }
  const body = (path: string, method: string) => JSON.stringify(doc.paths[path]?.[method]?.requestBody);
  expect(body('/api/v1/episodes/{id}/plan', 'put')).toMatch(/"basedOn".*"reason".*"plan"/s);
  expect(body('/api/v1/episodes/{id}/intake', 'put')).toMatch(/"findings"/);
  expect(body('/api/v1/episodes/{id}/assessments', 'post')).toMatch(/"questionnaires"/);
  expect(body('/api/v1/episodes/{id}/discharge', 'post')).toMatch(/"telehealth"/);
});
