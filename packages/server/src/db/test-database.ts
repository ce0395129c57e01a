// Throwaway databases for tests: a fresh SQLite file in a temp dir, or a fresh database on a PostgreSQL server.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, redact, type DatabaseHandle } from './connect.ts';

/**
 * An empty database, removed on close. With `postgresUrl` (a server where the user may CREATE DATABASE) each call
 * gets its own database, so test files and tests never see each other's rows; otherwise a temp-dir SQLite file.
 */
export async function openTestDatabase(options: { postgresUrl?: string | undefined } = {}): Promise<DatabaseHandle> {
  if (options.postgresUrl !== undefined && options.postgresUrl !== '')
    return openPostgresTestDatabase(options.postgresUrl);
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-db-'));
  const handle = await openDatabase({ dataDir });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function openPostgresTestDatabase(serverUrl: string): Promise<DatabaseHandle> {
  const name = `tandem_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropWhenClosed(serverUrl, name);
    },
  };
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `cannot reach PostgreSQL at ${redact(serverUrl)}: ${error instanceof Error ? error.message : 'see cause'}`,
      { cause: error },
    );
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database once its connections are gone. The pool's end() resolves while its sockets are still closing;
 * DROP … WITH (FORCE) at that moment kills them and the dying client throws "terminating connection due to
 * administrator command" into whichever test file runs next. So wait for them (55006: still in use), and force only
 * if they never go.
 */
async function dropWhenClosed(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await onServer(serverUrl, `drop database if exists ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== '55006') throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await onServer(serverUrl, `drop database if exists ${name} with (force)`);
}
