// `tandem backup FILE`: a consistent copy while the server runs. SQLite: a VACUUM INTO snapshot (a SQLite file);
// PostgreSQL: every table read in one REPEATABLE READ transaction, as JSON. Either restores with `tandem restore`.
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readDump, serializeDump } from '../backup/dump.ts';
import { snapshotSqlite, sqliteCounts } from '../backup/sqlite-snapshot.ts';
import { describeCounts } from '../backup/tables.ts';
import { SQLITE_FILE } from '../db/connect.ts';
import { CliError } from './cli-error.ts';
import { DATA_OPTION, environment, withDatabase } from './database.ts';
import type { Io } from './main.ts';

const size = (bytes: number): string =>
  bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

function writeAtomically(file: string, text: string): void {
  const partial = `${file}.partial-${process.pid}`;
  try {
    writeFileSync(partial, text, { mode: 0o600 }); // health data: owner only
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

export async function backupCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...DATA_OPTION },
  });
  const [target, extra] = positionals;
  if (target === undefined) throw new CliError('backup needs a file to write: tandem backup FILE');
  if (extra !== undefined) throw new CliError(`backup takes one file (got also "${extra}")`);
  const file = resolve(target);
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory())
    throw new CliError(`${target} is a directory: give a file name for the backup`);
  // Opening a missing SQLite file would create an empty database and back that up: a mistyped --data says so instead.
  if (!environment(io).DATABASE_URL && !existsSync(join(values.data, SQLITE_FILE)))
    throw new CliError(
      `no Tandem database in ${values.data} (expected ${SQLITE_FILE}); give --data DIR or set DATABASE_URL`,
    );
  return withDatabase(values.data, io, async ({ handle, repo }) => {
    const started = performance.now();
    let counts: Record<string, number>;
    try {
      if (handle.dialect === 'sqlite') {
        await snapshotSqlite(handle.db, file);
        counts = sqliteCounts(file);
      } else {
        const dump = await readDump(handle.db, handle.dialect, new Date().toISOString());
        writeAtomically(file, serializeDump(dump));
        counts = Object.fromEntries(Object.entries(dump.tables).map(([t, rows]) => [t, rows.length]));
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EACCES' || code === 'EROFS')
        throw new CliError(`cannot write ${target} (${code})`);
      throw error;
    }
    const ms = Math.round(performance.now() - started);
    for (const clinic of await repo.clinics.list()) {
      await repo.audit.record({
        clinicId: clinic.id,
        action: 'backup',
        recordType: 'database',
        outcome: 'success',
        detail: `tandem backup to ${file} (command line)`,
      });
    }
    const kind = handle.dialect === 'sqlite' ? 'SQLite snapshot' : 'JSON dump of PostgreSQL';
    io.out(`backup written to ${file} (${kind}, ${size(statSync(file).size)}, ${ms} ms): ${describeCounts(counts)}`);
    return 0;
  });
}
