// Access-matrix rows for the FHIR routes (see ../http/route-matrix.ts): each read for the client's own record, another
// client's where it differs, $everything, the public CapabilityStatement and the import. Outcomes are spelled out here:
// route-matrix.ts imports this file, so a value imported back from it would not exist yet while the cycle loads.
import { generatePlan, type CaseFile } from '@tandem/engine';
import { readExampleCase } from '../demo/case-files.ts';
import { EVERYONE, OWN_RECORD, STAFF_ONLY } from '../http/matrix-outcomes.ts';
import type { Caller, Outcome, RouteCase } from '../http/route-matrix.ts';
import type { TestApp } from '../http/test-app.ts';
import { episodeRecordId, procedureId } from './ids.ts';

/** Creates a client in the caller's own clinic, as POST /api/v1/clients. */
const STAFF_CREATE: Record<Caller, Outcome> = { owner: 'ok', clinician: 'ok', client: 'forbidden', otherClinic: 'ok' };

const START = '2026-11-02';

const intake = (): CaseFile => readExampleCase('lbp-desk-analyst');

const episodeOf = async (t: TestApp, clientId: string): Promise<string> =>
  (await t.repo.episodes.create(t.a.id, { clientId, startedOn: START, intake: intake() })).id;

async function plannedEpisode(t: TestApp, clientId: string): Promise<string> {
  const episodeId = await episodeOf(t, clientId);
  await t.repo.plans.addVersion(t.a.id, {
    episodeId,
    version: 1,
    document: generatePlan(intake(), { asOf: START }),
    createdBy: t.a.clinician.id,
    reason: 'generated',
  });
  return episodeId;
}

async function measureId(t: TestApp, clientId: string, answers?: unknown): Promise<string> {
  const episodeId = await episodeOf(t, clientId);
  const m = await t.repo.measures.add(t.a.id, {
    episodeId,
    date: START,
    measure: answers === undefined ? 'nprs' : 'odi',
    value: answers === undefined ? 5 : 20,
    ...(answers !== undefined && { answers }),
  });
  return episodeRecordId(episodeId, m.id);
}

async function goalId(t: TestApp, clientId: string): Promise<string> {
  const episodeId = await episodeOf(t, clientId);
  const goal = await t.repo.goals.add(t.a.id, episodeId, {
    measure: 'odi',
    baseline: 30,
    target: 14,
    date: '2026-12-14',
  });
  return episodeRecordId(episodeId, goal.id);
}

async function painLogId(t: TestApp, clientId: string): Promise<string> {
  const episodeId = await episodeOf(t, clientId);
  return (
    await t.repo.homeLog.add(t.a.id, { episodeId, date: '2026-11-03', source: 'home', painAtRest: 3, exercises: [] })
  ).id;
}

async function techniqueId(t: TestApp, clientId: string): Promise<string> {
  const episodeId = await episodeOf(t, clientId);
  const visit = await t.repo.visits.add(t.a.id, {
    episodeId,
    date: '2026-11-03',
    clinicianId: t.a.clinician.id,
    soap: { subjective: 'sitting easier', objective: 'flexion 45°', assessment: 'improving', plan: 'continue' },
    performed: [
      {
        kind: 'technique',
        itemId: 'gentle_effleurage_back',
        region: 'lumbar',
        minutes: 10,
        intensity: 'gentle',
        response: 'eased',
        dose: null,
        pain: null,
      },
    ],
  });
  return procedureId(visit.id, 0);
}

async function referralId(t: TestApp, clientId: string): Promise<string> {
  const episodeId = await episodeOf(t, clientId);
  const referral = await t.repo.referrals.add(t.a.id, {
    episodeId,
    to: 'GP',
    urgency: 'routine',
    reason: 'blood pressure review',
  });
  return episodeRecordId(episodeId, referral.id);
}

async function appointmentId(t: TestApp, clientId: string): Promise<string> {
  return (
    await t.repo.appointments.create(t.a.id, {
      clientId,
      clinicianId: t.a.clinician.id,
      startsAt: '2026-11-30T09:00:00.000Z',
      minutes: 45,
      kind: 'in_person',
    })
  ).id;
}

const PATIENT = 'urn:uuid:6f0c2a1e-3b4d-4c5e-8f70-9a1b2c3d4e5f';

/** The smallest bundle the import accepts: a patient, where it hurts, one pain score. */
const IMPORT_BUNDLE = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      fullUrl: PATIENT,
      resource: { resourceType: 'Patient', name: [{ text: 'Imported Client' }], birthDate: '1985-05-05' },
    },
    { resource: { resourceType: 'Condition', subject: { reference: PATIENT }, bodySite: [{ text: 'Lower back' }] } },
    {
      resource: {
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
        subject: { reference: PATIENT },
        effectiveDateTime: START,
        valueQuantity: { value: 5 },
      },
    },
  ],
};

/** A read of the client's own resource. */
const read = (
  type: string,
  make: (t: TestApp, clientId: string) => Promise<string>,
  expect: Record<Caller, Outcome>,
): RouteCase => ({
  method: 'GET',
  path: `/fhir/R4/${type}/:id`,
  clientData: true,
  setup: async (t) => ({ url: `/fhir/R4/${type}/${await make(t, t.a.client.id)}` }),
  expect,
});

/** A read of another client's resource: staff only, as in the API. */
const readOthers = (type: string, make: (t: TestApp, clientId: string) => Promise<string>): RouteCase => ({
  method: 'GET',
  path: `/fhir/R4/${type}/:id`,
  variant: `another client's ${type}`,
  clientData: true,
  setup: async (t) => ({ url: `/fhir/R4/${type}/${await make(t, t.a.other.id)}` }),
  expect: STAFF_ONLY,
});

const patientId = (_t: TestApp, clientId: string) => Promise.resolve(clientId);

export const FHIR_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    path: '/fhir/R4/metadata',
    clientData: false,
    setup: () => Promise.resolve({ url: '/fhir/R4/metadata' }),
    expect: EVERYONE,
  },
  {
    method: 'GET',
    path: '/fhir/R4/Patient/:id/$everything',
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/fhir/R4/Patient/${t.a.client.id}/$everything` }),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/fhir/R4/Patient/:id/$everything',
    variant: "another client's record",
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/fhir/R4/Patient/${t.a.other.id}/$everything` }),
    expect: STAFF_ONLY,
  },
  read('Patient', patientId, OWN_RECORD),
  readOthers('Patient', patientId),
  read('Condition', episodeOf, OWN_RECORD),
  read('CarePlan', plannedEpisode, OWN_RECORD),
  readOthers('CarePlan', plannedEpisode),
  read('Goal', goalId, OWN_RECORD),
  read('Observation', (t, clientId) => measureId(t, clientId), OWN_RECORD),
  read('Observation', painLogId, OWN_RECORD),
  readOthers('Observation', painLogId),
  read('QuestionnaireResponse', (t, clientId) => measureId(t, clientId, [1, 1, 1, 1, 2, 1, 1, 1, 1, 1]), STAFF_ONLY),
  read('Procedure', techniqueId, STAFF_ONLY),
  read('ServiceRequest', referralId, STAFF_ONLY),
  read('Appointment', appointmentId, OWN_RECORD),
  readOthers('Appointment', appointmentId),
  {
    method: 'POST',
    path: '/fhir/R4',
    clientData: true,
    setup: () => Promise.resolve({ url: '/fhir/R4', body: IMPORT_BUNDLE }),
    expect: STAFF_CREATE,
  },
];
