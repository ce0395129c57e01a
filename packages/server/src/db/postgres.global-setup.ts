// Vitest global setup for the PostgreSQL suite: DATABASE_URL if set, else a throwaway local cluster, stopped afterwards.
// It never throws for a missing PostgreSQL: it provides the reason, and the suite fails with it (never skips).
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export type PostgresForTests = { url: string } | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresForTests;
  }
}

const PG_ROOT = '/usr/lib/postgresql';
const INSTALL_HINT = "set DATABASE_URL=postgres://… or install Debian's postgresql package (.ci/run does)";

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv !== undefined && fromEnv !== '') {
    project.provide(
      'postgres',
      /^postgres(ql)?:\/\//.test(fromEnv) ? { url: fromEnv } : { error: 'DATABASE_URL must start with postgres://' },
    );
    return undefined;
  }
  const bin = newestPostgresBin();
  if (bin === undefined) {
    project.provide('postgres', { error: `no PostgreSQL for the postgres contract suite: ${INSTALL_HINT}` });
    return undefined;
  }
  try {
    const cluster = await startCluster(bin);
    project.provide('postgres', { url: cluster.url });
    return cluster.stop;
  } catch (error) {
    project.provide('postgres', {
      error: `could not start a throwaway PostgreSQL from ${bin}: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
}

function newestPostgresBin(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(PG_ROOT, versions[0], 'bin');
}

const shellQuote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;

async function startCluster(bin: string): Promise<{ url: string; stop: () => void }> {
  // PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
  const asPostgres = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'tandem-pg-'));
  if (asPostgres) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  const run = (program: string, args: string[]) => {
    const [file, argv] = asPostgres
      ? ['su', ['postgres', '-s', '/bin/bash', '-c', [join(bin, program), ...args].map(shellQuote).join(' ')]]
      : [join(bin, program), args];
    execFileSync(file, argv, { cwd: dir, stdio: 'pipe', timeout: 60_000 });
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const port = await startOnFreePort((p) => {
    // A throwaway cluster needs no crash safety: without fsync, creating a database per test file is fast.
    const options = `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']);
  });
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * Starts on a port that was free a moment before; another process (a server of a parallel suite, another checkout's
 * tests) may take it in between, so a failed start tries a newly picked port, three times in all.
 */
async function startOnFreePort(start: (port: number) => void): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      start(port);
      return port;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}
