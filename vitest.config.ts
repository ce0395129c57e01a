import { configDefaults, defineConfig } from 'vitest/config';

// The PostgreSQL suites (*postgres.test.ts) are their own project, so its global setup (a throwaway cluster) runs only
// when it is selected.
const POSTGRES_TESTS = ['packages/server/src/**/*postgres.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...POSTGRES_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: POSTGRES_TESTS,
          globalSetup: ['packages/server/src/db/postgres.global-setup.ts'],
        },
      },
    ],
  },
});
