import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_CASES } from '../demo/case-files.ts';
import { main, type Io } from './main.ts';

const casePath = (name: string) => new URL(`${name}.json`, EXAMPLE_CASES).pathname;

async function cli(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdin: () => stdin,
  };
  const code = await main(args, io);
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), 'tandem-cli-'));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('tandem score', () => {
  test('scores an ODI array from a file', async () => {
    const { code, out } = await cli(['score', 'odi', file('odi.json', '[2,1,2,2,3,1,1,1,2,1]')]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result).toMatchObject({
      instrument: 'odi',
      score: 32,
      unit: 'percent',
      band: 'moderate',
      answered: 10,
      missing: 0,
    });
  });

  test('reads standard input with - and keyed objects, rounds to 4 dp', async () => {
    const { code, out } = await cli(['score', 'odi', '-'], '{"1":2,"2":2,"3":2,"4":2,"5":2,"6":2,"7":2,"9":1,"10":1}');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ score: 35.5556, answered: 9, missing: 1, missingItems: ['sex_life'] });
  });

  test('prints subscales and bands for SPADI and STarT Back', async () => {
    const spadi = JSON.parse((await cli(['score', 'spadi', '-'], '[3,2,3,2,3,5,4,3,4,4,3,5,1]')).out) as {
      subscales: Record<string, number>;
    };
    expect(spadi.subscales).toMatchObject({ pain: 26, disability: 36.25 });
    const startback = JSON.parse((await cli(['score', 'startback', '-'], '[1,1,1,0,1,1,1,0,4]')).out) as {
      band: string;
      subscales: Record<string, number>;
    };
    expect(startback.band).toBe('high');
  });

  test.each([
    {
      args: ['score', 'odi', '-'],
      stdin: '[6,0,0,0,0,0,0,0,0,0]',
      message: /item 1 \(pain_intensity\): 6 is outside 0–5/,
    },
    { args: ['score', 'odi', '-'], stdin: '[1,2', message: /standard input: not valid JSON/ },
    {
      args: ['score', 'oswestry', '-'],
      stdin: '[]',
      message: /unknown instrument "oswestry"; expected one of nprs, odi/,
    },
    { args: ['score', 'odi', '/nonexistent.json'], stdin: '', message: /\/nonexistent.json: no such file/ },
    { args: ['score', '--bogus'], stdin: '', message: /Unknown option '--bogus'/ },
    { args: ['screen'], stdin: '', message: /screen needs a case file/ },
    { args: ['frobnicate'], stdin: '', message: /unknown command "frobnicate"/ },
  ])('bad input exits 2 with one line: $args', async ({ args, stdin, message }) => {
    const { code, out, err } = await cli(args, stdin);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});

describe('tandem score --csv', () => {
  test('scores each row and writes the scores alongside, keeping failures with their reason', async () => {
    const csv = file(
      'ndi.csv',
      [
        'client_id,date,1,2,3,4,5,6,7,8,9,10',
        'c1,2026-01-05,3,2,3,0,0,2,5,2,2,2',
        'c2,2026-01-05,1,1,1,1,1,1,1,,1,1',
        'c3,2026-01-05,9,1,1,1,1,1,1,1,1,1',
      ].join('\n'),
    );
    const out = join(tmp, 'ndi-scored.csv');
    const { code, err } = await cli(['score', '--csv', csv, '--instrument', 'ndi', '--out', out]);
    expect(code).toBe(0);
    expect(err).toMatch(/scored 2 of 3 rows; 1 could not be scored/);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^client_id,date,1,2,3,4,5,6,7,8,9,10,score,band,.*answered,missing,error$/);
    expect(lines[1]).toMatch(/^c1,2026-01-05,.*,42,moderate,/);
    expect(lines[2]).toMatch(/^c2,.*,20,mild,(.*,)?9,1,$/);
    expect(lines[3]).toMatch(/^c3,.*item 1 \(pain_intensity\): 9 is outside 0–5/);
  });

  test('FMS columns per side fold into left/right', async () => {
    const csv = file(
      'fms.csv',
      [
        'id,deep_squat,hurdle_step_left,hurdle_step_right,inline_lunge_left,inline_lunge_right,shoulder_mobility_left,shoulder_mobility_right,active_straight_leg_raise_left,active_straight_leg_raise_right,trunk_stability_pushup,rotary_stability_left,rotary_stability_right',
        'a,3,2,3,3,3,3,1,3,3,3,3,3',
      ].join('\n'),
    );
    const { code, out } = await cli(['score', '--csv', csv, '--instrument', 'fms']);
    expect(code).toBe(0);
    // 3+2+3+1+3+3+3: the lower side of each bilateral test counts.
    expect(out.split('\n')[1]).toMatch(/^a,(\d,){12}18,,7,0,$/);
  });

  test('a missing CSV file is a usage error', async () => {
    const { code, err } = await cli(['score', '--csv', join(tmp, 'nope.csv'), '--instrument', 'odi']);
    expect(code).toBe(2);
    expect(err).toMatch(/no such file/);
  });
});

