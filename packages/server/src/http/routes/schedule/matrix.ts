// Access-matrix rows for the schedule routes (see ../../route-matrix.ts). Outcomes are spelled out here: route-matrix.ts
// imports this file, so a value imported back from it would not exist yet while the cycle loads.
import { EVERYONE, OWN_RECORD, STAFF_ONLY } from '../../matrix-outcomes.ts';
import type { RouteCase } from '../../route-matrix.ts';
import type { TestApp } from '../../test-app.ts';

async function appointmentOf(t: TestApp, clientId: string): Promise<string> {
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

export const SCHEDULE_ROUTES: RouteCase[] = [
  {
    method: 'POST',
    path: '/api/v1/appointments',
    clientData: true,
    setup: (t) =>
      Promise.resolve({
        url: '/api/v1/appointments',
        body: {
          clientId: t.a.client.id,
          clinicianId: t.a.clinician.id,
          startsAt: '2026-11-30T09:00:00Z',
          minutes: 45,
          kind: 'in_person',
        },
      }),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/appointments',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/appointments' }),
    expect: EVERYONE,
  },
  {
    method: 'GET',
    path: '/api/v1/appointments',
    variant: "another client's appointments",
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/api/v1/appointments?clientId=${t.a.other.id}` }),
    expect: STAFF_ONLY,
  },
  {
    method: 'PATCH',
    path: '/api/v1/appointments/:id',
    clientData: true,
    setup: async (t) => ({
      url: `/api/v1/appointments/${await appointmentOf(t, t.a.client.id)}`,
      body: { status: 'cancelled' },
    }),
    expect: OWN_RECORD,
  },
  {
    method: 'PATCH',
    path: '/api/v1/appointments/:id',
    variant: "another client's appointment",
    clientData: true,
    setup: async (t) => ({
      url: `/api/v1/appointments/${await appointmentOf(t, t.a.other.id)}`,
      body: { status: 'cancelled' },
    }),
    expect: STAFF_ONLY,
  },
];
