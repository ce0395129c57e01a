// Import through POST /fhir/R4: a patient with their scores from another system becomes a client with an episode and
// a history the progress timeline shows; a bad bundle is refused with an OperationOutcome naming the element, and
// nothing is stored.
import type { Bundle, BundleEntry, OperationOutcome, Resource } from '@medplum/fhirtypes';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Repository } from '../db/repository.ts';
import { LOINC } from './codes.ts';
import { parseEpisodeRecordId } from './ids.ts';
import { planImport } from './import-plan.ts';
import { storeImport } from './import-store.ts';
import { NOW, openDemoApp, resourcesOf, type DemoApp } from './test-kit.ts';

let t: DemoApp;
beforeAll(async () => {
  t = await openDemoApp();
}, 60_000);
afterAll(async () => {
  await t.close();
});

const PATIENT = 'urn:uuid:5b1f6c0e-7a0e-4c1e-9d3c-2f1a6e0b9a11';
const ODI_ANSWERS = [3, 2, 3, 2, 3, 2, 2, null, 2, 3];

const nprs = (date: string, value: number): Resource => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: LOINC, code: '72514-3' }] },
  subject: { reference: PATIENT },
  effectiveDateTime: date,
  valueQuantity: { value, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' },
});

/** A typical bundle from another system: the patient, their back problem, three pain scores, ODI answers and a later ODI score. */
function goodBundle(): Bundle {
  const resources: Resource[] = [
    {
      resourceType: 'Patient',
      name: [{ given: ['Ada'], family: 'Lovell' }],
      gender: 'female',
      birthDate: '1979-04-02',
      telecom: [{ system: 'email', value: 'ada@example.org' }],
    },
    {
      resourceType: 'Condition',
      subject: { reference: PATIENT },
      onsetDateTime: '2026-08-03',
      code: { text: 'Low back pain' },
      bodySite: [{ coding: [{ system: 'https://tandem.example/fhir/CodeSystem/region', code: 'lumbar' }] }],
    },
    nprs('2026-10-05', 6),
    nprs('2026-10-19', 5),
    nprs('2026-11-02', 3),
    {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      questionnaire: 'https://tandem.example/fhir/Questionnaire/odi',
      subject: { reference: PATIENT },
      authored: '2026-10-05',
      item: [
        'pain_intensity',
        'personal_care',
        'lifting',
        'walking',
        'sitting',
        'standing',
        'sleeping',
        'sex_life',
        'social_life',
        'travelling',
      ].map((linkId, i) => ({
        linkId,
        ...(ODI_ANSWERS[i] !== null && { answer: [{ valueInteger: ODI_ANSWERS[i] }] }),
      })),
    },
    {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: LOINC, code: '97909-6', display: 'Oswestry disability index score ODI' }] },
      subject: { reference: PATIENT },
      effectiveDateTime: '2026-11-02T09:30:00Z',
      valueQuantity: { value: 30, unit: '%', system: 'http://unitsofmeasure.org', code: '%' },
    },
  ];
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: resources.map((resource, i) => ({
      ...(i === 0 ? { fullUrl: PATIENT } : {}),
      resource,
      request: { method: 'POST', url: resource.resourceType },
    })),
  };
}

