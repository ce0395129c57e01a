// The PDFs through HTTP for demo episodes made by the engine: content from stored records, download headers, who may
// get each, and the audit trail of every attempt.
import { EDUCATION_BY_ID, EXERCISES_BY_ID } from '@tandem/engine';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pdfText } from '../../../documents/pdf-text.ts';
import { slug } from './send.ts';
import { openDemoApp, TODAY, type DemoApp } from './test-kit.ts';

let t: DemoApp;
beforeAll(async () => {
  t = await openDemoApp();
});
afterAll(async () => {
  await t.close();
});

/** The PDF's text on one line (columns and line breaks collapsed). */
const textOf = (res: LightMyRequestResponse): string => pdfText(res.rawPayload).pages.join('\n').replace(/\s+/g, ' ');
const errorOf = (res: LightMyRequestResponse) => res.json<{ error: { code: string; message: string } }>().error;

function expectPdfDownload(res: LightMyRequestResponse, name: string): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toBe(`attachment; filename="${name}"`);
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
}

async function latestAudit(clinic: 'demo' | 'other', recordType: string) {
  return (await t.audit(clinic)).find((e) => e.recordType === recordType);
}

describe('GET /episodes/:id/documents/home-program.pdf', () => {
  test('the client prints their own program: each exercise in force today with its dose, the assigned advice, the log sheet', async () => {
    const runner = t.client('knee-runner');
    const res = await t.get('client', `/api/v1/episodes/${runner.episodeId}/documents/home-program.pdf`);
    expectPdfDownload(res, `${slug(runner.name)}-home-program-${TODAY}.pdf`);
    const text = textOf(res);
    expect(text).toContain(`${runner.name} · ${TODAY} · ${t.demo.clinic.name} · Maya Chen`);
    const program = await t.repo.prescriptions.current(t.demo.clinic.id, runner.episodeId, TODAY);
    expect(program.length).toBeGreaterThan(0);
    for (const p of program) expect(text).toContain(EXERCISES_BY_ID.get(p.exercise)?.name);
    for (const a of await t.repo.education.list(t.demo.clinic.id, runner.episodeId))
      expect(text).toContain(EDUCATION_BY_ID.get(a.topic)?.title);
    expect(text).toContain('Weekly log');
    expect(await latestAudit('demo', 'home_program')).toMatchObject({
      action: 'export',
      recordId: runner.episodeId,
      clientId: runner.id,
      outcome: 'success',
      actorUserId: expect.any(String) as string,
    });
  });

  test("another client's program is refused to a client, and the refusal is audited", async () => {
    const other = t.client('frozen-shoulder-irritable');
    const res = await t.get('client', `/api/v1/episodes/${other.episodeId}/documents/home-program.pdf`);
    expect(res.statusCode).toBe(403);
    expect(await latestAudit('demo', 'home_program')).toMatchObject({
      recordId: other.episodeId,
      clientId: other.id,
      outcome: 'denied',
    });
  });

  test("another clinic's staff are told it does not exist, and the attempt is audited under their clinic", async () => {
    const runner = t.client('knee-runner');
    const res = await t.get('otherClinic', `/api/v1/episodes/${runner.episodeId}/documents/home-program.pdf`);
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(runner.name);
    expect(await latestAudit('other', 'home_program')).toMatchObject({ recordId: runner.episodeId, outcome: 'denied' });
  });

  test('an episode without a home program (referred on before any plan) is a conflict that says what to do', async () => {
    const referred = t.client('thoracic-night-pain-urgent-referral');
    const res = await t.get('physio', `/api/v1/episodes/${referred.episodeId}/documents/home-program.pdf`);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toMatch(/no home program is set for this episode on 2026-11-23; set one first/);
  });
});

describe('GET /episodes/:id/documents/progress-report.pdf', () => {
  test('goals, charts with the MCID, visits, adherence and the latest visit note as the summary', async () => {
    const runner = t.client('knee-runner');
    const res = await t.get('physio', `/api/v1/episodes/${runner.episodeId}/documents/progress-report.pdf`);
    expectPdfDownload(res, `${slug(runner.name)}-progress-report-${TODAY}.pdf`);
    const text = textOf(res);
    expect(text).toContain('Progress report');
    expect(text).toContain(runner.name);
    for (const goal of await t.repo.goals.list(t.demo.clinic.id, runner.episodeId))
      expect(text).toContain((goal.description ?? '').slice(0, 24));
    expect(text).toContain('Pain at rest');
    expect(text).toContain('Lower Extremity Functional Scale');
    expect(text).toContain('within 9 of the first score (MCID)');
    const visits = await t.repo.visits.list(t.demo.clinic.id, runner.episodeId);
    expect(text).toContain(`${visits.length} visits so far`);
    expect(text).toMatch(/Home program: \d+ of \d+ prescribed sessions done in the last two weeks/);
    const last = visits.at(-1);
    expect(text).toContain(`Assessment: ${last?.soap.assessment ?? '?'}`);
    expect(text).toContain(`Visit note of ${last?.date ?? '?'} (Maya Chen)`);
    expect(text).toMatch(/setback: Pain at rest/);
    expect(await latestAudit('demo', 'progress_report')).toMatchObject({
      action: 'export',
      recordId: runner.episodeId,
      outcome: 'success',
    });
  });

  test('is for staff: the client gets their charts in the app', async () => {
    const runner = t.client('knee-runner');
    expect(
      (await t.get('client', `/api/v1/episodes/${runner.episodeId}/documents/progress-report.pdf`)).statusCode,
    ).toBe(403);
    expect(await latestAudit('demo', 'progress_report')).toMatchObject({
      recordId: runner.episodeId,
      outcome: 'denied',
    });
  });
});

