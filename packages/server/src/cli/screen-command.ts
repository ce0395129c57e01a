// `tandem screen CASE.json`: the safety screen of one case file, as JSON.
import { describeProblems, parseCaseFile, screenCase, type CaseFile } from '@tandem/engine';
import { CliError } from './cli-error.ts';
import { parseJson, readText, toJson } from './io.ts';

export function readCaseFile(file: string, stdin: () => string): CaseFile {
  const parsed = parseCaseFile(parseJson(readText(file, stdin), file === '-' ? 'standard input' : file));
  if (!parsed.ok) throw new CliError(`${file}: ${describeProblems(parsed.problems)}`);
  return parsed.value;
}

export const screenJson = (file: string, stdin: () => string): string => toJson(screenCase(readCaseFile(file, stdin)));
