// Test data for the repository contract: a clinic with staff, a client with a login, and an open episode.
import { randomUUID } from 'node:crypto';
import { parseCaseFile, type CaseFile, type Entry, type Prescription } from '@tandem/engine';
import { StorageError, type StorageErrorCode } from './errors.ts';
import type { Client, Clinic, Episode, User } from './records.ts';
import type { Repository } from './repository.ts';

export const START = '2026-03-02';

export function intake(): CaseFile {
  const parsed = parseCaseFile({
    id: 'contract-case',
    client: { age: 45, sex: 'female', activities: ['prolonged_sitting'] },
    complaint: { regions: ['lumbar'], aggravating: ['prolonged_sitting'] },
    pain: { nprs: { current: 6 } },
    goals: [{ measure: 'odi', baseline: 32, target: 16, weeks: 6 }],
  });
  if (!parsed.ok) throw new Error(`fixture case file is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export const DEAD_BUG: Prescription = {
  exercise: 'dead_bug',
  sets: 2,
  reps: 8,
  resistance: { kind: 'bodyweight' },
  range: 'most',
  painCeiling: 5,
  daysPerWeek: 5,
};
export const FRONT_PLANK: Prescription = {
  exercise: 'front_plank',
  sets: 3,
  holdSeconds: 20,
  resistance: { kind: 'bodyweight' },
  painCeiling: 4,
  daysPerWeek: 3,
};
/** The first program progressed a week later: more reps against a band, a longer plank. */
export const WEEK_2: Prescription[] = [
  { ...DEAD_BUG, reps: 10, resistance: { kind: 'band', level: 'light' } },
  { ...FRONT_PLANK, holdSeconds: 25 },
];

export const homeEntry = (date: string): Entry => ({
  date,
  source: 'home',
  painAtRest: 4,
  sleep: 7,
  fatigue: 3,
  note: 'sat through a long meeting',
  exercises: [
    { exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 3, painAfter: 2, effort: 6 },
    { exercise: 'front_plank', done: null },
  ],
});

export interface Fixture {
  clinic: Clinic;
  owner: User;
  clinician: User;
  clientUser: User;
  client: Client;
  episode: Episode;
}

/** A whole clinic; labels keep e-mails unique across tests that share one database. */
export async function seedClinic(repo: Repository, label: string): Promise<Fixture> {
  const tag = `${label}-${randomUUID().slice(0, 8)}`;
  const clinic = await repo.clinics.create({ name: `Clinic ${tag}` });
  const user = (role: User['role'], name: string) =>
    repo.users.create({
      clinicId: clinic.id,
      email: `${role}.${tag}@example.test`,
      name,
      role,
      passwordHash: `hash-${role}`,
    });
  const owner = await user('owner', 'Olive Owner');
  const clinician = await user('clinician', 'Casey Clinician');
  const clientUser = await user('client', 'Chris Client');
  const client = await repo.clients.create(clinic.id, {
    name: 'Chris Client',
    userId: clientUser.id,
    dateOfBirth: '1981-04-09',
    sex: 'female',
    email: clientUser.email,
  });
  const episode = await repo.episodes.create(clinic.id, { clientId: client.id, intake: intake(), startedOn: START });
  return { clinic, owner, clinician, clientUser, client, episode };
}

/** The code of the StorageError a write throws; anything else fails the test. */
export async function storageError(work: Promise<unknown>): Promise<StorageErrorCode> {
  try {
    await work;
  } catch (error) {
    if (error instanceof StorageError) return error.code;
    throw error;
  }
  throw new Error('expected a StorageError, but the write succeeded');
}
