// Dates given on the command line: ISO yyyy-mm-dd, checked.
import { CliError } from './cli-error.ts';

export function isoDate(value: string, option: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new CliError(`${option} must be a date like 2026-11-23 (got "${value}")`);
  return value;
}
