// Starting Tandem: open the database (SQLite in the data directory, or DATABASE_URL), migrate, build the app, listen.
import type { FastifyInstance } from 'fastify';
import { openDatabase, type DatabaseHandle } from './db/connect.ts';
import { createKyselyRepository } from './db/kysely-repository.ts';
import { migrateToLatest } from './db/migrate.ts';
import type { Repository } from './db/repository.ts';
import { buildApp } from './http/app.ts';

export interface ServerOptions {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string | undefined;
  secureCookies?: boolean;
  logger?: boolean;
  /** The built web app to serve (see http/web-app.ts). */
  webRoot?: string;
}

export interface RunningServer {
  app: FastifyInstance;
  repo: Repository;
  database: DatabaseHandle;
  url: string;
  migrations: string[];
  close: () => Promise<void>;
}

export async function startServer(
  options: ServerOptions,
  beforeListen?: (repo: Repository) => Promise<void>,
): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    const { applied } = await migrateToLatest(database.db);
    const repo = createKyselyRepository(database.db, database.dialect);
    await beforeListen?.(repo);
    const app = await buildApp({
      repo,
      secureCookies: options.secureCookies ?? false,
      logger: options.logger ?? false,
      ...(options.webRoot ? { webRoot: options.webRoot } : {}),
    });
    const address = await app.listen({ port: options.port, host: options.host });
    return {
      app,
      repo,
      database,
      url: address,
      migrations: applied,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
