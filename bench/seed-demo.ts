// The demo clinic's seed time on a fresh SQLite database: `tandem serve` seeds before it listens, so this is what a
// first start waits for. Printed by the server bench, never asserted (a busy machine makes any bound flaky).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../packages/server/src/db/connect.ts';
import { createKyselyRepository } from '../packages/server/src/db/kysely-repository.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { seedDemo } from '../packages/server/src/demo/seed-demo.ts';

/** Seeds the demo into a new, migrated SQLite database and returns the seed's duration in milliseconds. */
export async function timeDemoSeed(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-bench-seed-'));
  const handle = await openDatabase({ dataDir });
  try {
    await migrateToLatest(handle.db);
    const repo = createKyselyRepository(handle.db, handle.dialect);
    const started = performance.now();
    await seedDemo(repo, { now: new Date() });
    return performance.now() - started;
  } finally {
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
