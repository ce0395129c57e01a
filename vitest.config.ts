import { configDefaults, defineConfig } from 'vitest/config';

// The PostgreSQL suites (*postgres.test.ts) are their own project, so its global setup (a throwaway cluster) runs only
// when it is selected.
const POSTGRES_TESTS = ['packages/server/src/**/*postgres.test.ts'];

export default defineConfig({
  test: {
    // A hook's bound is a test's: setups that seed the demo clinic take seconds, and several on a busy machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
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
        // Whole journeys in Chromium against a real `tandem serve`: one file at a time (each starts a server). A poll
        // waits for the page as long as playwright's own locators do (30 s), not vitest's default second: on a busy
        // machine a render after a server round trip can take longer than that.
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
          expect: { poll: { timeout: 30_000 } },
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
