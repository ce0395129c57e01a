// The API's one error type: a code that maps to an HTTP status, a message a person can act on, and the field at fault.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { StorageError } from '../db/errors.ts';
import { BODY_LIMIT_TEXT } from './body-limit.ts';

export const API_ERROR_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export interface Problem {
  /** Where the problem is: `body.entries[2].painDuring`, `params.clientId`, `query.from`. */
  field: string;
  message: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
  get status(): number {
    return API_ERROR_STATUS[this.code];
  }
}

export const invalid = (field: string, message: string): ApiError =>
  new ApiError('invalid', `${field}: ${message}`, [{ field, message }]);
export const notFound = (what: string): ApiError => new ApiError('not_found', `${what} not found`);
export const forbidden = (message = 'you may not do this'): ApiError => new ApiError('forbidden', message);

/** The body of every error response. */
export interface ErrorBody {
  error: { code: ApiErrorCode; message: string; problems: Problem[] };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof StorageError) {
    if (error.code === 'not_found') return new ApiError('not_found', error.message);
    if (error.code === 'conflict') return new ApiError('conflict', error.message);
    return new ApiError('invalid', error.message);
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.statusCode === 429)
    return new ApiError('rate_limited', 'too many attempts; wait a minute and try again');
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return new ApiError('invalid', 'the body must be JSON (Content-Type: application/json)', [
      { field: 'body', message: 'expected JSON' },
    ]);
  }
  if (fastifyError.statusCode === 400 && typeof fastifyError.message === 'string') {
    return new ApiError('invalid', fastifyError.message, [{ field: 'body', message: fastifyError.message }]);
  }
  if (fastifyError.statusCode === 404) return new ApiError('not_found', 'no such route');
  if (fastifyError.statusCode === 413)
    return new ApiError('too_large', `the body is larger than the ${BODY_LIMIT_TEXT} limit`, [
      { field: 'body', message: `larger than the ${BODY_LIMIT_TEXT} limit` },
    ]);
  return new ApiError('internal', 'something went wrong on the server; nothing was stored');
}

export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const api = toApiError(error);
  if (api.code === 'internal') request.log.error({ err: error }, 'request failed');
  const body: ErrorBody = { error: { code: api.code, message: api.message, problems: api.problems } };
  void reply.status(api.status).send(body);
}
