// Discharge through HTTP: the maintenance program becomes the home program, check-ins are booked, and it happens once.
import { maintenanceProgram } from '@tandem/engine';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toPrescription } from '../../../db/kysely/program.ts';
import { CARE_START, careEpisode, errorOf, openCareApp, problemsOf, type CareApp } from './test-support.ts';

let t: CareApp;
beforeAll(async () => {
  t = await openCareApp();
});
afterAll(async () => {
  await t.close();
});

async function plannedEpisode(): Promise<string> {
  const id = await careEpisode(t, t.a.client.id);
  expect(
    (await t.call('clinician', 'POST', `/api/v1/episodes/${id}/plan/generate`, { date: CARE_START })).statusCode,
  ).toBe(201);
  return id;
}

interface Discharged {
  episode: { status: string; dischargedOn: string };
  summary: string;
  maintenance: {
    exercises: { exercise: string; sets: number; daysPerWeek: number }[];
    checkIns: string[];
    advice: string[];
  };
  checkIns: {
    startsAt: string;
    kind: string;
    videoLink: string | null;
    clinicianId: string;
    clientId: string;
    minutes: number;
    status: string;
  }[];
}

describe('POST /episodes/:id/discharge', () => {
  test('closes the episode, moves the client to the maintenance program, and books the check-ins', async () => {
    const id = await plannedEpisode();
    const before = (await t.repo.prescriptions.current(t.a.id, id, '2026-12-14')).map(toPrescription);
    const res = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/discharge`, {
      date: '2026-12-14',
      summary: 'Sitting 2 h without pain; ODI 10 %.',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<Discharged>();
    expect(body.episode).toMatchObject({ status: 'discharged', dischargedOn: '2026-12-14' });
    const expected = maintenanceProgram(before, '2026-12-14');
    expect(body.maintenance).toEqual(expected);
    expect(body.maintenance.checkIns).toEqual(['2027-01-11', '2027-02-08', '2027-03-08']);
    expect(body.checkIns.map((a) => [a.startsAt, a.kind, a.minutes, a.clinicianId, a.status])).toEqual(
      expected.checkIns.map((d) => [`${d}T09:00:00.000Z`, 'in_person', 30, t.a.clinician.id, 'scheduled']),
    );
    expect(
      await t.repo.appointments.list(t.a.id, { clientId: t.a.client.id, from: '2027-01-11', to: '2027-03-09' }),
    ).toHaveLength(3);
    expect((await t.repo.prescriptions.current(t.a.id, id, '2026-12-14')).map(toPrescription)).toEqual(
      expected.exercises,
    );
    const [summary] = (await t.repo.assessments.list(t.a.id, id)).filter((a) => a.details.kind === 'discharge');
    expect(summary).toMatchObject({ date: '2026-12-14', details: { summary: 'Sitting 2 h without pain; ODI 10 %.' } });
    const [event] = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 1 });
    expect(event).toMatchObject({ action: 'discharge', recordType: 'episode', recordId: id, outcome: 'success' });

    const again = await t.call('owner', 'POST', `/api/v1/episodes/${id}/discharge`, {
      date: '2026-12-20',
      summary: 'again',
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toBe('the episode was already discharged on 2026-12-14');
    expect(
      await t.repo.appointments.list(t.a.id, { clientId: t.a.client.id, from: '2027-01-11', to: '2027-03-31' }),
    ).toHaveLength(3);
  });

  test('telehealth check-ins need a video link, and go to the clinician named', async () => {
    const id = await plannedEpisode();
    const noLink = await t.call('owner', 'POST', `/api/v1/episodes/${id}/discharge`, {
      date: '2026-12-15',
      summary: 'done',
      kind: 'telehealth',
    });
    expect(problemsOf(noLink)).toEqual([
      { field: 'body.videoLink', message: 'a telehealth check-in needs a video link' },
    ]);
    const res = await t.call('owner', 'POST', `/api/v1/episodes/${id}/discharge`, {
      date: '2026-12-15',
      summary: 'done',
      kind: 'telehealth',
      videoLink: 'https://meet.example.test/abc',
      checkInTime: '17:30',
      checkInMinutes: 20,
      clinicianId: t.a.clinician.id,
    });
    expect(res.statusCode).toBe(200);
    const { checkIns } = res.json<Discharged>();
    expect(checkIns[0]).toMatchObject({
      startsAt: '2027-01-12T17:30:00.000Z',
      kind: 'telehealth',
      videoLink: 'https://meet.example.test/abc',
      minutes: 20,
      clinicianId: t.a.clinician.id,
    });
  });

  test('bad input is refused and nothing changes', async () => {
    const id = await plannedEpisode();
    const post = (body: unknown) => t.call('clinician', 'POST', `/api/v1/episodes/${id}/discharge`, body);
    expect(problemsOf(await post({ date: '2026-10-01', summary: 'x' }))).toEqual([
      { field: 'body.date', message: '2026-10-01 is before the episode started (2026-11-02)' },
    ]);
    expect(problemsOf(await post({ date: '2026-12-14', summary: '' }))).toEqual([
      { field: 'body.summary', message: 'a discharge summary is needed' },
    ]);
    expect(problemsOf(await post({ date: '2026-12-14', summary: 'x', clinicianId: t.a.clientUser.id }))[0]?.field).toBe(
      'body.clinicianId',
    );
    expect(problemsOf(await post({ date: '2026-12-14', summary: 'x', checkInTime: '25:00' }))[0]?.field).toBe(
      'body.checkInTime',
    );
    expect(
      problemsOf(await post({ date: '2026-12-14', summary: 'x', videoLink: 'https://meet.example.test/abc' }))[0]
        ?.message,
    ).toMatch(/only for telehealth/);
    expect((await t.repo.episodes.get(t.a.id, id))?.status).toBe('active');
  });

  test('an episode with no home program is discharged with check-ins only', async () => {
    const id = await careEpisode(t, t.a.other.id);
    const res = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/discharge`, {
      date: '2026-11-30',
      summary: 'Seen once; advice only.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Discharged>()).toMatchObject({
      maintenance: { exercises: [] },
      checkIns: [{ clientId: t.a.other.id }, {}, {}],
    });
    expect(await t.repo.prescriptions.list(t.a.id, id)).toEqual([]);
  });
});
