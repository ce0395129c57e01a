// `tandem restore FILE`: a backup (SQLite snapshot or JSON dump, from either database) into an empty database,
// checked first and written in one transaction.
import { parseArgs } from 'node:util';
import { BackupError } from '../backup/backup-error.ts';
import { restoreDump, readBackupFile } from '../backup/restore.ts';
import { describeCounts } from '../backup/tables.ts';
import type { Dump } from '../backup/dump.ts';
import { CliError } from './cli-error.ts';
import { DATA_OPTION, whereData, withDatabase } from './database.ts';
import type { Io } from './main.ts';

async function orCliError<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(error.message);
    throw error;
  }
}

export async function restoreCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { ...DATA_OPTION },
  });
  const [file, extra] = positionals;
  if (file === undefined) throw new CliError('restore needs a backup file: tandem restore FILE');
  if (extra !== undefined) throw new CliError(`restore takes one file (got also "${extra}")`);
  // The whole file is read and verified before the database is touched.
  const dump: Dump = await orCliError(() => readBackupFile(file));
  return withDatabase(values.data, io, async ({ handle, repo }) => {
    const counts = await orCliError(() => restoreDump(handle.db, dump));
    for (const clinic of await repo.clinics.list()) {
      await repo.audit.record({
        clinicId: clinic.id,
        action: 'restore',
        recordType: 'database',
        outcome: 'success',
        detail: `tandem restore from ${file} (backup of ${dump.createdAt}) (command line)`,
      });
    }
    io.out(
      `restored ${file} (${dump.source} backup of ${dump.createdAt}) into ${whereData(values.data, io)}: ${describeCounts(counts)}`,
    );
    return 0;
  });
}
