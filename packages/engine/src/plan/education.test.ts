import { describe, expect, test } from 'vitest';
import { parseCaseFile, type CaseFile } from '../case-file.ts';
import { EDUCATION_BY_ID } from '../knowledge/index.ts';
import { describeProblems } from '../result.ts';
import { PREGNANCY_WARNING_SIGNS } from '../screening/precaution-rules.ts';
import { chooseEducation } from './education.ts';

const caseWith = (history: Record<string, unknown>): CaseFile => {
  const parsed = parseCaseFile({
    id: 'education',
    client: { age: 70 },
    complaint: { regions: ['knee'] },
    history,
    pain: { nprs: { current: 3 } },
  });
  if (!parsed.ok) throw new Error(describeProblems(parsed.problems));
  return parsed.value;
};
const topics = (caseFile: CaseFile): string[] =>
  chooseEducation(caseFile, 'low', new Map(), false).map((item) => item.topic);

describe('education for fall risk and pregnancy', () => {
  test('a client at high fall risk is taught how to prevent falls; one without is not', () => {
    expect(topics(caseWith({ fallsInPastYear: 2 }))).toContain('falls_prevention');
    expect(topics(caseWith({}))).not.toContain('falls_prevention');
  });

  test('a pregnant client is taught how to exercise safely, with every warning sign to stop for', () => {
    expect(topics(caseWith({}))).not.toContain('exercise_in_pregnancy');
    expect(topics(caseWith({ pregnant: true, pregnancyWeeks: 24 }))).toContain('exercise_in_pregnancy');
    const text = EDUCATION_BY_ID.get('exercise_in_pregnancy')?.keyPoints.join(' ') ?? '';
    for (const sign of PREGNANCY_WARNING_SIGNS) expect(text).toContain(sign);
  });
});
