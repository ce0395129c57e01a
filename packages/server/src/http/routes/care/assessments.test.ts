// Assessments through HTTP: findings kept, questionnaires scored, every score a dated measure progression can read.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { careEpisode, errorOf, openCareApp, problemsOf, type CareApp } from './test-support.ts';

let t: CareApp;
beforeAll(async () => {
  t = await openCareApp();
});
afterAll(async () => {
  await t.close();
});

const ODI = [1, 1, 1, 1, 2, 1, 1, 1, 1, 1]; // 11/50 → 22 %

describe('POST /episodes/:id/assessments', () => {
  test('stores the findings, scores each questionnaire, and records the scores and measurements as measures', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const res = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/assessments`, {
      date: '2026-11-16',
      findings: {
        rom: [{ joint: 'lumbar', motion: 'flexion', degrees: 52 }],
        functional: [{ test: 'single_leg_stance', side: 'left', value: 24, unit: 's' }],
      },
      questionnaires: { odi: ODI, nprs: [3] },
      notes: 'Sitting tolerance up to an hour.',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{
      id: string;
      details: Record<string, unknown>;
      measures: { measure: string; value: number; answers: unknown }[];
    }>();
    expect(body.details).toMatchObject({
      kind: 'assessment',
      notes: 'Sitting tolerance up to an hour.',
      questionnaires: { odi: ODI },
      scores: { odi: { score: 22, unit: 'percent' }, nprs: { score: 3 } },
    });
    expect(body.measures.map((m) => [m.measure, m.value])).toEqual([
      ['odi', 22],
      ['nprs', 3],
      ['rom:lumbar:flexion', 52],
      ['functional:single_leg_stance:left', 24],
    ]);
    expect(body.measures[0]?.answers).toEqual(ODI);

    const history = await t.repo.episodes.history(t.a.id, id);
    expect(history?.measures).toEqual(
      expect.arrayContaining([
        { date: '2026-11-16', measure: 'odi', value: 22 },
        { date: '2026-11-16', measure: 'rom:lumbar:flexion', value: 52 },
      ]),
    );
    const list = await t.call('owner', 'GET', `/api/v1/episodes/${id}/assessments`);
    expect(list.json<{ id: string }[]>().map((a) => a.id)).toEqual([body.id]);
    const events = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 2 });
    expect(events.map((e) => [e.action, e.recordType, e.outcome])).toEqual([
      ['list', 'assessment', 'success'],
      ['create', 'assessment', 'success'],
    ]);
    expect(events[1]?.recordId).toBe(body.id);
  });

  test('a bad answer is a 400 naming the item, and nothing is stored', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const res = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/assessments`, {
      date: '2026-11-16',
      findings: { rom: [{ joint: 'lumbar', motion: 'flexion', degrees: 52 }] },
      questionnaires: { odi: [1, 1, 'bad', 1, 2, 1, 1, 1, 1, 1] },
    });
    expect(res.statusCode).toBe(400);
    expect(problemsOf(res).map((p) => p.field)).toEqual(['body.questionnaires.odi[2]']);
    expect(await t.repo.assessments.list(t.a.id, id)).toEqual([]);
    expect(await t.repo.measures.list(t.a.id, id)).toEqual([]);
  });

  test('unknown instruments and vocabulary, an empty assessment, and a date before the episode are refused', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const post = (body: unknown) => t.call('clinician', 'POST', `/api/v1/episodes/${id}/assessments`, body);
    const unknownInstrument = await post({ date: '2026-11-16', questionnaires: { oswestry: [1] } });
    expect(unknownInstrument.statusCode).toBe(400);
    expect(problemsOf(unknownInstrument)[0]?.field).toMatch(/^body\.questionnaires/);
    const badFinding = await post({
      date: '2026-11-16',
      findings: { palpation: [{ structure: 'erector_spinea', finding: 'trigger_point' }] },
    });
    expect(problemsOf(badFinding)).toEqual([
      { field: 'body.findings.palpation[0].structure', message: 'unknown structure "erector_spinea"' },
    ]);
    const empty = await post({ date: '2026-11-16' });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).message).toMatch(/needs findings, questionnaires, notes or details/);
    const early = await post({ date: '2026-10-01', notes: 'before the start' });
    expect(problemsOf(early)).toEqual([
      { field: 'body.date', message: '2026-10-01 is before the episode started (2026-11-02)' },
    ]);
    expect(await t.repo.assessments.list(t.a.id, id)).toEqual([]);
  });

  test('follow-up measures may be recorded after discharge', async () => {
    const id = await careEpisode(t, t.a.client.id);
    await t.repo.episodes.discharge(t.a.id, id, '2026-11-20');
    const res = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/assessments`, {
      date: '2026-12-18',
      questionnaires: { odi: ODI },
    });
    expect(res.statusCode).toBe(201);
  });
});
