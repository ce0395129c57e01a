// Reading command-line inputs: files or standard input, parsed as JSON with errors that name the file.
import { readFileSync } from 'node:fs';
import { CliError } from './cli-error.ts';

export function readText(file: string, stdin: () => string): string {
  if (file === '-') return stdin();
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? 'unknown error'})`,
    );
  }
}

export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${source}: not valid JSON (${(error as Error).message})`);
  }
}

/** Rounds floats for display (4 dp); stored values stay unrounded. */
export const roundForDisplay = (value: number): number => Math.round(value * 10_000) / 10_000;

export const toJson = (value: unknown): string =>
  JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? roundForDisplay(v) : v),
    2,
  );
