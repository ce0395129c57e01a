import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCaseFile, type CaseFile, type CaseFileInput } from '../case-file.ts';
import { EDUCATION_BY_ID, EDUCATION_TOPICS, ZEducationTopic } from '../knowledge/index.ts';
import { describeProblems } from '../result.ts';
import { PREGNANCY_WARNING_SIGNS } from '../screening/precaution-rules.ts';
import { arbitraryCase } from '../testing/cases.ts';
import { chooseEducation, EDUCATION_MAX, EDUCATION_MIN, TRIGGERS_BY_TIER } from './education.ts';
import { generatePlan } from './generate-plan.ts';

const EXAMPLES = new URL('../../../../examples/cases/', import.meta.url);

const parse = (input: unknown): CaseFile => {
  const parsed = parseCaseFile(input);
  if (!parsed.ok) throw new Error(describeProblems(parsed.problems));
  return parsed.value;
};
const caseWith = (history: CaseFileInput['history'], more: Partial<CaseFileInput> = {}): CaseFile =>
  parse({
    id: 'education',
    client: { age: 70 },
    complaint: { regions: ['knee'] },
    history,
    pain: { nprs: { current: 3 } },
    ...more,
  });
const topics = (caseFile: CaseFile): string[] =>
  chooseEducation(caseFile, 'low', new Map(), false).map((item) => item.topic);

describe('education for fall risk and pregnancy', () => {
  test('a client at high fall risk is taught how to prevent falls, first; one without is not', () => {
    expect(topics(caseWith({ fallsInPastYear: 2 }))[0]).toBe('falls_prevention');
    expect(topics(caseWith({}))).not.toContain('falls_prevention');
  });

  test('a pregnant client is taught how to exercise safely first, with every warning sign to stop for', () => {
    expect(topics(caseWith({}))).not.toContain('exercise_in_pregnancy');
    expect(topics(caseWith({ pregnant: true, pregnancyWeeks: 24 }))[0]).toBe('exercise_in_pregnancy');
    const text = EDUCATION_BY_ID.get('exercise_in_pregnancy')?.keyPoints.join(' ') ?? '';
    for (const sign of PREGNANCY_WARNING_SIGNS) expect(text).toContain(sign);
  });
});

