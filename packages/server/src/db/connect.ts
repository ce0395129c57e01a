// Opens the database: embedded SQLite (one file in the data directory) by default, PostgreSQL given a postgres:// URL.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Ends every connection; the handle is unusable afterwards. */
  close: () => Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… selects PostgreSQL; empty or absent selects SQLite in dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

export const SQLITE_FILE = 'tandem.sqlite';
/** How long a writer waits for another's lock before failing (ms). */
const BUSY_TIMEOUT_MS = 5000;

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//.test(url);

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const url = options.databaseUrl ?? '';
  if (url === '') return openSqlite(options.dataDir);
  if (isPostgresUrl(url)) return openPostgres(url);
  throw new Error(
    'DATABASE_URL must start with postgres:// or postgresql:// (leave it unset for the embedded SQLite database)',
  );
}

function openSqlite(dataDir: string): DatabaseHandle {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(join(dataDir, SQLITE_FILE), { timeout: BUSY_TIMEOUT_MS });
  // WAL lets readers run beside the writer; FULL syncs the WAL on every commit, so an acknowledged write survives
  // a power cut (NORMAL, the usual WAL pairing, can lose the last commits).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * Writing transactions take the write lock when they begin (BEGIN IMMEDIATE): a deferred one that reads and then
 * writes fails with SQLITE_BUSY, busy timeout or not, when another process wrote in between (the CLI beside the
 * server). Read-only transactions stay deferred: in WAL they read a snapshot without blocking writers.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection, settings?: TransactionSettings): Promise<void> {
    await connection.executeQuery(
      CompiledQuery.raw(settings?.accessMode === 'read only' ? 'begin deferred' : 'begin immediate'),
    );
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    // Fail at start-up, naming the server, rather than on the first request.
    await pool.query('select 1');
  } catch (error) {
    await db.destroy();
    throw new Error(
      `cannot reach PostgreSQL at ${redact(url)}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}
