// Access-matrix rows for the staff routes (see ../../route-matrix.ts). Outcomes are spelled out here: route-matrix.ts
// imports this file, so a value imported back from it would not exist yet while the cycle loads.
import { randomUUID } from 'node:crypto';
import { EVERYONE, OWNER_ONLY } from '../../matrix-outcomes.ts';
import type { RouteCase } from '../../route-matrix.ts';

export const STAFF_ROUTES: RouteCase[] = [
  // the clinic, its accounts and the audit log
  {
    method: 'GET',
    path: '/api/v1/clinic',
    clientData: false,
    setup: () => Promise.resolve({ url: '/api/v1/clinic' }),
    expect: EVERYONE,
  },
  {
    method: 'GET',
    path: '/api/v1/users',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/users' }),
    expect: OWNER_ONLY,
  },
  {
    method: 'POST',
    path: '/api/v1/users',
    clientData: true,
    setup: () =>
      Promise.resolve({
        url: '/api/v1/users',
        body: {
          email: `new-${randomUUID()}@alpha.test`,
          name: 'New clinician',
          role: 'clinician',
          password: 'a long enough password',
        },
      }),
    expect: OWNER_ONLY,
  },
  {
    method: 'PATCH',
    path: '/api/v1/users/:id',
    clientData: true,
    setup: async (t) => {
      const user = await t.repo.users.create({
        clinicId: t.a.id,
        email: `staff-${randomUUID()}@alpha.test`,
        name: 'Temp',
        role: 'clinician',
        passwordHash: 'x',
      });
      return { url: `/api/v1/users/${user.id}`, body: { name: 'Renamed' } };
    },
    expect: OWNER_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/audit',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/audit?limit=10' }),
    expect: OWNER_ONLY,
  },
];
