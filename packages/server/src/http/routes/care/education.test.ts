// Education through HTTP: topics assigned by staff or by the plan, read by the client with the engine's text.
import { EDUCATION_BY_ID } from '@tandem/engine';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CARE_START, careEpisode, errorOf, openCareApp, problemsOf, type CareApp } from './test-support.ts';

let t: CareApp;
beforeAll(async () => {
  t = await openCareApp();
});
afterAll(async () => {
  await t.close();
});

interface Assigned {
  id: string;
  topic: string;
  title: string;
  summary: string;
  keyPoints: string[];
  assignedBy: { id: string; name: string };
  assignedOn: string;
}

describe('education', () => {
  test('staff assign a topic; the client reads it with its title, summary and key points', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const res = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/education`, { topic: 'sleep_and_pain' });
    expect(res.statusCode).toBe(201);
    const topic = EDUCATION_BY_ID.get('sleep_and_pain');
    expect(res.json()).toMatchObject({
      topic: 'sleep_and_pain',
      title: topic?.title,
      summary: topic?.summary,
      keyPoints: topic?.keyPoints,
      assignedBy: { id: t.a.clinician.id, name: t.a.clinician.name },
      assignedOn: '2026-11-23',
    });
    const read = await t.call('client', 'GET', `/api/v1/episodes/${id}/education`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual([res.json()]);
    const [event] = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 1 });
    expect(event).toMatchObject({
      action: 'list',
      recordType: 'education',
      actorUserId: t.a.clientUser.id,
      outcome: 'success',
    });
  });

  test('an unknown topic names body.topic; a topic already assigned is a conflict', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const unknown = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/education`, { topic: 'yoga_for_all' });
    expect(unknown.statusCode).toBe(400);
    expect(problemsOf(unknown)).toEqual([{ field: 'body.topic', message: 'unknown education topic "yoga_for_all"' }]);
    expect(
      (
        await t.call('clinician', 'POST', `/api/v1/episodes/${id}/education`, {
          topic: 'heat_and_cold',
          date: '2026-11-09',
        })
      ).statusCode,
    ).toBe(201);
    const twice = await t.call('owner', 'POST', `/api/v1/episodes/${id}/education`, { topic: 'heat_and_cold' });
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).message).toBe('"heat_and_cold" was already assigned on 2026-11-09');
    expect(await t.repo.education.list(t.a.id, id)).toHaveLength(1);
  });

  test("plan generation assigns the plan's topics, which the client then reads", async () => {
    const id = await careEpisode(t, t.a.client.id);
    const plan = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/plan/generate`, { date: CARE_START });
    const topics = plan.json<{ plan: { education: { topic: string }[] } }>().plan.education.map((e) => e.topic);
    expect(topics.length).toBeGreaterThan(0);
    const read = (await t.call('client', 'GET', `/api/v1/episodes/${id}/education`)).json<Assigned[]>();
    expect(read.map((a) => a.topic)).toEqual(topics);
    expect(read.every((a) => a.keyPoints.length >= 3 && a.assignedOn === CARE_START)).toBe(true);
  });

  test("a client may not assign, nor read another client's topics", async () => {
    const own = await careEpisode(t, t.a.client.id);
    expect(
      (await t.call('client', 'POST', `/api/v1/episodes/${own}/education`, { topic: 'sleep_and_pain' })).statusCode,
    ).toBe(403);
    const other = await careEpisode(t, t.a.other.id);
    expect((await t.call('client', 'GET', `/api/v1/episodes/${other}/education`)).statusCode).toBe(403);
    expect((await t.call('otherClinic', 'GET', `/api/v1/episodes/${own}/education`)).statusCode).toBe(404);
  });
});
