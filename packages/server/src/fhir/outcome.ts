// Errors on /fhir routes as FHIR OperationOutcomes (application/fhir+json), with the same statuses as the API: an
// issue per problem, naming the element at fault by its FHIRPath expression where there is one.
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, toApiError, type ApiErrorCode, type Problem } from '../http/errors.ts';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

const ISSUE_CODE: Readonly<Record<ApiErrorCode, OperationOutcomeIssue['code']>> = {
  invalid: 'invalid',
  unauthenticated: 'login',
  forbidden: 'forbidden',
  csrf: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  locked: 'lock-error',
  too_large: 'too-long',
  rate_limited: 'throttled',
  internal: 'exception',
};

/** A refusal that already has its FHIR issues (a bundle that fails validation or mapping). */
export class OutcomeError extends ApiError {
  constructor(readonly issues: OperationOutcomeIssue[]) {
    const problems: Problem[] = issues.map((i) => ({
      field: i.expression?.[0] ?? 'Bundle',
      message: i.details?.text ?? i.diagnostics ?? 'invalid',
    }));
    super('invalid', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
  }
}

/** An error issue at a FHIRPath expression (`Bundle.entry[2].resource.valueQuantity.value`). */
export const issueAt = (
  expression: string,
  text: string,
  code: OperationOutcomeIssue['code'] = 'invalid',
): OperationOutcomeIssue => ({ severity: 'error', code, details: { text }, expression: [expression] });

/** API fields (`params.id`, `body`) are not FHIRPath; they go in the diagnostics. */
const isFhirPath = (field: string): boolean => /^[A-Z][A-Za-z]*(\.|\[|$)/.test(field);

export function outcomeOf(error: ApiError): OperationOutcome {
  if (error instanceof OutcomeError) return { resourceType: 'OperationOutcome', issue: error.issues };
  const code = ISSUE_CODE[error.code];
  const issue: OperationOutcomeIssue[] =
    error.problems.length > 0
      ? error.problems.map((p) =>
          isFhirPath(p.field)
            ? { severity: 'error', code, details: { text: p.message }, expression: [p.field] }
            : { severity: 'error', code, details: { text: p.message }, diagnostics: p.field },
        )
      : [{ severity: 'error', code, details: { text: error.message } }];
  return { resourceType: 'OperationOutcome', issue };
}

export function fhirErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const api = toApiError(error);
  if (api.code === 'internal') request.log.error({ err: error }, 'FHIR request failed');
  void reply.status(api.status).type(FHIR_JSON).send(outcomeOf(api));
}
