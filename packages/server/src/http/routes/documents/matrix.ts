// Access-matrix rows for the document and calendar routes (see ../../route-matrix.ts). Outcomes are spelled out here:
// route-matrix.ts imports this file, so a value imported back from it would not exist yet while the cycle loads.
import { randomUUID } from 'node:crypto';
import { OWN_RECORD, STAFF_ONLY } from '../../matrix-outcomes.ts';
import type { Caller, Outcome, RouteCase } from '../../route-matrix.ts';
import type { TestApp } from '../../test-app.ts';
import { programmedEpisode } from '../treatment/matrix.ts';

const OWN_CALENDAR: Record<Caller, Outcome> = {
  owner: 'ok',
  clinician: 'ok',
  client: 'forbidden',
  otherClinic: 'not_found',
};
const OWNER_OR_SELF: Record<Caller, Outcome> = {
  owner: 'ok',
  clinician: 'forbidden',
  client: 'forbidden',
  otherClinic: 'not_found',
};

const documentOf =
  (rest: string, whose: 'client' | 'other' = 'client') =>
  async (t: TestApp) => ({ url: `/api/v1/episodes/${await programmedEpisode(t, t.a[whose].id)}/documents/${rest}` });

async function referralLetter(t: TestApp): Promise<{ url: string }> {
  const episodeId = await programmedEpisode(t, t.a.client.id);
  const referral = await t.repo.referrals.add(t.a.id, {
    episodeId,
    to: 'Dr A. Patel, general practitioner',
    urgency: 'routine',
    reason: 'blood pressure review',
  });
  return { url: `/api/v1/episodes/${episodeId}/referrals/${referral.id}/letter.pdf` };
}

async function dischargeSummary(t: TestApp): Promise<{ url: string }> {
  const episodeId = await programmedEpisode(t, t.a.client.id);
  await t.repo.episodes.discharge(t.a.id, episodeId, '2026-11-20');
  return { url: `/api/v1/episodes/${episodeId}/documents/discharge-summary.pdf` };
}

async function clinicianCalendar(t: TestApp, clinicianId: string): Promise<{ url: string }> {
  await t.repo.appointments.create(t.a.id, {
    clientId: t.a.client.id,
    clinicianId,
    startsAt: '2026-11-30T09:00:00.000Z',
    minutes: 45,
    kind: 'in_person',
  });
  return { url: `/api/v1/calendar/clinicians/${clinicianId}.ics` };
}

export const DOCUMENT_ROUTES: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/documents/home-program.pdf',
    clientData: true,
    setup: documentOf('home-program.pdf'),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/documents/home-program.pdf',
    variant: "another client's program",
    clientData: true,
    setup: documentOf('home-program.pdf', 'other'),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/documents/progress-report.pdf',
    clientData: true,
    setup: documentOf('progress-report.pdf'),
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/referrals/:referralId/letter.pdf',
    clientData: true,
    setup: referralLetter,
    expect: STAFF_ONLY,
  },
  {
    method: 'GET',
    path: '/api/v1/episodes/:id/documents/discharge-summary.pdf',
    clientData: true,
    setup: dischargeSummary,
    expect: STAFF_ONLY,
  },

  {
    method: 'GET',
    path: '/api/v1/calendar/clinicians/:id.ics',
    clientData: true,
    setup: (t) => clinicianCalendar(t, t.a.clinician.id),
    expect: OWN_CALENDAR,
  },
  {
    method: 'GET',
    path: '/api/v1/calendar/clinicians/:id.ics',
    variant: "another clinician's calendar",
    clientData: true,
    setup: async (t) => {
      const colleague = await t.repo.users.create({
        clinicId: t.a.id,
        email: `colleague-${randomUUID()}@alpha.test`,
        name: 'Colleague',
        role: 'clinician',
        passwordHash: 'x',
      });
      return clinicianCalendar(t, colleague.id);
    },
    expect: OWNER_OR_SELF,
  },
  {
    method: 'GET',
    path: '/api/v1/calendar/clients/:id.ics',
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/api/v1/calendar/clients/${t.a.client.id}.ics` }),
    expect: OWN_RECORD,
  },
  {
    method: 'GET',
    path: '/api/v1/calendar/clients/:id.ics',
    variant: "another client's calendar",
    clientData: true,
    setup: (t) => Promise.resolve({ url: `/api/v1/calendar/clients/${t.a.other.id}.ics` }),
    expect: STAFF_ONLY,
  },
];
