// Referrals through HTTP: staff record to whom, how soon and why; a client cannot read them.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { careEpisode, openCareApp, problemsOf, type CareApp } from './test-support.ts';

let t: CareApp;
beforeAll(async () => {
  t = await openCareApp();
});
afterAll(async () => {
  await t.close();
});

describe('referrals', () => {
  test('staff add and list referrals, in order; each is audited', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const first = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/referrals`, {
      to: 'GP',
      urgency: 'routine',
      reason: 'Blood pressure 165/100 at two visits.',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      episodeId: id,
      to: 'GP',
      urgency: 'routine',
      reason: 'Blood pressure 165/100 at two visits.',
    });
    const second = await t.call('owner', 'POST', `/api/v1/episodes/${id}/referrals`, {
      to: 'Orthopaedic clinic',
      urgency: 'urgent',
      reason: 'Progressive weakness of ankle dorsiflexion.',
    });
    const list = await t.call('owner', 'GET', `/api/v1/episodes/${id}/referrals`);
    expect(list.json()).toEqual([first.json(), second.json()]);
    const events = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 2 });
    expect(events.map((e) => [e.action, e.recordType, e.recordId])).toEqual([
      ['list', 'referral', null],
      ['create', 'referral', second.json<{ id: string }>().id],
    ]);
  });

  test('to, urgency and reason are required and checked', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const res = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/referrals`, { to: ' ', urgency: 'soon' });
    expect(res.statusCode).toBe(400);
    expect(
      problemsOf(res)
        .map((p) => p.field)
        .sort(),
    ).toEqual(['body.reason', 'body.to', 'body.urgency']);
    expect(await t.repo.referrals.list(t.a.id, id)).toEqual([]);
  });

  test('a client reads no referral, even on their own episode', async () => {
    const id = await careEpisode(t, t.a.client.id);
    expect((await t.call('client', 'GET', `/api/v1/episodes/${id}/referrals`)).statusCode).toBe(403);
    expect((await t.call('otherClinic', 'GET', `/api/v1/episodes/${id}/referrals`)).statusCode).toBe(404);
  });
});
