// Backup and restore with PostgreSQL (server from db/postgres.global-setup.ts): JSON dumps read in one REPEATABLE READ
// transaction, restored into PostgreSQL or SQLite; SQLite snapshots restored into PostgreSQL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { runCli, tempDir, withData } from '../cli/cli-test-support.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { databaseState, startBusyWriter, writerConsistency, type DatabaseState } from './backup-test-support.ts';
import { readBackupFile } from './restore.ts';
import { countRows } from './tables.ts';

const postgres = inject('postgres');
const NOW = '2026-11-23T10:00:00.000Z';

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

if ('error' in postgres) {
  test('PostgreSQL is available for the backup suite', () => {
    throw new Error(postgres.error);
  });
} else {
  const created: string[] = [];
  /** A new empty database on the test server; dropped after the suite. */
  const newDatabase = async (): Promise<string> => {
    const name = `tandem_backup_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await onServer(postgres.url, `create database ${name}`);
    created.push(name);
    const url = new URL(postgres.url);
    url.pathname = `/${name}`;
    return url.toString();
  };
  const pgEnv = (url: string) => ({ env: { DATABASE_URL: url } });

  describe('backup and restore with PostgreSQL', () => {
    let source: string;
    let before: DatabaseState;
    let dumpFile: string;

    beforeAll(async () => {
      source = await newDatabase();
      before = await withData(
        '',
        async ({ handle, repo }) => {
          await seedDemo(repo, { now: NOW });
          return databaseState(handle, repo);
        },
        source,
      );
      dumpFile = join(tempDir('pg-backup'), 'tandem.json');
    });
    afterAll(async () => {
      for (const name of created) await onServer(postgres.url, `drop database if exists ${name} with (force)`);
    });

    test('backup writes a JSON dump; restored into an empty PostgreSQL database it reproduces the clinic exactly', async () => {
      const backup = await runCli(['backup', dumpFile], pgEnv(source));
      expect(backup.err).toBe('');
      expect(backup.out).toMatch(/\(JSON dump of PostgreSQL, [\d.]+ [KM]B, \d+ ms\): 1 clinics, 6 users, 10 clients/);
      expect(readFileSync(dumpFile, 'utf8')).toMatch(/^\{"format":"tandem-backup","version":1,/);
      const target = await newDatabase();
      const restore = await runCli(['restore', dumpFile], pgEnv(target));
      expect(restore.err).toBe('');
      expect(restore.out).toMatch(/\(postgres backup of .*\) into the PostgreSQL database in DATABASE_URL: 1 clinics/);
      expect(await withData('', ({ handle, repo }) => databaseState(handle, repo), target)).toEqual(before);
    });

    test('the JSON dump restores into SQLite, and a SQLite snapshot of that restores into PostgreSQL, both exactly', async () => {
      const sqliteDir = tempDir('pg-to-sqlite');
      expect((await runCli(['restore', dumpFile, '--data', sqliteDir])).code).toBe(0);
      expect(await withData(sqliteDir, ({ handle, repo }) => databaseState(handle, repo))).toEqual(before);
      const snapshot = join(tempDir('sqlite-snapshot'), 'tandem.sqlite');
      expect((await runCli(['backup', snapshot, '--data', sqliteDir])).code).toBe(0);
      const target = await newDatabase();
      expect((await runCli(['restore', snapshot], pgEnv(target))).code).toBe(0);
      expect(await withData('', ({ handle, repo }) => databaseState(handle, repo), target)).toEqual(before);
    });

    test('restore refuses a PostgreSQL database that is not empty, and changes nothing', async () => {
      const counts = await withData('', ({ handle }) => countRows(handle.db), source);
      const { code, err } = await runCli(['restore', dumpFile], pgEnv(source));
      expect(code).toBe(2);
      expect(err).toMatch(/the database is not empty \(1 clinics, 6 users/);
      expect(await withData('', ({ handle }) => countRows(handle.db), source)).toEqual(counts);
    });

    test('a dump taken while another process keeps writing holds whole transactions only', async () => {
      const busy = await newDatabase();
      const writer = await startBusyWriter(tempDir('pg-busy'), busy);
      const checks: ReturnType<typeof writerConsistency>[] = [];
      try {
        for (let i = 0; i < 6; i++) {
          // Each dump starts once the writer has committed more than the previous dump holds.
          await writer.committedMoreThan(checks.at(-1)?.entries ?? 0);
          const file = join(tempDir('pg-busy-backup'), `b${i}.json`);
          const { code, err } = await runCli(['backup', file], pgEnv(busy));
          expect(err).toBe('');
          expect(code).toBe(0);
          checks.push(writerConsistency(readBackupFile(file)));
        }
      } finally {
        await writer.stop();
      }
      for (const c of checks) expect(c.torn).toEqual([]);
      expect(checks.at(-1)?.entries ?? 0).toBeGreaterThan(checks[0]?.entries ?? 0);
    }, 60_000); // a second process and six dumps: bounded like the writer itself (MAX_RUN_MS), not by a quiet machine

    test('export reads one client from PostgreSQL and audits it', async () => {
      const [client] = before.exports;
      const { code, out } = await runCli(['export', '--client', client?.client.id ?? ''], pgEnv(source));
      expect(code).toBe(0);
      expect(JSON.parse(out)).toMatchObject({
        client: { id: client?.client.id },
        episodes: client?.episodes.map((e) => ({ episode: { id: e.episode.id } })),
      });
      await withData(
        '',
        async ({ repo }) => {
          expect((await repo.audit.list(client?.clinic.id ?? '', { clientId: client?.client.id }))[0]).toMatchObject({
            action: 'export',
            outcome: 'success',
          });
        },
        source,
      );
    });
  });
}
