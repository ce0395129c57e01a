// Test support for the database commands: run the CLI in-process against a data directory, and open that database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../db/connect.ts';
import { createKyselyRepository } from '../db/kysely-repository.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Repository } from '../db/repository.ts';
import { afterAll } from 'vitest';
import { main, type Io } from './main.ts';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `tandem ARGS` with the given standard input and environment (no DATABASE_URL unless given). */
export async function runCli(
  args: string[],
  options: { stdin?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliRun> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += `${t}\n`;
    },
    err: (t) => {
      err += `${t}\n`;
    },
    stdin: () => options.stdin ?? '',
    env: options.env ?? {},
  };
  const code = await main(args, io);
  return { code, out, err };
}

const made: string[] = [];
// Registered by the test file importing this module: its temp dirs go when its tests are done.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temp dir removed after the test file. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tandem-${label}-`));
  made.push(dir);
  return dir;
}

/** The database the commands use, opened and migrated, with a repository; close it when done. */
export async function openData(
  dataDir: string,
  databaseUrl?: string,
): Promise<{ handle: DatabaseHandle; repo: Repository }> {
  const handle = await openDatabase({ dataDir, databaseUrl });
  await migrateToLatest(handle.db);
  return { handle, repo: createKyselyRepository(handle.db, handle.dialect) };
}

/** Opens, works, closes. */
export async function withData<T>(
  dataDir: string,
  work: (db: { handle: DatabaseHandle; repo: Repository }) => Promise<T>,
  databaseUrl?: string,
): Promise<T> {
  const db = await openData(dataDir, databaseUrl);
  try {
    return await work(db);
  } finally {
    await db.handle.close();
  }
}
