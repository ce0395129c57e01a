// Intake and screening through HTTP: a new case file is validated and screened, and the plan's conflicts are named.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CARE_START,
  careEpisode,
  careIntake,
  caseFile,
  errorOf,
  openCareApp,
  problemsOf,
  type CareApp,
} from './test-support.ts';

let t: CareApp;
beforeAll(async () => {
  t = await openCareApp();
});
afterAll(async () => {
  await t.close();
});

describe('PUT /episodes/:id/intake', () => {
  test('replaces the intake and returns the episode with its new screening; audited', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const res = await t.call(
      'clinician',
      'PUT',
      `/api/v1/episodes/${id}/intake`,
      caseFile('thoracic-osteoporosis-anticoagulant'),
    );
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      id: string;
      intake: { id: string };
      screening: { restrictions: { trigger: string }[] };
      planConflicts: unknown[];
    }>();
    expect(body.id).toBe(id);
    expect(body.intake.id).toBe('thoracic-osteoporosis-anticoagulant');
    expect(body.screening.restrictions.map((r) => r.trigger)).toEqual(
      expect.arrayContaining(['osteoporosis', 'anticoagulant']),
    );
    expect(body.planConflicts).toEqual([]);
    expect((await t.repo.episodes.get(t.a.id, id))?.intake.id).toBe('thoracic-osteoporosis-anticoagulant');
    const events = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 5 });
    expect(events[0]).toMatchObject({ action: 'update', recordType: 'intake', recordId: id, outcome: 'success' });
  });

  test('an unknown vocabulary term is a 400 naming the field, and the intake is kept', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const bad = careIntake();
    const palpation = [...bad.findings.palpation];
    palpation[1] = { structure: 'x' as never, finding: 'trigger_point' };
    const res = await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/intake`, {
      ...bad,
      id: 'changed',
      findings: { ...bad.findings, palpation },
    });
    expect(res.statusCode).toBe(400);
    expect(problemsOf(res)).toEqual([
      { field: 'body.findings.palpation[1].structure', message: 'unknown structure "x"' },
    ]);
    expect(errorOf(res).message).toBe('body.findings.palpation[1].structure: unknown structure "x"');
    expect((await t.repo.episodes.get(t.a.id, id))?.intake.id).toBe('lbp-desk-analyst');
  });

  test('questionnaire answers are scored: a bad answer names its item', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const res = await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/intake`, {
      ...careIntake(),
      questionnaires: { odi: [2, 1, 9, 2, 3, 1, 1, 1, 2, 1] },
    });
    expect(res.statusCode).toBe(400);
    expect(problemsOf(res)).toEqual([
      { field: 'body.questionnaires.odi[2]', message: expect.stringMatching(/9 is outside 0–5/) as string },
    ]);
    expect((await t.repo.episodes.get(t.a.id, id))?.intake.questionnaires).toEqual(careIntake().questionnaires);
  });

  test('a case file over the size limits is refused: a 7.6 MB body with 413, a 41-entry pain map with 400', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const intake = careIntake();
    const entry = { region: 'knee', side: 'left', intensity: 5, quality: 'aching' };
    const huge = { ...intake, pain: { ...intake.pain, map: Array.from({ length: 120_000 }, () => entry) } };
    expect(JSON.stringify(huge).length).toBeGreaterThan(7_500_000);
    const tooBig = await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/intake`, huge);
    expect(tooBig.statusCode).toBe(413);
    expect(errorOf(tooBig).message).toBe('the body is larger than the 2 MB limit');
    expect(problemsOf(tooBig)).toEqual([{ field: 'body', message: 'larger than the 2 MB limit' }]);

    const long = { ...intake, pain: { ...intake.pain, map: Array.from({ length: 41 }, () => entry) } };
    const tooLong = await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/intake`, long);
    expect(tooLong.statusCode).toBe(400);
    expect(problemsOf(tooLong)).toEqual([{ field: 'body.pain.map', message: 'at most 40 entries' }]);
    expect((await t.repo.episodes.get(t.a.id, id))?.intake.pain.map).toEqual(intake.pain.map);
  });

  test('an intake change that restricts what the current plan holds names each conflict', async () => {
    const id = await careEpisode(t, t.a.client.id);
    expect(
      (await t.call('clinician', 'POST', `/api/v1/episodes/${id}/plan/generate`, { date: CARE_START })).statusCode,
    ).toBe(201);
    const restricted = {
      ...careIntake(),
      history: { conditions: ['acute_inflammation'], medications: ['anticoagulant'], surgeries: [], pregnant: false },
    };
    const res = await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/intake`, restricted);
    expect(res.statusCode).toBe(200);
    const conflicts = res.json<{ planConflicts: { field: string; message: string }[] }>().planConflicts;
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts[0]?.field).toMatch(/^plan\.(visit|phases|treatmentBlocks)/);
    const screening = await t.call('owner', 'GET', `/api/v1/episodes/${id}/screening`);
    expect(screening.statusCode).toBe(200);
    expect(screening.json<{ planConflicts: unknown[] }>().planConflicts).toEqual(conflicts);
    // The current plan says so too, so nobody follows it unawares.
    expect(
      (await t.call('client', 'GET', `/api/v1/episodes/${id}/plan`)).json<{ conflicts: unknown[] }>().conflicts,
    ).toEqual(conflicts);
  });

  test('a discharged episode keeps its intake: 409', async () => {
    const id = await careEpisode(t, t.a.client.id);
    await t.repo.episodes.discharge(t.a.id, id, '2026-11-20');
    const res = await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/intake`, careIntake());
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toMatch(/discharged on 2026-11-20/);
  });
});

describe('GET /episodes/:id/screening', () => {
  test('staff read the screening of the stored intake; a red flag asks for a referral', async () => {
    const id = (
      await t.repo.episodes.create(t.a.id, {
        clientId: t.a.other.id,
        startedOn: CARE_START,
        intake: caseFile('lumbar-saddle-numbness-emergency-referral'),
      })
    ).id;
    const res = await t.call('clinician', 'GET', `/api/v1/episodes/${id}/screening`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ referral: { urgency: 'emergency' }, planConflicts: [] });
  });

  test('a client may not read the screening, even their own', async () => {
    const id = await careEpisode(t, t.a.client.id);
    expect((await t.call('client', 'GET', `/api/v1/episodes/${id}/screening`)).statusCode).toBe(403);
    const events = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 1 });
    expect(events[0]).toMatchObject({ action: 'read', recordType: 'screening', outcome: 'denied' });
  });
});
