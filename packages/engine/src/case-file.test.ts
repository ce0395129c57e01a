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
