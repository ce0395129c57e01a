// Field errors as the server words them, keyed by the path inside the intake (e.g. "client.age", "pain.nprs.current").
import { ApiError } from '../../api/client.ts';

export type FieldErrors = Readonly<Record<string, string>>;

/** The server's problems under `prefix` (e.g. "body.intake."), keyed by the rest of their path. */
export function fieldErrorsOf(error: unknown, prefixes: readonly string[]): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const p of error.problems) {
    const prefix = prefixes.find((x) => p.field.startsWith(x));
    const key = prefix === undefined ? p.field : p.field.slice(prefix.length);
    out[key] ??= p.message;
  }
  return out;
}

/** The message for a field, or for anything under it (a list's items). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path] !== undefined) return errors[path];
  const nested = Object.keys(errors).find((k) => k.startsWith(`${path}.`) || k.startsWith(`${path}[`));
  return nested === undefined ? undefined : `${nested.slice(path.length).replace(/^\./, '')}: ${errors[nested] ?? ''}`;
}