const post = async (
  body: unknown,
  email = t.emails.clinician,
  contentType = 'application/fhir+json',
): Promise<LightMyRequestResponse> =>
  t.app.inject({
    method: 'POST',
    url: '/fhir/R4',
    headers: { ...(await t.as(email)), 'content-type': contentType },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

const clientCount = async (clinicId = t.demo.clinic.id) => (await t.repo.clients.list(clinicId)).length;

describe('import of a patient with their scores', () => {
  test('creates the client, an episode with an intake, and the scores as measures the progress timeline shows', async () => {
    const before = await clientCount();
    const res = await post(goodBundle());
    expect(res.statusCode, res.body.slice(0, 800)).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const reply = res.json<Bundle>();
    expect(reply.type).toBe('transaction-response');
    expect(reply.entry?.map((e) => e.response?.status)).toEqual([
      '201 Created',
      '201 Created',
      '201 Created',
      '201 Created',
      '201 Created',
      '201 Created',
      '201 Created',
    ]);
    expect(await clientCount()).toBe(before + 1);

    const clientId = reply.entry?.[0]?.response?.location?.replace('Patient/', '') ?? '';
    const client = await t.repo.clients.get(t.demo.clinic.id, clientId);
    expect(client).toMatchObject({
      name: 'Ada Lovell',
      dateOfBirth: '1979-04-02',
      sex: 'female',
      email: 'ada@example.org',
    });
    const [episode] = await t.repo.episodes.list(t.demo.clinic.id, { clientId });
    expect(episode?.startedOn).toBe('2026-10-05');
    expect(episode?.intake.complaint).toMatchObject({ regions: ['lumbar'], durationWeeks: 9 });
    expect(episode?.intake.client.age).toBe(47);
    expect(episode?.intake.pain.nprs.current).toBe(6);
    expect(reply.entry?.[1]?.response?.location).toBe(`Condition/${episode?.id ?? ''}`);

    const measures = await t.repo.measures.list(t.demo.clinic.id, episode?.id ?? '');
    const byDate = (a: [string, string, number], b: [string, string, number]) =>
      `${a[0]} ${a[1]}`.localeCompare(`${b[0]} ${b[1]}`);
    expect(measures.map((m): [string, string, number] => [m.date, m.measure, m.value]).sort(byDate)).toEqual([
      ['2026-10-05', 'nprs', 6],
      ['2026-10-05', 'odi', (22 / 45) * 100],
      ['2026-10-19', 'nprs', 5],
      ['2026-11-02', 'nprs', 3],
      ['2026-11-02', 'odi', 30],
    ]);
    expect(measures.find((m) => m.measure === 'odi' && m.date === '2026-10-05')?.answers).toEqual({
      pain_intensity: 3,
      personal_care: 2,
      lifting: 3,
      walking: 2,
      sitting: 3,
      standing: 2,
      sleeping: 2,
      sex_life: null,
      social_life: 2,
      travelling: 3,
    });
    expect((await t.repo.assessments.list(t.demo.clinic.id, episode?.id ?? '')).map((a) => a.details.kind)).toEqual([
      'import',
      'import',
      'import',
    ]);

    const progress = await t.app.inject({
      method: 'GET',
      url: `/api/v1/episodes/${episode?.id ?? ''}/progress`,
      headers: await t.as(t.emails.clinician),
    });
    expect(progress.statusCode).toBe(200);
    const series = progress.json<{
      series: { measures: { measure: string; points: { date: string; value: number }[] }[] };
    }>().series.measures;
    expect(series.find((s) => s.measure === 'nprs')?.points).toEqual([
      { date: '2026-10-05', value: 6 },
      { date: '2026-10-19', value: 5 },
      { date: '2026-11-02', value: 3 },
    ]);
    expect(series.find((s) => s.measure === 'odi')?.points.map((p) => p.date)).toEqual(['2026-10-05', '2026-11-02']);

    // Each location is readable as FHIR, and the QuestionnaireResponse gives back the answers.
    for (const entry of reply.entry ?? []) {
      const read = await t.app.inject({
        method: 'GET',
        url: `/fhir/R4/${entry.response?.location ?? ''}`,
        headers: await t.as(t.emails.clinician),
      });
      expect(read.statusCode, entry.response?.location).toBe(200);
    }
    const audit = await t.repo.audit.list(t.demo.clinic.id, { clientId, limit: 100 });
    expect(audit.some((e) => e.recordType === 'fhir:import' && e.action === 'create' && e.outcome === 'success')).toBe(
      true,
    );
  });

  test('a score given both as answers and as an Observation the same day is stored once (the answers win)', async () => {
    const bundle = goodBundle();
    bundle.entry?.push({
      resource: { ...(bundle.entry[6]?.resource as Resource), effectiveDateTime: '2026-10-05' } as Resource,
      request: { method: 'POST', url: 'Observation' },
    });
    const reply = (await post(bundle)).json<Bundle>();
    const statuses = reply.entry?.map((e) => e.response?.status);
    expect(statuses?.at(-1)).toBe('200 OK');
    const odiFromAnswers = parseEpisodeRecordId(reply.entry?.[5]?.response?.location?.split('/')[1] ?? '');
    expect(parseEpisodeRecordId(reply.entry?.at(-1)?.response?.location?.split('/')[1] ?? '')).toEqual(odiFromAnswers);
  });

  test("another clinic's export imports back: a demo client's Patient, Condition, Observations and answers", async () => {
    const source = t.demo.clients.find((c) => c.caseId === 'frozen-shoulder-irritable');
    const everything = (
      await t.app.inject({
        method: 'GET',
        url: `/fhir/R4/Patient/${source?.id ?? ''}/$everything`,
        headers: await t.as(t.emails.owner),
      })
    ).json<Bundle>();
    const keep = new Set(['Patient', 'Condition', 'Observation', 'QuestionnaireResponse']);
    const entry: BundleEntry[] = (everything.entry ?? [])
      .filter((e) => keep.has(e.resource?.resourceType ?? ''))
      .map((e) => ({ fullUrl: e.fullUrl, resource: e.resource }));
    const before = await clientCount(t.otherClinic.id);
    const res = await post({ resourceType: 'Bundle', type: 'collection', entry }, t.otherClinic.email);
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(200);
    expect(await clientCount(t.otherClinic.id)).toBe(before + 1);
    const [episode] = await t.repo.episodes.list(t.otherClinic.id);
    const original = await t.repo.measures.list(t.demo.clinic.id, source?.episodeId ?? '');
    const imported = await t.repo.measures.list(t.otherClinic.id, episode?.id ?? '');
    // Every stored score comes back with its date, value and answers (plus the logged pain at rest as NPRS).
    const missing = original.filter(
      (m) =>
        !imported.some(
          (i) =>
            i.date === m.date &&
            i.measure === m.measure &&
            i.value === m.value &&
            (i.answers === null) === (m.answers === null),
        ),
    );
    expect(missing.map((m) => ({ date: m.date, measure: m.measure, value: m.value, answers: m.answers }))).toEqual([]);
    expect(episode?.intake.complaint.regions).toEqual(['shoulder']);
    // The imported client's own FHIR validates like any other.
    const again = await t.app.inject({
      method: 'GET',
      url: `/fhir/R4/Patient/${episode?.clientId ?? ''}/$everything`,
      headers: await t.as(t.otherClinic.email),
    });
    expect(resourcesOf(again.json<Bundle>()).length).toBeGreaterThan(imported.length);
  });
});

type Edit = (bundle: Bundle) => unknown;
const resource = (b: Bundle, i: number) => b.entry?.[i]?.resource as unknown as Record<string, unknown>;

const BAD: [string, string, Edit][] = [
  ['not a Bundle', 'Bundle', () => ({ resourceType: 'Patient' })],
  [
    'a Bundle of the wrong type',
    'Bundle.type',
    (b) => ({ ...b, type: 'searchset', entry: b.entry?.map((e) => ({ resource: e.resource })) }),
  ],
  ['no Patient', 'Bundle.entry', (b) => ({ ...b, entry: b.entry?.slice(1) })],
  [
    'two Patients',
    'Bundle.entry',
    (b) => ({
      ...b,
      entry: [...(b.entry ?? []), { ...b.entry?.[0], fullUrl: 'urn:uuid:0c8e1f4a-2b7d-4e55-9a10-3d6f5b2c7e90' }],
    }),
  ],
  [
    'an impossible birth date',
    'Bundle.entry[0].resource.birthDate',
    (b) => {
      resource(b, 0).birthDate = '1979-13-02';
      return b;
    },
  ],
  [
    'no birth date',
    'Bundle.entry[0].resource.birthDate',
    (b) => {
      delete resource(b, 0).birthDate;
      return b;
    },
  ],
  [
    'an unknown property',
    'Bundle.entry[2].resource.colour',
    (b) => {
      resource(b, 2).colour = 'blue';
      return b;
    },
  ],
  [
    'an Observation Tandem has no measure for',
    'Bundle.entry[2].resource.code',
    (b) => {
      resource(b, 2).code = { coding: [{ system: LOINC, code: '8867-4', display: 'Heart rate' }] };
      return b;
    },
  ],
  [
    'an NPRS of 11',
    'Bundle.entry[3].resource.valueQuantity.value',
    (b) => {
      resource(b, 3).valueQuantity = { value: 11 };
      return b;
    },
  ],
  [
    'a preliminary result',
    'Bundle.entry[4].resource.status',
    (b) => {
      resource(b, 4).status = 'preliminary';
      return b;
    },
  ],
  [
    'a score dated in the future',
    'Bundle.entry[4].resource.effectiveDateTime',
    (b) => {
      resource(b, 4).effectiveDateTime = '2027-01-01';
      return b;
    },
  ],
  [
    'an Observation about someone else',
    'Bundle.entry[2].resource.subject',
    (b) => {
      resource(b, 2).subject = { reference: 'Patient/someone-else' };
      return b;
    },
  ],
  [
    'an ODI answer out of range',
    'Bundle.entry[5].resource.item[2]',
    (b) => {
      (resource(b, 5).item as { answer: unknown }[])[2] = { linkId: 'lifting', answer: [{ valueInteger: 7 }] } as never;
      return b;
    },
  ],
  [
    'an unknown questionnaire',
    'Bundle.entry[5].resource.questionnaire',
    (b) => {
      resource(b, 5).questionnaire = 'http://example.org/Questionnaire/phq9';
      return b;
    },
  ],
  [
    'a resource type Tandem does not import',
    'Bundle.entry[7].resource.resourceType',
    (b) => ({
      ...b,
      entry: [
        ...(b.entry ?? []),
        {
          resource: {
            resourceType: 'MedicationRequest',
            status: 'active',
            intent: 'order',
            medicationCodeableConcept: { text: 'ibuprofen' },
            subject: { reference: PATIENT },
          },
          request: { method: 'POST', url: 'MedicationRequest' },
        },
      ],
    }),
  ],
  [
    'a PUT in the transaction',
    'Bundle.entry[2].request.method',
    (b) => {
      const e = b.entry?.[2];
      if (e) e.request = { method: 'PUT', url: 'Observation/1' };
      return b;
    },
  ],
  [
    'a region Tandem does not know',
    'Bundle.entry[1].resource.bodySite[0]',
    (b) => {
      resource(b, 1).bodySite = [{ text: 'left earlobe' }];
      return b;
    },
  ],
  [
    'no NPRS score for the intake',
    'Bundle.entry',
    (b) => ({
      ...b,
      entry: b.entry?.filter(
        (e) => !(e.resource?.resourceType === 'Observation' && JSON.stringify(e.resource).includes('72514-3')),
      ),
    }),
  ],
];

describe('a bad bundle is refused with the element at fault, and nothing is stored', () => {
  test.each(BAD)('%s → 400 at %s', async (_name, expression, edit) => {
    const before = await clientCount();
    const res = await post(edit(goodBundle()));
    expect(res.statusCode, res.body.slice(0, 600)).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const outcome = res.json<OperationOutcome>();
    expect(outcome.resourceType).toBe('OperationOutcome');
    expect(
      outcome.issue.flatMap((i) => i.expression ?? []),
      JSON.stringify(outcome.issue),
    ).toContain(expression);
    expect(outcome.issue.every((i) => i.severity === 'error' && (i.details?.text ?? '') !== '')).toBe(true);
    expect(await clientCount()).toBe(before);
  });

  test('a body that is not JSON', async () => {
    const res = await post('nope');
    expect(res.statusCode).toBe(400);
    expect(res.json<OperationOutcome>().resourceType).toBe('OperationOutcome');
  });

  test("a client's own login may not import", async () => {
    const before = await clientCount();
    const res = await post(goodBundle(), t.emails.clients[0]?.email);
    expect(res.statusCode).toBe(403);
    expect(res.json<OperationOutcome>().issue[0]?.code).toBe('forbidden');
    expect(await clientCount()).toBe(before);
  });

  test('a failure while storing leaves nothing behind (one transaction)', async () => {
    const planned = planImport(goodBundle(), NOW.slice(0, 10));
    if (!planned.ok) throw new Error(JSON.stringify(planned.issues));
    const before = await clientCount();
    let added = 0;
    // A repository whose third measure write fails, inside the real transaction.
    const failing: Repository = {
      ...t.repo,
      transaction: (work) =>
        t.repo.transaction((tx) =>
          work({
            ...tx,
            measures: {
              ...tx.measures,
              add: async (clinicId, score) => {
                if (++added === 3) throw new Error('disk full');
                return tx.measures.add(clinicId, score);
              },
            },
          }),
        ),
    };
    await expect(storeImport(failing, t.demo.clinic.id, planned.plan)).rejects.toThrow('disk full');
    expect(await clientCount()).toBe(before);
  });
});
