// The repository contract on SQLite, plus what only the embedded database has: the file and its durability settings.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, test } from 'vitest';
import { SQLITE_FILE, openDatabase } from './connect.ts';
import { createKyselyRepository } from './kysely-repository.ts';
import { migrateToLatest } from './migrate.ts';
import { repositoryContract } from './repository.contract.ts';
import { syncAndOverviewContract } from './sync-and-overview.contract.ts';
import { openTestDatabase } from './test-database.ts';

repositoryContract('sqlite', () => openTestDatabase());
syncAndOverviewContract('sqlite', () => openTestDatabase());

describe('SQLite connection', () => {
  test('one file in the data directory (created), WAL, synchronous FULL, foreign keys on, busy timeout', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'tandem-sqlite-'));
    const dataDir = join(parent, 'nested', 'data');
    const handle = await openDatabase({ dataDir });
    try {
      expect(handle.dialect).toBe('sqlite');
      expect(existsSync(join(dataDir, SQLITE_FILE))).toBe(true);
      const pragma = async (name: string) =>
        (await sql<Record<string, unknown>>`select * from ${sql.raw(`pragma_${name}`)}`.execute(handle.db)).rows[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('synchronous')).toEqual({ synchronous: 2 }); // 2 = FULL
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
    } finally {
      await handle.close();
      rmSync(parent, { recursive: true, force: true });
    }
  });

  test('a read-only transaction (the history snapshot) does not block another process writing the same file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tandem-sqlite-'));
    const reader = await openDatabase({ dataDir });
    const writer = await openDatabase({ dataDir });
    try {
      await migrateToLatest(reader.db);
      const repo = createKyselyRepository(writer.db, writer.dialect);
      // No waiting for a lock: a write blocked by the reader fails at once with SQLITE_BUSY (no clock involved).
      await sql`pragma busy_timeout = 0`.execute(writer.db);
      await reader.db
        .transaction()
        .setAccessMode('read only')
        .execute(async (trx) => {
          await trx.selectFrom('clinics').selectAll().execute();
          await repo.clinics.create({ name: 'Written meanwhile' });
          expect(await trx.selectFrom('clinics').selectAll().execute()).toEqual([]); // the reader keeps its snapshot
        });
    } finally {
      await reader.close();
      await writer.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('an unsupported database URL is refused with the accepted forms', async () => {
    await expect(openDatabase({ databaseUrl: 'mysql://x', dataDir: '' })).rejects.toThrow(/postgres:\/\//);
  });
});
