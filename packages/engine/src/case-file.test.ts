import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCaseFile } from './case-file.ts';

const EXAMPLES = new URL('../../../examples/cases/', import.meta.url);
const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => new URL(f, EXAMPLES));
const lbp = () =>
  JSON.parse(readFileSync(new URL('lbp-desk-analyst.json', EXAMPLES), 'utf8')) as Record<string, unknown> & {
    findings: { palpation: { structure: unknown }[]; rom: { motion: string }[] };
    redFlags: unknown[];
    questionnaires: { odi: unknown[] };
  };

describe('case files', () => {
  test.each(files.map((f) => [f.pathname.split('/').slice(-2).join('/'), f] as const))('%s parses', (_name, file) => {
    const result = parseCaseFile(JSON.parse(readFileSync(file, 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  test.each([
    {
      edit: (c: ReturnType<typeof lbp>) => {
        c.findings.palpation[1]!.structure = 'erector_spinea';
      },
      path: 'findings.palpation[1].structure',
      message: 'unknown structure "erector_spinea"',
    },
    {
      edit: (c: ReturnType<typeof lbp>) => {
        c.redFlags = ['saddle_numbness'];
      },
      path: 'redFlags[0]',
      message: 'unknown red flag "saddle_numbness"',
    },
    {
      edit: (c: ReturnType<typeof lbp>) => {
        c.redFlags = [3];
      },
      path: 'redFlags[0]',
      message: 'expected a red flag id (text), got 3',
    },
    {
      edit: (c: ReturnType<typeof lbp>) => {
        c.findings.rom[0]!.motion = 'pronation';
      },
      path: 'findings.rom[0].motion',
      message: '"pronation" is not measured at the lumbar joint',
    },
    {
      edit: (c: ReturnType<typeof lbp>) => {
        c['extra'] = 1;
      },
      path: 'extra',
      message: 'unknown field "extra"',
    },
    {
      edit: (c: ReturnType<typeof lbp>) => {
        c.questionnaires.odi[2] = 9;
      },
      path: 'questionnaires.odi[2]',
      message: 'item 3 (lifting): 9 is outside 0–5',
    },
    {
      edit: (c: ReturnType<typeof lbp>) => {
        c['client'] = { age: 'forty' };
      },
      path: 'client.age',
      message: 'Invalid input: expected number, received string',
    },
    {
      edit: (c: ReturnType<typeof lbp>) => {
        (c['questionnaires'] as Record<string, unknown>)['womac'] = [];
      },
      path: 'questionnaires.womac',
      message: 'unknown instrument "womac"',
    },
  ])('refuses with the path: $path', ({ edit, path, message }) => {
    const input = lbp();
    edit(input);
    const result = parseCaseFile(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.message).toContain(message);
  });

  test('only id, age, regions and current pain are required', () => {
    const result = parseCaseFile({
      id: 'minimal',
      client: { age: 40 },
      complaint: { regions: ['knee'] },
      pain: { nprs: { current: 3 } },
    });
    expect(result.ok).toBe(true);
  });
});

/** The smallest valid case, with `extra` merged over it. */
const minimal = (extra: Record<string, unknown> = {}) => ({
  id: 'minimal',
  client: { age: 40 },
  complaint: { regions: ['knee'] },
  pain: { nprs: { current: 4, best: 2, worst: 6 } },
  ...extra,
});
const nprs = (n: Record<string, number>) => ({ pain: { nprs: n } });
const goal = (g: Record<string, unknown>) => ({ goals: [{ weeks: 8, ...g }] });
const ODI_32 = [2, 1, 2, 2, 3, 1, 1, 1, 2, 1]; // 16 of 50 → 32 %
const PCS_34 = [3, 3, 2, 3, 2, 3, 2, 3, 3, 2, 3, 3, 2];
const many = (n: number, item: unknown) => Array.from({ length: n }, () => item);

describe('input that contradicts itself or is too large', () => {
  test.each([
    [
      'best above worst',
      nprs({ current: 4, best: 7, worst: 3 }),
      'pain.nprs.best',
      'best pain 7 is above worst pain 3',
    ],
    ['current below best', nprs({ current: 1, best: 2, worst: 6 }), 'pain.nprs.current', 'below best pain 2'],
    ['current above worst', nprs({ current: 8, best: 2, worst: 6 }), 'pain.nprs.current', 'above worst pain 6'],
    ['current above worst, no best', nprs({ current: 8, worst: 6 }), 'pain.nprs.current', 'above worst pain 6'],
    [
      'NPRS goal 2 → 6',
      goal({ measure: 'nprs', baseline: 2, target: 6 }),
      'goals[0].target',
      'makes nprs worse (lower is better)',
    ],
    [
      'LEFS goal going down',
      goal({ measure: 'lefs', baseline: 50, target: 40 }),
      'goals[0].target',
      'makes lefs worse (higher is better)',
    ],
    [
      'timed up and go getting slower',
      goal({ measure: 'functional_test', test: 'timed_up_and_go', baseline: 12, target: 15 }),
      'goals[0].target',
      'makes functional_test worse (lower is better)',
    ],
    [
      'range going down',
      goal({ measure: 'rom', joint: 'knee', motion: 'flexion', baseline: 100, target: 90 }),
      'goals[0].target',
      'makes rom worse',
    ],
    [
      'strength going down',
      goal({ measure: 'strength', muscle: 'gluteus_medius', baseline: 4, target: 3 }),
      'goals[0].target',
      'makes strength worse',
    ],
    [
      'functional status going down',
      goal({ measure: 'functional', activity: 'stairs', baseline: 'limited', target: 'painful' }),
      'goals[0].target',
      'makes functional worse',
    ],
    [
      'PCS baseline 35 against answers scoring 34',
      { questionnaires: { pcs: PCS_34 }, ...goal({ measure: 'pcs', baseline: 35, target: 24 }) },
      'goals[0].baseline',
      'a baseline of 35 contradicts the pcs answers in this file, which score 34',
    ],
    [
      'ODI baseline 40 against answers scoring 32',
      { questionnaires: { odi: ODI_32 }, ...goal({ measure: 'odi', baseline: 40, target: 20 }) },
      'goals[0].baseline',
      'which score 32',
    ],
    [
      'a pain map of 41 entries',
      { pain: { nprs: { current: 4 }, map: many(41, { region: 'knee' }) } },
      'pain.map',
      'at most 40 entries',
    ],
    ['101 goals', { goals: many(101, { measure: 'nprs', baseline: 4, target: 2, weeks: 8 }) }, 'goals', 'at most 100'],
    [
      '101 surgeries',
      { history: { surgeries: many(101, { region: 'knee', weeksAgo: 10 }) } },
      'history.surgeries',
      'at most 100',
    ],
    [
      '101 palpation findings',
      { findings: { palpation: many(101, { structure: 'upper_trapezius', finding: 'tenderness' }) } },
      'findings.palpation',
      'at most 100',
    ],
    ['a 201-character name', { client: { age: 40, name: 'x'.repeat(201) } }, 'client.name', '200'],
  ])('refuses %s, naming %s', (_what, extra, path, message) => {
    const result = parseCaseFile(minimal(extra));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(result.problems)).toBeDefined();
    expect(problem!.message).toContain(message);
  });

  test.each([
    ['pain the same at best, now and worst', nprs({ current: 5, best: 5, worst: 5 })],
    ['current at the best', nprs({ current: 2, best: 2, worst: 6 })],
    ['current at the worst', nprs({ current: 6, best: 2, worst: 6 })],
    ['only current', nprs({ current: 9 })],
    ['an NPRS goal going down', goal({ measure: 'nprs', baseline: 6, target: 2 })],
    ['a goal to keep a score where it is', goal({ measure: 'lefs', baseline: 70, target: 70 })],
    [
      'a chair-stand goal going up',
      goal({ measure: 'functional_test', test: 'sit_to_stand_30s', baseline: 8, target: 12 }),
    ],
    [
      'a functional goal going up',
      goal({ measure: 'functional', activity: 'stairs', baseline: 'painful', target: 'pain_free' }),
    ],
    [
      'a PCS baseline equal to the score',
      { questionnaires: { pcs: PCS_34 }, ...goal({ measure: 'pcs', baseline: 34, target: 24 }) },
    ],
    [
      'an ODI baseline rounded within 0.5',
      { questionnaires: { odi: ODI_32 }, ...goal({ measure: 'odi', baseline: 32.4, target: 16 }) },
    ],
    ['a goal without its questionnaire', goal({ measure: 'odi', baseline: 40, target: 20 })],
    [
      'an NPRS goal in a context, beside an NPRS questionnaire',
      { questionnaires: { nprs: 4 }, ...goal({ measure: 'nprs', context: 'walking', baseline: 7, target: 3 }) },
    ],
    ['a pain map of 40 entries', { pain: { nprs: { current: 4 }, map: many(40, { region: 'knee' }) } }],
    ['100 goals', { goals: many(100, { measure: 'nprs', baseline: 4, target: 2, weeks: 8 }) }],
  ])('accepts %s', (_what, extra) => {
    const result = parseCaseFile(minimal(extra));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
