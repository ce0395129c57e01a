// The demo clinic's people: staff, a few client logins, and plain invented names for cases that give none.
// DEMO ONLY: these passwords are fixed and published so anyone can try the demo; never use them for real data.
import type { CaseFile } from '@tandem/engine';
import type { Role } from '../db/records.ts';

export const DEMO_CLINIC_NAME = 'Riverside Movement & Manual Therapy (demo)';
export const DEMO_EMAIL_DOMAIN = 'demo.tandem.test';

/** Fixed demo passwords (demo only; documented, printed by `tandem serve` when it seeds). */
export const DEMO_PASSWORDS: Readonly<Record<Role, string>> = {
  owner: 'demo-owner-password',
  clinician: 'demo-clinician-password',
  client: 'demo-client-password',
};

export interface DemoStaff {
  key: 'owner' | 'physio' | 'massage';
  role: 'owner' | 'clinician';
  name: string;
  email: string;
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  { key: 'owner', role: 'owner', name: 'Alex Morgan', email: `owner@${DEMO_EMAIL_DOMAIN}` },
  { key: 'physio', role: 'clinician', name: 'Maya Chen', email: `maya.chen@${DEMO_EMAIL_DOMAIN}` },
  { key: 'massage', role: 'clinician', name: 'Luis Ortega', email: `luis.ortega@${DEMO_EMAIL_DOMAIN}` },
];

/** Cases whose clients get their own login (the client side of the app needs someone to log in as). */
export const CLIENT_LOGIN_CASES: readonly string[] = ['knee-runner', 'frozen-shoulder-irritable', 'hip-gardener'];

const INVENTED: Readonly<Record<'female' | 'male' | 'other', readonly string[]>> = {
  female: ['Grace Whitaker', 'Nadia Kowalski', 'Helen Osei'],
  male: ['Peter Lindqvist', 'Martin Doyle', 'Ravi Menon'],
  other: ['Jordan Ellis', 'Robin Hart', 'Casey Quinn'],
};

/** The case's name, or a plain invented one that suits the recorded sex (stable for the case's position). */
export function clientName(caseFile: CaseFile, index: number): string {
  if (caseFile.client.name !== undefined && caseFile.client.name.trim() !== '') return caseFile.client.name;
  const sex = caseFile.client.sex;
  const names = INVENTED[sex === 'female' || sex === 'male' ? sex : 'other'];
  return names[index % names.length] ?? 'Demo Client';
}

export const emailFor = (name: string): string =>
  `${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.')}@${DEMO_EMAIL_DOMAIN}`;

/** A birth date that gives the case's age on `today`: the last birthday fell `daysSince` days ago. */
export function dateOfBirth(age: number, today: string, daysSince: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const birthday = Date.UTC(y - age, m - 1, d) - (daysSince % 365) * 86_400_000;
  return new Date(birthday).toISOString().slice(0, 10);
}

/** Which clinician looks after a case: massage work to the massage therapist, the rest to the physiotherapist by turns. */
export function clinicianFor(caseFile: CaseFile, index: number): DemoStaff['key'] {
  const scope = caseFile.practitioner?.scope ?? [];
  if (!scope.includes('exercise') || caseFile.id.includes('massage')) return 'massage';
  return index % 3 === 2 ? 'massage' : 'physio';
}
