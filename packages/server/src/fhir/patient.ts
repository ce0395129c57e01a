// A Tandem client as a FHIR Patient.
import type { Patient } from '@medplum/fhirtypes';
import type { Client, Sex } from '../db/records.ts';
import { CLIENT_IDENTIFIER_SYSTEM } from './codes.ts';

const GENDER: Readonly<Record<Sex, NonNullable<Patient['gender']>>> = {
  female: 'female',
  male: 'male',
  other: 'other',
  unspecified: 'unknown',
};

/** "Sam Okafor" → family Okafor, given Sam; a single word stays as text only. */
function humanName(name: string): NonNullable<Patient['name']>[number] {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? words.at(-1) : undefined;
  return { use: 'official', text: name, ...(family !== undefined && { family, given: words.slice(0, -1) }) };
}

export function toPatient(client: Client): Patient {
  return {
    resourceType: 'Patient',
    id: client.id,
    meta: { lastUpdated: client.createdAt },
    identifier: [{ system: CLIENT_IDENTIFIER_SYSTEM, value: client.id }],
    active: true,
    name: [humanName(client.name)],
    ...(client.sex !== null && { gender: GENDER[client.sex] }),
    ...(client.dateOfBirth !== null && { birthDate: client.dateOfBirth }),
    ...(client.email !== null && { telecom: [{ system: 'email', value: client.email }] }),
  };
}
