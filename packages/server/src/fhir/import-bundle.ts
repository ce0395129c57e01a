// The import, start to end: staff only; the Bundle is checked against the R4 structure definitions, then read into
// an import plan, and only a bundle with no issue at all is stored (in one transaction).
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { FastifyRequest } from 'fastify';
import { audit, requireStaff } from '../http/access.ts';
import { planImport } from './import-plan.ts';
import { storeImport, transactionResponse } from './import-store.ts';
import { OutcomeError, issueAt } from './outcome.ts';
import { structureIssues } from './validation.ts';

const isBundle = (body: unknown): body is Resource =>
  body !== null &&
  typeof body === 'object' &&
  !Array.isArray(body) &&
  (body as { resourceType?: unknown }).resourceType === 'Bundle';

export async function importBundle(request: FastifyRequest, body: unknown): Promise<Bundle> {
  audit(request, { action: 'create', recordType: 'fhir:import', recordId: null, clientId: null });
  const actor = requireStaff(request);
  if (!isBundle(body))
    throw new OutcomeError([issueAt('Bundle', 'expected a FHIR Bundle with resourceType "Bundle"', 'structure')]);
  const structure = await structureIssues(body);
  if (structure.length > 0) throw new OutcomeError(structure);
  const now = request.server.now();
  const planned = planImport(body, now.toISOString().slice(0, 10));
  if (!planned.ok) throw new OutcomeError(planned.issues);
  const imported = await storeImport(request.server.repo, actor.clinicId, planned.plan);
  audit(request, {
    action: 'create',
    recordType: 'fhir:import',
    recordId: imported.episode.id,
    clientId: imported.client.id,
  });
  return transactionResponse(planned.plan, imported, now.toISOString());
}
