// Every resource Tandem produces for the demo clinic validates against the R4 structure definitions and required
// bindings, each type appears, ids are stable (a read by id gives the same resource), and LOINC is used where it exists.
import type { Bundle, Observation, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOINC, NPRS_LOINC } from './codes.ts';
import { RESOURCE_TYPES } from './episode-record.ts';
import { FHIR_ID } from './ids.ts';
import { openDemoApp, resourcesOf, type DemoApp } from './test-kit.ts';
import { bindingErrors, structureIssues } from './validation.ts';

let t: DemoApp;
const bundles = new Map<string, Bundle>();

beforeAll(async () => {
  t = await openDemoApp();
  const headers = await t.as(t.emails.owner);
  for (const c of t.demo.clients) {
    const res = await t.app.inject({ method: 'GET', url: `/fhir/R4/Patient/${c.id}/$everything`, headers });
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    bundles.set(c.id, res.json<Bundle>());
  }
}, 60_000);
afterAll(async () => {
  await t.close();
});

/** FHIR elements must carry a value: no empty strings, lists or objects (neither validator checks this). */
function emptyElements(value: unknown, path: string): string[] {
  if (value === '' || (Array.isArray(value) && value.length === 0)) return [`${path} is empty`];
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyElements(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    return entries.length === 0 ? [`${path} is empty`] : entries.flatMap(([k, v]) => emptyElements(v, `${path}.${k}`));
  }
  return [];
}

const problems = async (resource: Resource): Promise<string[]> => [
  ...emptyElements(resource, resource.resourceType),
  ...(await structureIssues(resource)).map((i) => `${i.expression?.join(',') ?? ''}: ${i.details?.text ?? ''}`),
  ...(await bindingErrors(resource)),
  ...(resource.id !== undefined && FHIR_ID.test(resource.id) ? [] : [`id ${resource.id ?? '(none)'} is not a FHIR id`]),
];

describe('the demo clinic as FHIR', () => {
  test('each client has a $everything Bundle', () => {
    expect(bundles.size).toBe(t.demo.clients.length);
    expect(t.demo.clients.length).toBeGreaterThanOrEqual(10);
  });

  test('every resource of every client validates (structure, invariants, required bindings, id)', async () => {
    const failures: string[] = [];
    let count = 0;
    for (const [clientId, bundle] of bundles) {
      for (const resource of resourcesOf(bundle)) {
        count++;
        failures.push(
          ...(await problems(resource)).map((p) => `${clientId} ${resource.resourceType}/${resource.id ?? ''}: ${p}`),
        );
      }
    }
    expect(failures).toEqual([]);
    expect(count).toBeGreaterThan(500);
  });

  test('each Bundle validates as a whole, and no resource appears twice', async () => {
    for (const bundle of bundles.values()) {
      expect(await structureIssues(bundle)).toEqual([]);
      expect(await bindingErrors(bundle)).toEqual([]);
      const keys = resourcesOf(bundle).map((r) => `${r.resourceType}/${r.id ?? ''}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  test('every resource type appears across the clinic', () => {
    const types = new Set([...bundles.values()].flatMap((b) => resourcesOf(b).map((r) => r.resourceType)));
    expect([...types].sort()).toEqual([...RESOURCE_TYPES].sort());
  });

  test('pain is NPRS with LOINC 72514-3; ODI and STarT Back carry their LOINC codes', () => {
    const observations = [...bundles.values()]
      .flatMap((b) => resourcesOf(b))
      .filter((r): r is Observation => r.resourceType === 'Observation');
    const loinc = (o: Observation) => o.code.coding?.find((c) => c.system === LOINC)?.code;
    expect(observations.filter((o) => loinc(o) === NPRS_LOINC.code).length).toBeGreaterThan(100);
    expect(observations.some((o) => loinc(o) === '97909-6' && o.code.coding?.some((c) => c.code === 'odi'))).toBe(true);
    // Instruments without a LOINC score code are coded in Tandem's system only.
    const lefs = observations.find((o) => o.code.coding?.some((c) => c.code === 'lefs'));
    expect(lefs?.code.coding?.map((c) => c.system)).toEqual(['https://tandem.example/fhir/CodeSystem/instrument']);
  });

  test('a read by type and id gives the same resource as the Bundle (ids are stable)', async () => {
    const headers = await t.as(t.emails.owner);
    const [first] = t.demo.clients.filter((c) => c.plan);
    const all = resourcesOf(bundles.get(first?.id ?? '') ?? { resourceType: 'Bundle', type: 'searchset' });
    // One client's every resource, and one of each type for every other client.
    const sample = [
      ...all,
      ...[...bundles.values()].flatMap((b) =>
        RESOURCE_TYPES.flatMap((type) => resourcesOf(b).find((r) => r.resourceType === type) ?? []),
      ),
    ];
    for (const resource of sample) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/fhir/R4/${resource.resourceType}/${resource.id ?? ''}`,
        headers,
      });
      expect(res.statusCode, `${resource.resourceType}/${resource.id ?? ''}: ${res.body.slice(0, 300)}`).toBe(200);
      expect(res.json<Resource>()).toEqual(resource);
    }
  }, 60_000);

  test('the CapabilityStatement validates and needs no sign-in', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/fhir/R4/metadata' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const statement = res.json<Resource>();
    expect(await problems({ ...statement, id: 'metadata' })).toEqual([]);
  });
});
