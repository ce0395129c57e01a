// Restoring a backup (a JSON dump or a SQLite snapshot) into an empty database of either kind, all or nothing.
import { readFileSync, statSync } from 'node:fs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { BackupError } from './backup-error.ts';
import { parseDump, type Dump } from './dump.ts';
import { isSqliteFile, readSqliteBackup } from './sqlite-snapshot.ts';
import { appliedMigrations, BACKUP_TABLES, countRows, describeCounts, type Row } from './tables.ts';

/** Rows per insert: well under SQLite's and PostgreSQL's limits on bound values for the widest table. */
const BATCH = 200;

/** Reads and verifies a backup file of either kind; throws BackupError naming what is wrong. */
export function readBackupFile(file: string): Dump {
  let modified: string;
  try {
    modified = statSync(file).mtime.toISOString();
  } catch {
    throw new BackupError(`${file}: no such file`);
  }
  return isSqliteFile(file) ? readSqliteBackup(file, modified) : parseDump(readFileSync(file, 'utf8'), file);
}

/** Refuses unless no table holds a row: a restore never merges into live data. */
export async function assertEmpty(db: Kysely<Database>): Promise<void> {
  const counts = await countRows(db);
  const used = Object.entries(counts).filter(([, n]) => n > 0);
  if (used.length > 0) {
    throw new BackupError(
      `the database is not empty (${describeCounts(counts)}): restore only into an empty database, e.g. a new --data directory or a new PostgreSQL database`,
    );
  }
}

/** Inserts every row of the dump in one transaction; returns the rows restored per table. */
export async function restoreDump(db: Kysely<Database>, dump: Dump): Promise<Record<string, number>> {
  await assertEmpty(db);
  const applied = await appliedMigrations(db);
  if (JSON.stringify(applied) !== JSON.stringify(dump.migrations)) {
    throw new BackupError(
      `the backup's schema (${dump.migrations.join(', ') || 'none'}) is not this database's (${applied.join(', ') || 'none'}): restore it with the Tandem version that made it`,
    );
  }
  const columns = new Map(
    (await db.introspection.getTables()).map((t) => [t.name, new Set(t.columns.map((c) => c.name))]),
  );
  for (const table of BACKUP_TABLES) {
    const known = columns.get(table);
    const extra = new Set(dump.tables[table].flatMap((row) => Object.keys(row).filter((k) => !known?.has(k))));
    if (extra.size > 0)
      throw new BackupError(`the backup's ${table} rows have columns this database lacks: ${[...extra].join(', ')}`);
  }
  // Tables are named at run time, so the insert goes through a loosely typed view of the same connection.
  const loose = db as unknown as Kysely<Record<string, Row>>;
  await loose.transaction().execute(async (trx) => {
    for (const table of BACKUP_TABLES) {
      const rows = dump.tables[table];
      for (let i = 0; i < rows.length; i += BATCH)
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + BATCH))
          .execute();
    }
  });
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, dump.tables[t].length]));
}
