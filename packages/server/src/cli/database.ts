// Opening the database for a command: --data DIR (default ./data) or DATABASE_URL, migrated to the latest schema.
import { openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { createKyselyRepository } from '../db/kysely-repository.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Repository } from '../db/repository.ts';
import { CliError } from './cli-error.ts';
import type { Io } from './main.ts';

export const DEFAULT_DATA_DIR = './data';

/** The parseArgs option every database command takes. */
export const DATA_OPTION = { data: { type: 'string', default: DEFAULT_DATA_DIR } } as const;

export interface OpenDatabase {
  handle: DatabaseHandle;
  repo: Repository;
}

export const environment = (io: Io): Readonly<Record<string, string | undefined>> => io.env ?? process.env;

/** Opens the database without migrating (restore migrates itself); a bad URL or unreachable server is a usage error. */
export async function openForCommand(dataDir: string, io: Io): Promise<DatabaseHandle> {
  try {
    return await openDatabase({ databaseUrl: environment(io).DATABASE_URL, dataDir });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error));
  }
}

/** Runs work against the migrated database and closes it, whatever happens. */
export async function withDatabase<T>(dataDir: string, io: Io, work: (db: OpenDatabase) => Promise<T>): Promise<T> {
  const handle = await openForCommand(dataDir, io);
  try {
    await migrateToLatest(handle.db);
    return await work({ handle, repo: createKyselyRepository(handle.db, handle.dialect) });
  } finally {
    await handle.close();
  }
}

/** Where the data is, for messages. */
export const whereData = (dataDir: string, io: Io): string =>
  environment(io).DATABASE_URL ? 'the PostgreSQL database in DATABASE_URL' : `the SQLite database in ${dataDir}`;