describe('tandem screen', () => {
  test('the cauda equina case is an emergency referral that stops treatment', async () => {
    const { code, out } = await cli(['screen', casePath('lumbar-saddle-numbness-emergency-referral')]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { referral: { urgency: string; stopsTreatment: boolean; ruleIds: string[] } };
    expect(result.referral.urgency).toBe('emergency');
    expect(result.referral.stopsTreatment).toBe(true);
    expect(result.referral.ruleIds).toContain('refer.cauda_equina');
  });

  test('the low-back case has no referral', async () => {
    const { code, out } = await cli(['screen', casePath('lbp-desk-analyst')]);
    expect(code).toBe(0);
    expect((JSON.parse(out) as { referral: unknown }).referral).toBeNull();
  });

  test('an unknown id names the JSON path and the id', async () => {
    const bad = JSON.parse(readFileSync(casePath('lbp-desk-analyst'), 'utf8')) as {
      findings: { palpation: { structure: string }[] };
    };
    bad.findings.palpation[0]!.structure = 'quadratus_lumbar';
    const { code, err } = await cli(['screen', file('bad-case.json', JSON.stringify(bad))]);
    expect(code).toBe(2);
    expect(err).toMatch(/findings\.palpation\[0\]\.structure: unknown structure "quadratus_lumbar"/);
  });
});

describe('tandem plan', () => {
  test('--json has the documented keys and stores nothing', async () => {
    const { code, out } = await cli(['plan', casePath('lbp-desk-analyst'), '--json', '--as-of', '2026-11-23']);
    expect(code).toBe(0);
    const plan = JSON.parse(out) as Record<string, unknown> & {
      phases: Record<string, unknown>[];
      visit: { blocks: { kind: string; minutes: number; items: Record<string, unknown>[] }[] };
    };
    for (const key of [
      'referral',
      'restrictions',
      'excluded',
      'impairments',
      'phases',
      'visit',
      'homeProgram',
      'education',
      'goals',
      'measures',
      'reassessEverySessions',
      'equipment',
    ]) {
      expect(plan).toHaveProperty(key);
    }
    for (const phase of plan.phases)
      for (const key of ['id', 'weeks', 'visitsPerWeek', 'manualShare', 'entryCriteria', 'exitCriteria'])
        expect(phase).toHaveProperty(key);
    expect(plan.visit.blocks.map((b) => b.kind)).toEqual(['warm_up', 'manual', 're_education']);
    const technique = plan.visit.blocks[1]!.items[0]!;
    for (const key of ['technique', 'category', 'intensity', 'regions', 'addresses', 'ruleId', 'rationale'])
      expect(technique).toHaveProperty(key);
    const exercise = plan.visit.blocks[2]!.items[0]!;
    for (const key of ['exercise', 'category', 'regions', 'dosage', 'addresses', 'ruleId', 'rationale'])
      expect(exercise).toHaveProperty(key);
  });

  test('readable text by default; the red-flag case prints only the referral', async () => {
    const lbp = await cli(['plan', casePath('lbp-desk-analyst'), '--as-of', '2026-11-23']);
    expect(lbp.code).toBe(0);
    expect(lbp.out).toMatch(/Visit \(restore, 53 min\)/);
    expect(lbp.out).toMatch(/Home program/);
    const red = await cli(['plan', casePath('lumbar-saddle-numbness-emergency-referral')]);
    expect(red.out).toMatch(/REFERRAL \(emergency\)/);
    expect(red.out).toMatch(/No treatment phases/);
  });

  test.each([
    { args: ['plan'], message: /plan needs a case file/ },
    { args: ['plan', casePath('lbp-desk-analyst'), '--as-of', 'yesterday'], message: /--as-of must be a date/ },
  ])('bad input exits 2: $args', async ({ args, message }) => {
    const { code, err } = await cli(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('tandem progress', () => {
  const EXAMPLE = new URL('../../../../examples/histories/knee-runner-8-weeks.json', import.meta.url).pathname;

  test('prints the decisions of the example history as text', async () => {
    const { code, out } = await cli(['progress', EXAMPLE]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Progress for knee-runner as of 2026-10-31/);
    expect(out).toMatch(/SETBACK: Pain at rest has stayed at 4\/10 or more since 2026-10-07/);
    expect(out).toMatch(/clinician check-in by 2026-10-11/);
    expect(out).toMatch(/Side step-down from a low step: PROGRESS \(reps 8 → 10\)/);
    expect(out).toMatch(/REGRESS \(sets 2 → 1\): Step back: pain during reached 6\/10, above the 4\/10 ceiling/);
    expect(out).toMatch(/Prescription now:\n  • Side step-down from a low step: 2 × 15 reps each side/);
    expect(out).toMatch(/\[x\] Meaningful change \(MCID\) on the main outcome measure: lefs 49 → 59/);
  });

  test('--json gives every decision with its rule, reason and inputs; --as-of replays up to a date', async () => {
    const { code, out } = await cli(['progress', EXAMPLE, '--json', '--as-of', '2026-10-10']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as {
      asOf: string;
      flare: unknown;
      events: { scope: string; decision: string; ruleId: string; rationale: string; inputs: unknown; date: string }[];
    };
    expect(report.asOf).toBe('2026-10-10');
    expect(report.flare).toEqual({ since: '2026-10-07' });
    expect(report.events.every((e) => e.date <= '2026-10-10' && e.ruleId && e.rationale && e.inputs)).toBe(true);
    expect(report.events.filter((e) => e.scope === 'episode').map((e) => e.decision)).toEqual([
      'reassess_due',
      'reassess_due',
      'setback',
    ]);
  });

  test.each([
    { args: ['progress'], stdin: '', message: /progress needs a history file/ },
    {
      args: ['progress', '-'],
      stdin: '{"start":"2026-01-05"}',
      message: /-: phases: .*; baseline: .*; prescription: /,
    },
    {
      args: ['progress', '-'],
      stdin: JSON.stringify({
        start: '2026-01-05',
        phases: [{ phase: 'load', start: '2026-01-05' }],
        baseline: { painAtRest: 3 },
        prescription: [{ exercise: 'glute_bridge', sets: 2, reps: 10, daysPerWeek: 3 }],
        entries: [
          {
            date: '2026-01-06',
            source: 'home',
            exercises: [{ exercise: 'glute_bridge', done: { sets: 2, reps: 10 }, painDuring: 12 }],
          },
        ],
      }),
      message: /entries\[0\]\.exercises\[0\]\.painDuring: .*10/,
    },
    {
      args: ['progress', '-'],
      stdin: JSON.stringify({
        start: '2026-01-05',
        phases: [{ phase: 'load', start: '2026-01-05' }],
        baseline: { painAtRest: 3 },
        prescription: [{ exercise: 'glute_bridge', sets: 2, reps: 10, daysPerWeek: 3 }],
        entries: [
          {
            date: '2026-01-06',
            source: 'home',
            exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 10 }, painDuring: 2 }],
          },
        ],
      }),
      message: /entries\[0\]\.exercises\[0\]\.exercise: "dead_bug" is not in the prescription on 2026-01-06/,
    },
    { args: ['progress', 'x.json', '--as-of', '31/12/2026'], stdin: '', message: /--as-of must be a date/ },
  ])('bad input exits 2 naming the field: $message', async ({ args, stdin, message }) => {
    const { code, err } = await cli(args, stdin);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('tandem illustrate', () => {
  test('prints an SVG with the exercise name as its accessible title', async () => {
    const { code, out } = await cli(['illustrate', 'goblet_squat']);
    expect(code).toBe(0);
    expect(out).toMatch(/^<svg [^>]*viewBox="[\d. ]+"/);
    expect(out).toMatch(/<title>Goblet squat<\/title>/i);
    expect(out).not.toMatch(/NaN|Infinity/);
  });

  test('an unknown exercise exits 2', async () => {
    const { code, err } = await cli(['illustrate', 'dead_bugs']);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown exercise "dead_bugs"/);
  });
});

describe('the installed command', () => {
  test('npx tandem runs from the repository root: 0 on success, 2 on bad input', () => {
    const root = new URL('../../../../', import.meta.url).pathname;
    const run = (args: string[], input: string) =>
      spawnSync('npx', ['--no-install', 'tandem', ...args], { cwd: root, input, encoding: 'utf8' });
    const good = run(['score', 'nprs', '-'], '7');
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ instrument: 'nprs', score: 7, band: 'severe' });
    const bad = run(['score', 'nprs', '-'], '11');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^tandem: nprs: .*11/m);
    // Two cold starts of the installed command (npx, then tsx compiling the CLI): slow on a busy machine.
  }, 60_000);
});
