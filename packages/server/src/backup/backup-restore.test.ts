import { readFileSync, statSync, truncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli, tempDir, withData } from '../cli/cli-test-support.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { databaseState, startBusyWriter, writerConsistency, type DatabaseState } from './backup-test-support.ts';
import { readDump, serializeDump } from './dump.ts';
import { readBackupFile } from './restore.ts';
import { countRows, TABLES } from './tables.ts';

const NOW = '2026-11-23T10:00:00.000Z';

describe('backup and restore on SQLite', () => {
  let source: string;
  let before: DatabaseState;
  let backupFile: string;

  beforeAll(async () => {
    source = tempDir('backup-src');
    before = await withData(source, async ({ handle, repo }) => {
      await seedDemo(repo, { now: NOW });
      return databaseState(handle, repo);
    });
    backupFile = join(tempDir('backup-file'), 'tandem-backup.sqlite');
  });

  test('the table list names every table in the database', async () => {
    await withData(tempDir('tables'), async ({ handle }) => {
      const rows = await sql<{
        name: string;
      }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(
        handle.db,
      );
      expect(rows.rows.map((r) => r.name)).toEqual([...TABLES].sort());
    });
  });

  test('backup → restore into an empty database reproduces the demo clinic exactly (every client export, every table)', async () => {
    const backup = await runCli(['backup', backupFile, '--data', source]);
    expect(backup.err).toBe('');
    expect(backup.out).toMatch(
      /^backup written to .*tandem-backup\.sqlite \(SQLite snapshot, [\d.]+ [KM]B, \d+ ms\): 1 clinics, 6 users, 10 clients/,
    );
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    const target = tempDir('restore');
    const restore = await runCli(['restore', backupFile, '--data', target]);
    expect(restore.err).toBe('');
    expect(restore.out).toMatch(
      /^restored .* \(sqlite backup of .*\) into the SQLite database in .*: 1 clinics, 6 users, 10 clients/,
    );
    const after = await withData(target, async ({ handle, repo }) => {
      const [clinic] = await repo.clinics.list();
      expect((await repo.audit.list(clinic?.id ?? ''))[0]).toMatchObject({ action: 'restore', actorUserId: null });
      return databaseState(handle, repo);
    });
    expect(after.exports).toHaveLength(10);
    expect(after.exports).toEqual(before.exports);
    expect(after.tables).toEqual(before.tables);
  });

  test('a JSON dump (the PostgreSQL backup format) restores into SQLite as exactly', async () => {
    const file = join(tempDir('dump'), 'tandem.json');
    await withData(source, async ({ handle }) => {
      writeFileSync(file, serializeDump(await readDump(handle.db, handle.dialect, NOW)));
    });
    const target = tempDir('restore-json');
    const restore = await runCli(['restore', file, '--data', target]);
    expect(restore.out).toMatch(/sqlite backup of 2026-11-23T10:00:00\.000Z/);
    expect(await withData(target, ({ handle, repo }) => databaseState(handle, repo))).toEqual(before);
  });

  test('restore refuses a database that is not empty, and changes nothing', async () => {
    const counts = await withData(source, ({ handle }) => countRows(handle.db));
    const { code, err } = await runCli(['restore', backupFile, '--data', source]);
    expect(code).toBe(2);
    expect(err).toMatch(
      /^tandem: the database is not empty \(1 clinics, 6 users, 10 clients.*\): restore only into an empty database/,
    );
    expect(await withData(source, ({ handle }) => countRows(handle.db))).toEqual(counts);
  });

  test.each([
    {
      name: 'cut-short JSON',
      make: (f: string, json: string) => {
        writeFileSync(f, json.slice(0, json.length / 2));
      },
      message: /not valid JSON .*was it cut short/,
    },
    {
      name: 'an edited row',
      make: (f: string, json: string) => {
        writeFileSync(f, json.replace('"Sam Okafor"', '"Sam Smith"'));
      },
      message: /checksum does not match/,
    },
    {
      name: 'some other JSON',
      make: (f: string) => {
        writeFileSync(f, '{"clients": []}');
      },
      message: /is not a Tandem backup/,
    },
    {
      name: 'a damaged SQLite file',
      make: (f: string, _json: string, sqlite: string) => {
        copyFileSync(sqlite, f);
        truncateSync(f, Math.floor(statSync(sqlite).size / 3));
      },
      message: /damaged|cannot be read/,
    },
  ])('restore verifies the file first: $name is refused and nothing is stored', async ({ make, message }) => {
    const dir = tempDir('bad-backup');
    const json = await withData(source, async ({ handle }) =>
      serializeDump(await readDump(handle.db, handle.dialect, NOW)),
    );
    const file = join(dir, 'bad');
    make(file, json, backupFile);
    const target = tempDir('restore-bad');
    const { code, err } = await runCli(['restore', file, '--data', target]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(Object.values(await withData(target, ({ handle }) => countRows(handle.db))).every((n) => n === 0)).toBe(
      true,
    );
  });

  test('usage errors: no file, a missing file, a directory', async () => {
    expect((await runCli(['backup', '--data', source])).err).toMatch(/backup needs a file/);
    expect((await runCli(['restore', '/nonexistent/backup.json', '--data', tempDir('x')])).err).toMatch(/no such file/);
    expect((await runCli(['backup', tempDir('dir'), '--data', source])).err).toMatch(/is a directory/);
    expect(
      (await runCli(['backup', join(tempDir('x'), 'b.sqlite'), '--data', join(tempDir('x'), 'typo')])).err,
    ).toMatch(/no Tandem database in .*typo/);
  });

  test('a backup taken while another process keeps writing holds whole transactions only', async () => {
    const data = tempDir('busy');
    const writer = await startBusyWriter(data);
    const sizes: ReturnType<typeof writerConsistency>[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        // Each backup starts once the writer has committed more than the previous backup holds.
        await writer.committedMoreThan(sizes.at(-1)?.entries ?? 0);
        const file = join(tempDir('busy-backup'), `b${i}.sqlite`);
        const { code, err } = await runCli(['backup', file, '--data', data]);
        expect(err).toBe('');
        expect(code).toBe(0);
        sizes.push(writerConsistency(readBackupFile(file)));
      }
    } finally {
      await writer.stop();
    }
    for (const s of sizes) expect(s.torn).toEqual([]);
    // The writer was busy throughout: each backup holds more than the one before.
    expect(sizes.map((s) => s.entries)).toEqual([...sizes.map((s) => s.entries)].sort((a, b) => a - b));
    expect(sizes.at(-1)?.entries ?? 0).toBeGreaterThan(sizes[0]?.entries ?? 0);
  }, 60_000); // a second process and six backups: bounded like the writer itself (MAX_RUN_MS), not by a quiet machine

  test('the SQLite backup is a normal SQLite database file', () => {
    expect(readFileSync(backupFile).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});