describe('GET /episodes/:id/referrals/:referralId/letter.pdf', () => {
  async function letter(caseId: string) {
    const { episodeId, name } = t.client(caseId);
    const [referral] = await t.repo.referrals.list(t.demo.clinic.id, episodeId);
    if (!referral) throw new Error(`${caseId} has no referral`);
    return { url: `/api/v1/episodes/${episodeId}/referrals/${referral.id}/letter.pdf`, referral, name, episodeId };
  }

  test('a routine referral: recipient, client, urgency, reason without rule ids, red flags, findings, care so far, the question, signed by the sender', async () => {
    const { url, referral, name } = await letter('neck-dizziness-routine-referral');
    const res = await t.get('massage', url);
    expectPdfDownload(res, `${slug(name)}-referral-${TODAY}.pdf`);
    const text = textOf(res);
    const client = (await t.repo.clients.list(t.demo.clinic.id)).find((c) => c.name === name);
    for (const s of [
      `To: ${referral.to}`,
      'Referral',
      `Re: ${name}, born ${client?.dateOfBirth ?? '?'}`,
      'Routine: for your information and review',
      'Reason for referral Dizziness',
      'Red flags',
      'Findings',
      'What was done',
      'How the client responded',
      'Our question',
      'Luis Ortega',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('[refer.');
    expect(await latestAudit('demo', 'referral_letter')).toMatchObject({
      action: 'export',
      recordId: referral.id,
      outcome: 'success',
    });
  });

  test('an urgent referral before any plan: the red flags, and no care until the review', async () => {
    const { url } = await letter('thoracic-night-pain-urgent-referral');
    const text = textOf(await t.get('owner', url));
    for (const s of [
      'Urgent: please see within days',
      'Past history of cancer',
      'No treatment plan will start until the client has been reviewed',
      'Alex Morgan',
    ])
      expect(text).toContain(s);
    expect(text).not.toContain('What was done');
  });

  test('a referral of another episode is not found; the client may not print letters', async () => {
    const { referral } = await letter('neck-dizziness-routine-referral');
    const runner = t.client('knee-runner');
    expect(
      (await t.get('physio', `/api/v1/episodes/${runner.episodeId}/referrals/${referral.id}/letter.pdf`)).statusCode,
    ).toBe(404);
    expect(
      (await t.get('client', `/api/v1/episodes/${runner.episodeId}/referrals/${referral.id}/letter.pdf`)).statusCode,
    ).toBe(403);
    expect(await latestAudit('demo', 'referral_letter')).toMatchObject({ recordId: referral.id, outcome: 'denied' });
  });
});

describe('GET /episodes/:id/documents/discharge-summary.pdf', () => {
  test('before discharge it is a conflict that says so', async () => {
    const gardener = t.client('hip-gardener');
    const res = await t.get('massage', `/api/v1/episodes/${gardener.episodeId}/documents/discharge-summary.pdf`);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toMatch(/has not been discharged; discharge it first/);
  });

  test('after discharge: the summary written then, outcomes, the maintenance program and its booked check-ins', async () => {
    const gardener = t.client('hip-gardener');
    const discharged = await t.post(`/api/v1/episodes/${gardener.episodeId}/discharge`, {
      date: '2026-11-22',
      summary: 'Gardening again for an hour at a time; chair stands up to target.',
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    const { maintenance } = discharged.json<{
      maintenance: { exercises: { exercise: string }[]; checkIns: string[] };
    }>();

    const res = await t.get('massage', `/api/v1/episodes/${gardener.episodeId}/documents/discharge-summary.pdf`);
    expectPdfDownload(res, `${slug(gardener.name)}-discharge-summary-${TODAY}.pdf`);
    const text = textOf(res);
    for (const s of [
      "To: The client's general practitioner",
      'Discharge summary',
      `Re: ${gardener.name}`,
      'Reason for care',
      'Care from',
      'to 2026-11-22. Gardening again for an hour at a time',
      'What was done',
      'Outcomes',
      'Maintenance plan',
      'Luis Ortega',
    ])
      expect(text).toContain(s);
    for (const p of maintenance.exercises) expect(text).toContain(EXERCISES_BY_ID.get(p.exercise)?.name);
    for (const day of maintenance.checkIns) expect(text).toContain(`${day} at 09:00 UTC`);
    expect(text).toMatch(/Goal: .*: (met|on track|behind|not met by its date)/);

    const to = await t.get(
      'physio',
      `/api/v1/episodes/${gardener.episodeId}/documents/discharge-summary.pdf?to=${encodeURIComponent('Dr Ana Silva, orthopaedics')}`,
    );
    expect(textOf(to)).toContain('To: Dr Ana Silva, orthopaedics');
    expect(await latestAudit('demo', 'discharge_summary')).toMatchObject({
      action: 'export',
      recordId: gardener.episodeId,
      clientId: gardener.id,
      outcome: 'success',
    });
  });

  test('a blank recipient is refused, naming the field', async () => {
    const res = await t.get(
      'physio',
      `/api/v1/episodes/${t.client('hip-gardener').episodeId}/documents/discharge-summary.pdf?to=%20`,
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toMatch(/^query\.to: /);
  });
});

test('the OpenAPI document lists each PDF as application/pdf', async () => {
  const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<string, { get?: { responses?: Record<string, { content?: Record<string, unknown> }> } }>;
  }>();
  for (const path of [
    '/api/v1/episodes/{id}/documents/home-program.pdf',
    '/api/v1/episodes/{id}/documents/progress-report.pdf',
    '/api/v1/episodes/{id}/referrals/{referralId}/letter.pdf',
    '/api/v1/episodes/{id}/documents/discharge-summary.pdf',
  ])
    expect(Object.keys(doc.paths[path]?.get?.responses?.['200']?.content ?? {}), path).toEqual(['application/pdf']);
});
