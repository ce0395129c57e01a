// The repository contract on PostgreSQL (server from postgres.global-setup.ts). No server is a failure, not a skip.
import { inject, test } from 'vitest';
import { repositoryContract } from './repository.contract.ts';
import { syncAndOverviewContract } from './sync-and-overview.contract.ts';
import { openTestDatabase } from './test-database.ts';

const postgres = inject('postgres');

if ('error' in postgres) {
  test('PostgreSQL is available for the repository contract', () => {
    throw new Error(postgres.error);
  });
} else {
  // Every openTestDatabase call creates its own database on the server, so files and suites never share rows.
  repositoryContract('postgres', () => openTestDatabase({ postgresUrl: postgres.url }));
  syncAndOverviewContract('postgres', () => openTestDatabase({ postgresUrl: postgres.url }));
}
