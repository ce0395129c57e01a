// The plan safety check against the engine: every generated plan passes it, and everything the generator left out for
// a restriction fails it, so the check agrees with the screening the generator applies.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCaseFile, type CaseFile } from '../case-file.ts';
import { TECHNIQUES_BY_ID } from '../knowledge/index.ts';
import { screenCase } from '../screening/index.ts';
import { generatePlan } from './generate-plan.ts';
import { exerciseProblem, planSafetyProblems, techniqueProblem } from './plan-safety.ts';

const EXAMPLES = new URL('../../../../examples/cases/', import.meta.url);
const CASES: [string, CaseFile][] = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f): [string, CaseFile] => {
    const parsed = parseCaseFile(JSON.parse(readFileSync(new URL(f, EXAMPLES), 'utf8')));
    if (!parsed.ok) throw new Error(`${f}: ${JSON.stringify(parsed.problems)}`);
    return [f, parsed.value];
  });

describe('planSafetyProblems', () => {
  test.each(CASES)('%s: the generated plan passes; what it excluded for a restriction fails', (_, caseFile) => {
    const plan = generatePlan(caseFile, { asOf: '2026-11-02' });
    const screening = screenCase(caseFile);
    expect(planSafetyProblems(plan, caseFile)).toEqual([]);
    for (const excluded of plan.excluded.filter((e) => e.reason === 'restriction')) {
      const problem =
        excluded.kind === 'technique'
          ? techniqueProblem(screening, excluded.id, TECHNIQUES_BY_ID.get(excluded.id)?.intensity ?? 'firm')
          : exerciseProblem(screening, excluded.id);
      expect(problem, `${excluded.kind} ${excluded.id}`).not.toBeNull();
    }
  });

  test('unknown ids are problems, not crashes', () => {
    const screening = screenCase(CASES[0]?.[1] as CaseFile);
    expect(techniqueProblem(screening, 'nope', 'gentle')).toBe('unknown technique "nope"');
    expect(exerciseProblem(screening, 'nope')).toBe('unknown exercise "nope"');
  });
});
