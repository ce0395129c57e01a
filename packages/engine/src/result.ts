// Result values: how the engine reports bad input without throwing (only bugs throw).

/** One problem with an input: where it is (JSON path or item) and what is wrong, in words a user can act on. */
export interface Problem {
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

/** Joins problems into one line, for command-line errors and logs. */
export const describeProblems = (problems: readonly Problem[]): string =>
  problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
