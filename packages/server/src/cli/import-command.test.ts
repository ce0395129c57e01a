import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countRows } from '../backup/tables.ts';
import { runCli, tempDir, withData } from './cli-test-support.ts';

const EXAMPLES = new URL('../../../../examples/cases/', import.meta.url);
const example = (name: string) => new URL(`${name}.json`, EXAMPLES).pathname;
const PASSWORD = 'a long enough password';

async function clinicWithStaff(dataDir: string, clinicians: string[]): Promise<void> {
  expect(
    (
      await runCli(
        [
          'user',
          'add',
          '--data',
          dataDir,
          '--email',
          'owner@example.test',
          '--name',
          'Olive Owner',
          '--role',
          'owner',
          '--clinic-name',
          'North',
          '--password-stdin',
        ],
        { stdin: PASSWORD },
      )
    ).code,
  ).toBe(0);
  for (const email of clinicians) {
    expect(
      (
        await runCli(
          [
            'user',
            'add',
            '--data',
            dataDir,
            '--email',
            email,
            '--name',
            'Casey Clinician',
            '--role',
            'clinician',
            '--password-stdin',
          ],
          { stdin: PASSWORD },
        )
      ).code,
    ).toBe(0);
  }
}

const idsOf = (out: string) => ({
  client: /^client (\S+)$/m.exec(out)?.[1] ?? '',
  episode: /^episode (\S+)$/m.exec(out)?.[1] ?? '',
});

describe('tandem import', () => {
  test('creates the client, episode, scored assessment, plan v1, goals, home program and education, and prints the ids', async () => {
    const data = tempDir('import');
    await clinicWithStaff(data, ['casey@example.test']);
    const { code, out, err } = await runCli([
      'import',
      example('knee-runner'),
      '--data',
      data,
      '--as-of',
      '2026-11-02',
    ]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const ids = idsOf(out);
    expect(out).toMatch(/plan version 1 by casey@example\.test: 6 home exercises, 2 goals/);
    await withData(data, async ({ repo }) => {
      const [clinic] = await repo.clinics.list();
      const clinicId = clinic?.id ?? '';
      expect(await repo.clients.get(clinicId, ids.client)).toMatchObject({
        name: 'Sam Okafor',
        sex: 'male',
        userId: null,
      });
      const episode = await repo.episodes.get(clinicId, ids.episode);
      expect(episode).toMatchObject({ clientId: ids.client, startedOn: '2026-11-02', status: 'active' });
      expect(episode?.intake.id).toBe('knee-runner');
      const [assessment] = await repo.assessments.list(clinicId, ids.episode);
      expect(assessment?.details).toMatchObject({
        kind: 'intake',
        screening: { referral: null },
        questionnaires: { lefs: { instrument: 'lefs', score: 49 } },
      });
      expect((await repo.measures.list(clinicId, ids.episode, { measure: 'lefs' }))[0]).toMatchObject({
        value: 49,
        date: '2026-11-02',
      });
      const plan = await repo.plans.current(clinicId, ids.episode);
      expect(plan).toMatchObject({ version: 1, reason: 'generated at intake' });
      expect(plan?.document.generatedFor).toBe('2026-11-02');
      expect((await repo.goals.list(clinicId, ids.episode)).map((g) => g.measure)).toEqual(['lefs', 'activity:stairs']);
      expect(await repo.prescriptions.current(clinicId, ids.episode, '2026-11-02')).toHaveLength(6);
      expect((await repo.education.list(clinicId, ids.episode)).length).toBeGreaterThan(0);
      expect(await repo.referrals.list(clinicId, ids.episode)).toEqual([]);
      const [audit] = await repo.audit.list(clinicId, { clientId: ids.client });
      expect(audit).toMatchObject({
        action: 'create',
        recordType: 'episode',
        recordId: ids.episode,
        actorUserId: null,
        outcome: 'success',
      });
    });
  });

  test('an urgent referral is stored with no plan; a routine one with its plan', async () => {
    const data = tempDir('import');
    await clinicWithStaff(data, []);
    const urgent = await runCli(['import', example('thoracic-night-pain-urgent-referral'), '--data', data]);
    expect(urgent.out).toMatch(/referral urgent: .*\nno plan: the screen asks for medical review first/);
    const routine = await runCli(['import', example('neck-dizziness-routine-referral'), '--data', data]);
    expect(routine.out).toMatch(/referral routine: .*\nplan version 1 by owner@example\.test/);
    await withData(data, async ({ repo }) => {
      const [clinic] = await repo.clinics.list();
      const u = idsOf(urgent.out);
      expect(await repo.plans.current(clinic?.id ?? '', u.episode)).toBeUndefined();
      expect((await repo.referrals.list(clinic?.id ?? '', u.episode))[0]).toMatchObject({ urgency: 'urgent' });
      expect(await repo.clients.get(clinic?.id ?? '', u.client)).toMatchObject({
        name: 'thoracic-night-pain-urgent-referral',
      });
    });
  });

  test('a bad case file exits 2 naming the field, before anything is stored', async () => {
    const data = tempDir('import');
    await clinicWithStaff(data, []);
    const bad = JSON.parse(readFileSync(example('knee-runner'), 'utf8')) as {
      findings: { palpation: { structure: string }[] };
    };
    bad.findings.palpation[0]!.structure = 'iliotibial_bandd';
    const file = join(data, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const { code, out, err } = await runCli(['import', file, '--data', data]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/findings\.palpation\[0\]\.structure: unknown structure "iliotibial_bandd"/);
    expect(err.trim().split('\n')).toHaveLength(1);
    await withData(data, async ({ handle }) => {
      expect(await countRows(handle.db, ['clients', 'episodes'])).toEqual({ clients: 0, episodes: 0 });
    });
  });

  test.each([
    { setup: [] as string[], args: [] as string[], message: /no clinic yet: add its owner first/ },
    {
      setup: ['a@example.test', 'b@example.test'],
      args: [],
      message: /2 clinicians: name one with --clinician EMAIL \(a@example\.test, b@example\.test\)/,
    },
    {
      setup: ['a@example.test'],
      args: ['--clinician', 'nobody@example.test'],
      message: /--clinician nobody@example\.test: no owner or clinician/,
    },
    { setup: ['a@example.test'], args: ['--clinic', 'no-such-clinic'], message: /no clinic with id no-such-clinic/ },
    { setup: ['a@example.test'], args: ['--as-of', '23/11/2026'], message: /--as-of must be a date/ },
  ])('who signs the plan, and where: $message', async ({ setup, args, message }) => {
    const data = tempDir('import');
    if (setup.length > 0 || !String(message).includes('no clinic')) await clinicWithStaff(data, setup);
    const { code, err } = await runCli(['import', example('hip-gardener'), '--data', data, ...args]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
