import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { seedDemo, type DemoClinic } from '../demo/seed-demo.ts';
import type { ClientExport } from '../export/client-export.ts';
import { runCli, tempDir, withData } from './cli-test-support.ts';

const NOW = '2026-11-23T10:00:00.000Z';

describe('tandem export', () => {
  let data: string;
  let demo: DemoClinic;

  beforeAll(async () => {
    data = tempDir('export');
    demo = await withData(data, ({ repo }) => seedDemo(repo, { now: NOW }));
  });

  const clientOf = (caseId: string) => {
    const c = demo.clients.find((x) => x.caseId === caseId);
    if (!c) throw new Error(`${caseId} not in the demo`);
    return c;
  };

  test("contains the client's whole record, and nothing of any other client", async () => {
    const sam = clientOf('knee-runner');
    const { code, out, err } = await runCli(['export', '--client', sam.id, '--data', data]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const exported = JSON.parse(out) as ClientExport;
    expect(exported).toMatchObject({
      format: 'tandem-client-export',
      version: 1,
      clinic: { id: demo.clinic.id },
      client: { id: sam.id, name: 'Sam Okafor' },
    });
    expect(exported.login).toMatchObject({ email: 'sam.okafor@demo.tandem.test', role: 'client' });
    expect(out).not.toMatch(/passwordHash|argon2/);
    const [episode] = exported.episodes;
    expect(exported.episodes).toHaveLength(1);
    expect(episode?.episode).toMatchObject({ id: sam.episodeId, intake: { id: 'knee-runner' } });
    for (const key of [
      'assessments',
      'plans',
      'visits',
      'homeLog',
      'measures',
      'goals',
      'prescriptions',
      'decisions',
      'education',
    ] as const) {
      expect(episode?.[key].length, key).toBeGreaterThan(0);
    }
    expect(episode?.plans[0]?.document.caseId).toBe('knee-runner');
    expect(episode?.homeLog.every((e) => e.clientId === sam.id && e.episodeId === sam.episodeId)).toBe(true);
    expect(exported.appointments.length).toBeGreaterThan(0);
    expect(exported.appointments.every((a) => a.clientId === sam.id)).toBe(true);
    for (const other of demo.clients.filter((c) => c.id !== sam.id)) {
      expect(out, other.name).not.toContain(other.id);
      expect(out, other.name).not.toContain(other.episodeId);
      expect(out, other.name).not.toContain(`"${other.name}"`);
    }
  });

  test('a referral-first client exports the referral and no plan', async () => {
    const referred = demo.clients.find((c) => !c.plan);
    const { out } = await runCli(['export', '--client', referred?.id ?? '', '--data', data]);
    const exported = JSON.parse(out) as ClientExport;
    expect(exported.episodes[0]?.plans).toEqual([]);
    expect(exported.episodes[0]?.referrals[0]?.urgency).toMatch(/urgent|emergency/);
  });

  test('records an audit event for the read, by the command line (no user)', async () => {
    const jean = clientOf('frozen-shoulder-irritable');
    const { code } = await runCli(['export', '--client', jean.id, '--data', data]);
    expect(code).toBe(0);
    await withData(data, async ({ repo }) => {
      const [event] = await repo.audit.list(demo.clinic.id, { clientId: jean.id });
      expect(event).toMatchObject({
        action: 'export',
        recordType: 'client',
        recordId: jean.id,
        clientId: jean.id,
        actorUserId: null,
        outcome: 'success',
      });
      expect(event?.detail).toMatch(/command line/);
    });
  });

  test('writes to --out readable by the owner only', async () => {
    const file = join(tempDir('export-out'), 'client.json');
    const margaret = clientOf('hip-gardener');
    const { code, out, err } = await runCli(['export', '--client', margaret.id, '--out', file, '--data', data]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/exported client .* \(1 episode\(s\)\) to /);
    expect((JSON.parse(readFileSync(file, 'utf8')) as ClientExport).client.name).toBe('Margaret Liu');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  test('an unknown client exits 2, and the failed attempt is audited', async () => {
    const { code, out, err } = await runCli(['export', '--client', 'no-such-client', '--data', data]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/no client no-such-client in clinic "Riverside/);
    await withData(data, async ({ repo }) => {
      expect((await repo.audit.list(demo.clinic.id, { clientId: 'no-such-client' }))[0]).toMatchObject({
        action: 'export',
        outcome: 'error',
      });
    });
  });

  test('with two clinics the clinic must be named, and another clinic sees no such client', async () => {
    const dir = tempDir('export-two');
    const first = await withData(dir, ({ repo }) => seedDemo(repo, { now: NOW }));
    const added = await runCli(
      [
        'user',
        'add',
        '--data',
        dir,
        '--email',
        'second@example.test',
        '--name',
        'Second Owner',
        '--role',
        'owner',
        '--clinic-name',
        'Second',
        '--password-stdin',
      ],
      { stdin: 'a long enough password' },
    );
    const second = /in clinic (\S+)/.exec(added.out)?.[1] ?? '';
    const sam = first.clients[0]?.id ?? '';
    expect((await runCli(['export', '--client', sam, '--data', dir])).err).toMatch(
      /2 clinics: name one with --clinic ID/,
    );
    expect((await runCli(['export', '--client', sam, '--clinic', second, '--data', dir])).err).toMatch(
      /no client .* in clinic "Second"/,
    );
    expect((await runCli(['export', '--client', sam, '--clinic', first.clinic.id, '--data', dir])).code).toBe(0);
  });

  test('needs --client', async () => {
    expect((await runCli(['export', '--data', data])).err).toMatch(/export needs --client ID/);
  });
});