describe('condition-specific topics', () => {
  const knee = { regions: ['knee' as const], aggravating: ['stairs' as const, 'squatting' as const] };
  test.each<[string, CaseFile, string, boolean]>([
    ['osteoarthritis recorded', caseWith({ conditions: ['osteoarthritis'] }), 'osteoarthritis_exercise_first', true],
    ['no osteoarthritis', caseWith({}), 'osteoarthritis_exercise_first', false],
    [
      'osteoarthritis of a knee replaced 4 weeks ago: surgery instead',
      caseWith({ conditions: ['osteoarthritis'], surgeries: [{ region: 'knee', weeksAgo: 4 }] }),
      'osteoarthritis_exercise_first',
      false,
    ],
    ['knee pain on stairs and squatting', caseWith({}, { complaint: knee }), 'patellofemoral_load', true],
    [
      'knee caving in on step-down',
      caseWith({}, { findings: { movement: ['dynamic_knee_valgus'] } }),
      'patellofemoral_load',
      true,
    ],
    ['knee pain without a loading sign', caseWith({}), 'patellofemoral_load', false],
    [
      'knee pain on stairs with osteoarthritis',
      caseWith({ conditions: ['osteoarthritis'] }, { complaint: knee }),
      'patellofemoral_load',
      false,
    ],
    [
      'knee pain on stairs with a tender patellar tendon',
      caseWith(
        {},
        { complaint: knee, findings: { palpation: [{ structure: 'patellar_tendon', finding: 'tenderness' }] } },
      ),
      'patellofemoral_load',
      false,
    ],
    [
      'tender common extensor tendon at the elbow',
      caseWith(
        {},
        {
          complaint: { regions: ['elbow'] },
          findings: { palpation: [{ structure: 'common_extensor_tendon', finding: 'tenderness' }] },
        },
      ),
      'tendon_loading',
      true,
    ],
    [
      'tender Achilles tendon',
      caseWith(
        {},
        {
          complaint: { regions: ['ankle'] },
          findings: { palpation: [{ structure: 'achilles_tendon', finding: 'tenderness' }] },
        },
      ),
      'tendon_loading',
      true,
    ],
    [
      'painful arc at the shoulder',
      caseWith({}, { complaint: { regions: ['shoulder'] }, findings: { movement: ['painful_arc'] } }),
      'tendon_loading',
      true,
    ],
    [
      'shoulder pain without a tendon sign',
      caseWith({}, { complaint: { regions: ['shoulder'] } }),
      'tendon_loading',
      false,
    ],
    [
      'pelvic pain in pregnancy',
      caseWith({ pregnant: true }, { complaint: { regions: ['pelvis'] } }),
      'pelvic_girdle_pain_in_pregnancy',
      true,
    ],
    [
      'tender sacroiliac joint in pregnancy',
      caseWith(
        { pregnant: true },
        {
          complaint: { regions: ['lumbar'] },
          findings: { palpation: [{ structure: 'sacroiliac_joint', finding: 'tenderness' }] },
        },
      ),
      'pelvic_girdle_pain_in_pregnancy',
      true,
    ],
    [
      'pelvic pain, not pregnant',
      caseWith({}, { complaint: { regions: ['pelvis'] } }),
      'pelvic_girdle_pain_in_pregnancy',
      false,
    ],
    ['surgery 11 weeks ago', caseWith({ surgeries: [{ region: 'knee', weeksAgo: 11 }] }), 'after_surgery', true],
    ['surgery 12 weeks ago', caseWith({ surgeries: [{ region: 'knee', weeksAgo: 12 }] }), 'after_surgery', false],
  ])('%s', (_, caseFile, topic, offered) => {
    expect(topics(caseFile).includes(topic)).toBe(offered);
  });

  test('the rationale names what this client shows', () => {
    const [item] = chooseEducation(
      caseWith({ surgeries: [{ region: 'knee', weeksAgo: 4, kind: 'total knee replacement' }] }),
      'moderate',
      new Map(),
      false,
    );
    expect(item?.topic).toBe('after_surgery');
    expect(item?.rationale).toContain('total knee replacement 4 weeks ago');
  });

  test('safety comes before the condition, the condition before the general topics', () => {
    const list = topics(caseWith({ pregnant: true, fallsInPastYear: 1 }, { complaint: { regions: ['pelvis'] } }));
    expect(list.slice(0, 3)).toEqual(['falls_prevention', 'exercise_in_pregnancy', 'pelvic_girdle_pain_in_pregnancy']);
  });
});

describe('a short list of 3 to 6 topics', () => {
  test('every trigger a topic can name has a rank', () => {
    const ranked = new Set(Object.values(TRIGGERS_BY_TIER).flat());
    for (const trigger of ZEducationTopic.shape.triggers.element.options) expect(ranked).toContain(trigger);
  });

  test('every example case that is treated gets 3 to 6 distinct topics', () => {
    for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'))) {
      const plan = generatePlan(parse(JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8'))), {
        asOf: '2026-11-23',
      });
      if (plan.visit === null) continue;
      const ids = plan.education.map((e) => e.topic);
      expect(ids.length, file).toBeGreaterThanOrEqual(EDUCATION_MIN);
      expect(ids.length, file).toBeLessThanOrEqual(EDUCATION_MAX);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  test('generated cases get 3 to 6 topics, and the rest stay in the library', () => {
    fc.assert(
      fc.property(arbitraryCase(), (input) => {
        const parsed = parseCaseFile(input);
        if (!parsed.ok) return;
        const plan = generatePlan(parsed.value, { asOf: '2026-11-23' });
        if (plan.visit === null) return;
        expect(plan.education.length).toBeGreaterThanOrEqual(EDUCATION_MIN);
        expect(plan.education.length).toBeLessThanOrEqual(EDUCATION_MAX);
        for (const e of plan.education) expect(e.rationale.length).toBeGreaterThan(20);
      }),
      { numRuns: 200 },
    );
    expect(EDUCATION_TOPICS.length).toBeGreaterThan(EDUCATION_MAX);
  });
});
