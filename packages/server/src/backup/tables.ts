// Every table of the schema, parents before children: the order a backup is read and restored in.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export const TABLES = [
  'clinics',
  'users',
  'sessions',
  'clients',
  'episodes',
  'assessments',
  'plans',
  'visits',
  'performed_items',
  'prescriptions',
  'home_log_entries',
  'exercise_logs',
  'measure_scores',
  'goals',
  'progression_decisions',
  'appointments',
  'referrals',
  'education_assignments',
  'audit_events',
] as const satisfies readonly (keyof Database)[];
export type TableName = (typeof TABLES)[number];

type Unlisted = Exclude<keyof Database, TableName>;
/** Does not compile, naming the table, when the schema gains a table this list lacks. */
export const EVERY_TABLE_LISTED: [Unlisted] extends [never] ? true : { unlisted: Unlisted } = true;

/** What a backup carries: everything but login sessions (after a restore everyone logs in again). */
export const BACKUP_TABLES = TABLES.filter((t): t is Exclude<TableName, 'sessions'> => t !== 'sessions');
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type Row = Record<string, unknown>;

/** Rows per table, in TABLES order. */
export async function countRows(
  db: Kysely<Database>,
  tables: readonly TableName[] = TABLES,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
    counts[table] = Number(r.rows[0]?.n ?? 0);
  }
  return counts;
}

/** The rows of a table in id order (every table has an id), as the driver returns them. */
export async function tableRows(db: Kysely<Database>, table: TableName): Promise<Row[]> {
  return (await sql<Row>`select * from ${sql.table(table)} order by id`.execute(db)).rows;
}

/** The names of the migrations applied to a database, in order ([] before the first). */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  try {
    return (await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)).rows.map(
      (r) => r.name,
    );
  } catch {
    return [];
  }
}

/** A one-line summary of row counts, for messages: "10 clients, 10 episodes, …". */
export const describeCounts = (
  counts: Readonly<Record<string, number>>,
  tables: readonly string[] = ['clinics', 'users', 'clients', 'episodes', 'visits', 'home_log_entries'],
): string => tables.map((t) => `${counts[t] ?? 0} ${t.replaceAll('_', ' ')}`).join(', ');
