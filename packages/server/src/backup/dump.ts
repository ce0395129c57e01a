// A backup as JSON: every table's rows read in one snapshot, with the schema version and a checksum over the rows.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Dialect } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { BackupError } from './backup-error.ts';
import { appliedMigrations, BACKUP_TABLES, tableRows, type BackupTable, type Row } from './tables.ts';

export const DUMP_FORMAT = 'tandem-backup';
export const DUMP_VERSION = 1;

export interface Dump {
  format: typeof DUMP_FORMAT;
  version: typeof DUMP_VERSION;
  createdAt: string;
  /** The database it was read from. */
  source: Dialect;
  /** The schema version: the migrations applied when it was taken. */
  migrations: string[];
  tables: Record<BackupTable, Row[]>;
}

/**
 * Reads every table in one read-only transaction: REPEATABLE READ on PostgreSQL, a deferred read (one WAL snapshot)
 * on SQLite, so rows written together are in it together or not at all, while writers carry on.
 */
export async function readDump(db: Kysely<Database>, source: Dialect, createdAt: string): Promise<Dump> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const migrations = await appliedMigrations(trx);
      const tables = {} as Record<BackupTable, Row[]>;
      for (const table of BACKUP_TABLES) tables[table] = await tableRows(trx, table);
      return { format: DUMP_FORMAT, version: DUMP_VERSION, createdAt, source, migrations, tables };
    });
}

const checksumOf = (tablesJson: string): string => `sha256:${createHash('sha256').update(tablesJson).digest('hex')}`;

/** The dump as text; the checksum covers the rows exactly as written. */
export function serializeDump(dump: Dump): string {
  const { tables, ...header } = dump;
  const rows = JSON.stringify(tables);
  const head = JSON.stringify({ ...header, checksum: checksumOf(rows) });
  return `${head.slice(0, -1)},"tables":${rows}}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and verifies a JSON backup: its format, a table list this Tandem knows, and the checksum. */
export function parseDump(text: string, source: string): Dump {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BackupError(
      `${source} is not a Tandem backup: not valid JSON (${error instanceof Error ? error.message : 'unreadable'}); was it cut short?`,
    );
  }
  if (!isRecord(raw) || raw.format !== DUMP_FORMAT)
    throw new BackupError(`${source} is not a Tandem backup (no "format": "${DUMP_FORMAT}")`);
  if (raw.version !== DUMP_VERSION)
    throw new BackupError(
      `${source} is a version ${String(raw.version)} backup; this Tandem reads version ${DUMP_VERSION}`,
    );
  const { tables, migrations, checksum, createdAt } = raw;
  if (
    !isRecord(tables) ||
    !Array.isArray(migrations) ||
    !migrations.every((m) => typeof m === 'string') ||
    typeof checksum !== 'string' ||
    typeof createdAt !== 'string'
  ) {
    throw new BackupError(`${source}: the backup header is incomplete (tables, migrations, checksum, createdAt)`);
  }
  const unknown = Object.keys(tables).filter((t) => !(BACKUP_TABLES as readonly string[]).includes(t));
  if (unknown.length > 0)
    throw new BackupError(`${source}: unknown table ${unknown.join(', ')} (made by a newer Tandem?)`);
  for (const table of BACKUP_TABLES) {
    const rows = tables[table];
    if (!Array.isArray(rows) || !rows.every(isRecord))
      throw new BackupError(`${source}: table ${table} is missing or not a list of rows`);
  }
  if (checksumOf(JSON.stringify(tables)) !== checksum)
    throw new BackupError(`${source}: the checksum does not match the rows: the file is damaged or was edited`);
  return {
    format: DUMP_FORMAT,
    version: DUMP_VERSION,
    createdAt,
    source: raw.source === 'sqlite' ? 'sqlite' : 'postgres',
    migrations,
    tables: tables as Record<BackupTable, Row[]>,
  };
}
