// Test support for backup and restore: a database's whole state (every client's export and every table), and the
// busy writer process.
import { spawn } from 'node:child_process';
import type { DatabaseHandle } from '../db/connect.ts';
import type { Repository } from '../db/repository.ts';
import { exportClient, type ClientExport } from '../export/client-export.ts';
import type { Dump } from './dump.ts';
import { BACKUP_TABLES, tableRows, type Row } from './tables.ts';
import { WRITER_EXERCISES } from './busy-writer.ts';

export interface DatabaseState {
  exports: ClientExport[];
  tables: Record<string, Row[]>;
}

/** Every client's export (without its timestamp) and every backed-up table; audit events of backups and restores left out. */
export async function databaseState(handle: DatabaseHandle, repo: Repository): Promise<DatabaseState> {
  const exports: ClientExport[] = [];
  for (const clinic of await repo.clinics.list()) {
    for (const client of await repo.clients.list(clinic.id)) {
      const data = await exportClient(repo, clinic.id, client.id, 'fixed');
      if (data) exports.push(data);
    }
  }
  const tables: Record<string, Row[]> = {};
  for (const table of BACKUP_TABLES) tables[table] = await tableRows(handle.db, table);
  tables.audit_events = (tables.audit_events ?? []).filter((r) => r.action !== 'backup' && r.action !== 'restore');
  return { exports, tables };
}

const REPO_ROOT = new URL('../../../../', import.meta.url).pathname;
const WRITER = new URL('./busy-writer.ts', import.meta.url).pathname;

export interface BusyWriter {
  /** Resolves once the writer has committed more than `n` transactions (rejects if it stops first). */
  committedMoreThan: (n: number) => Promise<void>;
  stop: () => Promise<void>;
}

/** Starts the busy writer on a data directory (or DATABASE_URL) and resolves once it has committed its first write. */
export async function startBusyWriter(dataDir: string, databaseUrl = ''): Promise<BusyWriter> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  let committed = 0;
  let partial = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) committed = Number(/^committed (\d+)$/.exec(line)?.[1] ?? committed);
  });
  // Registered after the parser above, so a check sees the count of the chunk that woke it.
  const committedMoreThan = (n: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (committed <= n) return;
        child.stdout.off('data', check);
        resolve();
      };
      child.stdout.on('data', check);
      void exited.then(() => {
        reject(
          new Error(
            `busy writer stopped after ${String(committed)} commits, waiting for more than ${String(n)}: ${stderr}`,
          ),
        );
      });
      check();
    });
  const stop = async () => {
    child.stdin.end();
    child.kill('SIGTERM');
    await exited;
  };
  await committedMoreThan(0);
  return { committedMoreThan, stop };
}

/** What a torn multi-row write would break: every writer transaction is an entry with 3 logs, a visit with 3 items and 2 scores. */
export function writerConsistency(dump: Dump): { entries: number; torn: string[] } {
  const n = WRITER_EXERCISES.length;
  const count = (rows: readonly Row[], key: string) => {
    const by = new Map<unknown, number>();
    for (const r of rows) by.set(r[key], (by.get(r[key]) ?? 0) + 1);
    return by;
  };
  const logs = count(dump.tables.exercise_logs, 'entry_id');
  const items = count(dump.tables.performed_items, 'visit_id');
  const entries = dump.tables.home_log_entries;
  const visits = dump.tables.visits;
  const torn = [
    ...entries.filter((e) => logs.get(e.id) !== n).map((e) => `entry ${String(e.id)} has ${logs.get(e.id) ?? 0} logs`),
    ...visits
      .filter((v) => items.get(v.id) !== n)
      .map((v) => `visit ${String(v.id)} has ${items.get(v.id) ?? 0} items`),
    ...(dump.tables.exercise_logs.length !== entries.length * n
      ? [`${dump.tables.exercise_logs.length} logs for ${entries.length} entries`]
      : []),
    ...(visits.length !== entries.length ? [`${visits.length} visits for ${entries.length} entries`] : []),
    ...(dump.tables.measure_scores.length !== entries.length * 2
      ? [`${dump.tables.measure_scores.length} scores for ${entries.length} entries`]
      : []),
  ];
  return { entries: entries.length, torn };
}
