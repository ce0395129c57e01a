// Appointments through HTTP: staff book them (telehealth needs an https link), a client sees and cancels only their own.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fields, openKit, type Kit } from '../treatment/test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await openKit();
});
afterAll(async () => {
  await k.t.close();
});

interface Appointment {
  id: string;
  clientId: string;
  clinicianId: string;
  startsAt: string;
  status: string;
  videoLink: string | null;
}

const booking = (over: Record<string, unknown> = {}) => ({
  clientId: k.t.a.client.id,
  clinicianId: k.t.a.clinician.id,
  startsAt: '2026-11-30T10:00:00+01:00',
  minutes: 45,
  kind: 'in_person',
  ...over,
});

describe('booking', () => {
  test('a booking is stored with its time in UTC', async () => {
    const res = await k.call(k.clinician, 'POST', '/appointments', booking());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<Appointment>()).toMatchObject({
      startsAt: '2026-11-30T09:00:00.000Z',
      status: 'scheduled',
      videoLink: null,
    });
  });

  test('telehealth needs an https video link; in person has none', async () => {
    expect(fields(await k.call(k.clinician, 'POST', '/appointments', booking({ kind: 'telehealth' })))).toEqual([
      'body.videoLink',
    ]);
    expect(
      fields(
        await k.call(
          k.clinician,
          'POST',
          '/appointments',
          booking({ kind: 'telehealth', videoLink: 'http://meet.example.test/r/1' }),
        ),
      ),
    ).toEqual(['body.videoLink']);
    expect(
      fields(
        await k.call(k.clinician, 'POST', '/appointments', booking({ kind: 'telehealth', videoLink: 'not a link' })),
      ),
    ).toEqual(['body.videoLink']);
    expect(
      fields(
        await k.call(k.clinician, 'POST', '/appointments', booking({ videoLink: 'https://meet.example.test/r/1' })),
      ),
    ).toEqual(['body.videoLink']);
    const video = await k.call(
      k.owner,
      'POST',
      '/appointments',
      booking({
        kind: 'telehealth',
        videoLink: 'https://meet.example.test/r/1',
        startsAt: '2026-12-02T15:00:00Z',
        minutes: 20,
      }),
    );
    expect(video.statusCode).toBe(201);
    expect(video.json<Appointment>().videoLink).toBe('https://meet.example.test/r/1');
  });

  test('the clinician must be staff of the clinic; fields are named', async () => {
    expect(
      fields(await k.call(k.clinician, 'POST', '/appointments', booking({ clinicianId: k.t.a.clientUser.id }))),
    ).toEqual(['body.clinicianId']);
    expect(
      fields(await k.call(k.clinician, 'POST', '/appointments', booking({ clinicianId: k.t.b.clinician.id }))),
    ).toEqual(['body.clinicianId']);
    const bad = await k.call(
      k.clinician,
      'POST',
      '/appointments',
      booking({ clientId: 'x', startsAt: 'tomorrow', minutes: 0, kind: 'phone' }),
    );
    expect(fields(bad).sort()).toEqual(['body.clientId', 'body.kind', 'body.minutes', 'body.startsAt']);
  });

  test("a client cannot book; another clinic cannot book for this clinic's client", async () => {
    expect((await k.call(k.client, 'POST', '/appointments', booking())).statusCode).toBe(403);
    expect((await k.call(k.otherClinic, 'POST', '/appointments', booking())).statusCode).toBe(404);
  });
});

describe('listing and changing', () => {
  let mine: Appointment;
  let theirs: Appointment;
  beforeAll(async () => {
    mine = (
      await k.call(k.clinician, 'POST', '/appointments', booking({ startsAt: '2026-12-07T09:00:00Z' }))
    ).json<Appointment>();
    theirs = (
      await k.call(
        k.clinician,
        'POST',
        '/appointments',
        booking({ clientId: k.t.a.other.id, clinicianId: k.t.a.owner.id, startsAt: '2026-12-07T11:00:00Z' }),
      )
    ).json<Appointment>();
  });

  test("staff see the clinic's, filtered by day and person; a client sees only their own", async () => {
    const day = (await k.call(k.clinician, 'GET', '/appointments?from=2026-12-07&to=2026-12-07')).json<Appointment[]>();
    expect(day.map((a) => a.id)).toEqual([mine.id, theirs.id]);
    const owners = (
      await k.call(k.clinician, 'GET', `/appointments?clinicianId=${k.t.a.owner.id}&from=2026-12-07`)
    ).json<Appointment[]>();
    expect(owners.map((a) => a.id)).toEqual([theirs.id]);
    const own = (await k.call(k.client, 'GET', '/appointments?from=2026-12-07')).json<Appointment[]>();
    expect(own.map((a) => a.id)).toEqual([mine.id]);
    expect((await k.call(k.client, 'GET', `/appointments?clientId=${k.t.a.other.id}`)).statusCode).toBe(403);
    expect((await k.call(k.otherClinic, 'GET', '/appointments')).json<unknown[]>()).toEqual([]);
  });

  test("a day's schedule for one clinician, with the client's and the clinician's names", async () => {
    const day = (
      await k.call(k.clinician, 'GET', `/appointments?from=2026-12-07&to=2026-12-07&clinicianId=${k.t.a.clinician.id}`)
    ).json<(Appointment & { clientName: string; clinicianName: string })[]>();
    expect(day.map((a) => [a.id, a.clientName, a.clinicianName])).toEqual([
      [mine.id, 'Client of alpha', 'clinician of alpha'],
    ]);
    const all = (await k.call(k.owner, 'GET', '/appointments?from=2026-12-07T10:00:00Z&to=2026-12-07T23:00:00Z')).json<
      (Appointment & { clientName: string })[]
    >();
    expect(all.map((a) => [a.id, a.clientName])).toEqual([[theirs.id, 'Second client of alpha']]);
  });

  test('a client may cancel their own appointment, once, and nothing else', async () => {
    expect((await k.call(k.client, 'PATCH', `/appointments/${mine.id}`, { status: 'completed' })).statusCode).toBe(403);
    expect((await k.call(k.client, 'PATCH', `/appointments/${theirs.id}`, { status: 'cancelled' })).statusCode).toBe(
      403,
    );
    const cancelled = await k.call(k.client, 'PATCH', `/appointments/${mine.id}`, { status: 'cancelled' });
    expect(cancelled.json<Appointment>().status).toBe('cancelled');
    expect((await k.call(k.client, 'PATCH', `/appointments/${mine.id}`, { status: 'cancelled' })).statusCode).toBe(409);
    expect(fields(await k.call(k.clinician, 'PATCH', `/appointments/${theirs.id}`, { status: 'done' }))).toEqual([
      'body.status',
    ]);
    expect(
      (await k.call(k.clinician, 'PATCH', `/appointments/${theirs.id}`, { status: 'completed' })).json<Appointment>()
        .status,
    ).toBe('completed');
    expect(
      (await k.call(k.otherClinic, 'PATCH', `/appointments/${theirs.id}`, { status: 'cancelled' })).statusCode,
    ).toBe(404);
  });
});
