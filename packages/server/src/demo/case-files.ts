// The demo's clients come from the example case files kept in the project (examples/cases/*.json).
import { readdirSync, readFileSync } from 'node:fs';
import { describeProblems, parseCaseFile, type CaseFile } from '@tandem/engine';

export const EXAMPLE_CASES = new URL('../../../../examples/cases/', import.meta.url);

/** Every example case, parsed, in file-name order; a broken example is a bug in the project, so it throws. */
export function loadExampleCases(dir: URL = EXAMPLE_CASES): CaseFile[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const parsed = parseCaseFile(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    if (!parsed.ok) throw new Error(`examples/cases/${file}: ${describeProblems(parsed.problems)}`);
    return parsed.value;
  });
}
