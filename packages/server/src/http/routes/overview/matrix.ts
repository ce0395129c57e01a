// Access-matrix rows for the overview routes and the list filters added with them (see ../../route-matrix.ts).
// Outcomes are spelled out here: route-matrix.ts imports this file, so a value imported back from it would not exist yet.
import { EVERYONE, OWNER_ONLY } from '../../matrix-outcomes.ts';
import type { Caller, Outcome, RouteCase } from '../../route-matrix.ts';

/** Staff of any clinic see their own clinic's list (another clinic's clinician gets theirs, not clinic A's). */
const STAFF_OF_ANY_CLINIC: Record<Caller, Outcome> = {
  owner: 'ok',
  clinician: 'ok',
  client: 'forbidden',
  otherClinic: 'ok',
};

export const OVERVIEW_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/v1/attention',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/attention' }),
    expect: STAFF_OF_ANY_CLINIC,
  },
  {
    method: 'GET',
    path: '/api/v1/attention',
    variant: 'as of a date',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/attention?asOf=2026-11-02' }),
    expect: STAFF_OF_ANY_CLINIC,
  },
  {
    method: 'GET',
    path: '/api/v1/clinic/outcomes',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/clinic/outcomes' }),
    expect: OWNER_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/clients',
    variant: 'search by name',
    clientData: true,
    setup: () => Promise.resolve({ url: '/api/v1/clients?q=client' }),
    expect: EVERYONE,
  },
  {
    method: 'GET',
    path: '/api/v1/appointments',
    variant: "one clinician's day",
    clientData: true,
    setup: (t) =>
      Promise.resolve({ url: `/api/v1/appointments?from=2026-11-30&to=2026-11-30&clinicianId=${t.a.clinician.id}` }),
    expect: EVERYONE,
  },
];
