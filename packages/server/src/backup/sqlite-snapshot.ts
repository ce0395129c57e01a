// SQLite backups: VACUUM INTO writes a consistent, compacted copy of the live database from one read transaction
// (in WAL mode writers carry on meanwhile), and a copy is read back for restore after an integrity check.
import { chmodSync, closeSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { BackupError } from './backup-error.ts';
import type { Dump } from './dump.ts';
import { BACKUP_TABLES, TABLES, type BackupTable, type Row } from './tables.ts';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** Whether a file starts with the SQLite header. */
export function isSqliteFile(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** Writes the snapshot beside FILE and renames it into place, so FILE is never a half-written backup. */
export async function snapshotSqlite(db: Kysely<Database>, file: string): Promise<void> {
  const partial = `${file}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    await sql`vacuum into ${partial}`.execute(db);
    chmodSync(partial, 0o600); // health data: owner only
    verifySqlite(partial, file).close();
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Opens a SQLite backup read-only after checking its integrity and that it holds Tandem's tables. */
function verifySqlite(file: string, name: string): SqliteDatabase.Database {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new BackupError(`${name}: the SQLite file is damaged (integrity check: ${String(check)})`);
    const present = new Set(
      (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    const missing = TABLES.filter((t) => !present.has(t));
    if (!present.has('kysely_migration') || missing.length > 0) {
      throw new BackupError(
        `${name} is not a Tandem database (missing ${present.has('kysely_migration') ? missing.join(', ') : 'its migration table'})`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof BackupError) throw error;
    throw new BackupError(
      `${name} cannot be read as a SQLite database: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** A SQLite backup file as a dump (rows as stored, sessions left out), verified first. */
export function readSqliteBackup(file: string, createdAt: string): Dump {
  const db = verifySqlite(file, file);
  try {
    const read = db.transaction(() => {
      const migrations = (
        db.prepare('select name from kysely_migration order by name').all() as { name: string }[]
      ).map((r) => r.name);
      const tables = {} as Record<BackupTable, Row[]>;
      for (const table of BACKUP_TABLES)
        tables[table] = db.prepare(`select * from "${table}" order by id`).all() as Row[];
      return { migrations, tables };
    });
    return { format: 'tandem-backup', version: 1, createdAt, source: 'sqlite', ...read() };
  } finally {
    db.close();
  }
}

/** Rows per table in a SQLite backup file (for the summary after writing it). */
export function sqliteCounts(file: string): Record<string, number> {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(
      BACKUP_TABLES.map((t) => [t, (db.prepare(`select count(*) as n from "${t}"`).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}
