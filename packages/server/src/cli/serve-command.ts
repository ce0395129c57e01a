// `tandem serve [--port N] [--host H] [--data DIR] [--no-demo]`: runs the API until SIGINT or SIGTERM.
import { parseArgs } from 'node:util';
import type { Repository } from '../db/repository.ts';
import { ensureWebBuild, WEB_DIST } from '../http/web-app.ts';
import { startServer } from '../server.ts';
import { CliError } from './cli-error.ts';
import type { Io } from './main.ts';

export interface ServeHooks {
  /** Fills an empty database with the demo clinic; returns the demo sign-ins to print. */
  seedDemo: (repo: Repository) => Promise<{ email: string; password: string; role: string; name: string }[] | null>;
  /** Resolves when the process is asked to stop. */
  stopSignal: () => Promise<void>;
}

export async function serveCommand(args: string[], io: Io, hooks: ServeHooks): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string', default: './data' },
      'no-demo': { type: 'boolean', default: false },
      'secure-cookies': { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 0) throw new CliError(`serve takes no positional arguments (got ${positionals.join(' ')})`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError(`--port must be a number from 0 to 65535 (got "${values.port}")`);
  const databaseUrl = process.env.DATABASE_URL;
  await ensureWebBuild((line) => {
    io.out(line);
  });
  const demo: { logins: Awaited<ReturnType<ServeHooks['seedDemo']>> } = { logins: null };
  const server = await startServer(
    {
      port,
      host: values.host,
      dataDir: values.data,
      databaseUrl,
      secureCookies: values['secure-cookies'],
      webRoot: WEB_DIST,
    },
    async (repo) => {
      if (!values['no-demo']) demo.logins = await hooks.seedDemo(repo);
    },
  );
  const where = databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite in ${values.data}`;
  io.out(
    `Tandem is running at ${server.url}  (API docs: ${server.url}/api/docs; data: ${where}${server.migrations.length > 0 ? `; migrated: ${server.migrations.join(', ')}` : ''})`,
  );
  if (demo.logins) {
    io.out('Demo clinic created. Demo sign-ins (for trying Tandem only; change or remove them before real use):');
    for (const l of demo.logins) io.out(`  ${l.role.padEnd(10)} ${l.email.padEnd(36)} ${l.password}   ${l.name}`);
  }
  await hooks.stopSignal();
  await server.close();
  io.out('Tandem stopped.');
  return 0;
}
