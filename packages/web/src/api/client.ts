// The typed API client: paths, bodies and responses come from the server's OpenAPI document (schema.gen.ts).
// Cookie sessions need the CSRF token on every write (double submit); it comes with the session.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.gen.ts';

export interface Problem {
  field: string;
  message: string;
}

/** An API refusal as the server words it: a code, a sentence a person can act on, and the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
  /** The message for one form field (matched on the end of the server's field path, e.g. "body.name"). */
  problemFor(field: string): string | undefined {
    return this.problems.find((p) => p.field === field || p.field.endsWith(`.${field}`))?.message;
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

const csrf: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(csrf);

interface ErrorBody {
  error?: { code?: string; message?: string; problems?: Problem[] };
}

export function toApiError(status: number, body: unknown): ApiError {
  const e = (body as ErrorBody | undefined)?.error;
  return new ApiError(
    status,
    e?.code ?? 'error',
    e?.message ?? `the server answered ${String(status)}`,
    e?.problems ?? [],
  );
}

/** Unwraps an openapi-fetch result: the data, or an ApiError thrown (for react-query to show). */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'offline', 'Tandem cannot reach the server. Check the connection and try again.');
  }
  if (result.error !== undefined || !result.response.ok) throw toApiError(result.response.status, result.error);
  return result.data as T;
}
