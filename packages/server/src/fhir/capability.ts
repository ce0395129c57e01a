// The CapabilityStatement at /fhir/R4/metadata: what this server does (reads, Patient/$everything, the import
// transaction), in JSON only.
import type { CapabilityStatement, CapabilityStatementRestResource } from '@medplum/fhirtypes';
import { RESOURCE_TYPES } from './episode-record.ts';

const EVERYTHING = 'http://hl7.org/fhir/OperationDefinition/Patient-everything';

export function capabilityStatement(base: string, date: string): CapabilityStatement {
  const resource = RESOURCE_TYPES.map((type): CapabilityStatementRestResource => ({
    type,
    interaction: [{ code: 'read' }],
    ...(type === 'Patient' && {
      operation: [
        {
          name: 'everything',
          definition: EVERYTHING,
          documentation: 'Every resource of the patient this caller may see, as a searchset Bundle.',
        },
      ],
    }),
  }));
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    publisher: 'Tandem',
    kind: 'instance',
    software: { name: 'Tandem' },
    implementation: {
      description: 'Tandem FHIR R4 API: read, Patient/$everything, and import of a patient with their scores',
      url: base,
    },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          "Sign in as for /api/v1: the session cookie (with x-csrf-token on writes) or Authorization: Bearer with the session token. A client login reads only their own record; another clinic's records are not found.",
        security: { description: 'Session cookie or bearer token from POST /api/v1/auth/login.' },
        resource,
        interaction: [
          {
            code: 'transaction',
            documentation:
              "Import: a Bundle (transaction or collection) of one Patient, optionally a Condition, and Observations and QuestionnaireResponses; creates a client, an episode and their scores in the caller's clinic (staff only). See docs/fhir.md.",
          },
        ],
      },
    ],
  };
}
