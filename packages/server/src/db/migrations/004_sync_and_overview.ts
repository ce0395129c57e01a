// Offline sync and the overview screens. Frozen once released, like 001.
// - A home-log entry or a visit may carry the Idempotency-Key its sender chose (a phone re-sends what it queued
//   offline) and a hash of the request it came with; the unique index per episode is what makes two sends racing with
//   one key store one row.
// - Each entry counts the exercises logged as done in it, and the episode index covers source and that count, so the
//   attention list and the outcome figures read no entry or exercise-log rows (a clinic may hold millions).
// - A partial index holds just the episode-level decisions, with what the attention list shows of them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['home_log_entries', 'visits']) {
    await db.schema.alterTable(table).addColumn('idempotency_key', 'text').execute();
    await db.schema.alterTable(table).addColumn('idempotency_hash', 'text').execute();
    // NULLs never collide in a unique index (SQLite and PostgreSQL alike), so rows without a key are unaffected.
    await db.schema
      .createIndex(`${table}_idempotency_unique`)
      .on(table)
      .columns(['episode_id', 'idempotency_key'])
      .unique()
      .execute();
  }

  await db.schema
    .alterTable('home_log_entries')
    .addColumn('exercises_done', 'integer', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`exercises_done >= 0`),
    )
    .execute();
  // As progression counts a session: an exercise log with at least one set done.
  await sql`update home_log_entries set exercises_done = (
    select count(*) from exercise_logs where exercise_logs.entry_id = home_log_entries.id and exercise_logs.done_sets > 0)`.execute(
    db,
  );
  await db.schema.dropIndex('home_log_entries_episode_idx').execute();
  await db.schema
    .createIndex('home_log_entries_episode_idx')
    .on('home_log_entries')
    .columns(['episode_id', 'date', 'source', 'exercises_done'])
    .execute();

  await db.schema
    .createIndex('progression_decisions_episode_scope_idx')
    .on('progression_decisions')
    .columns(['episode_id', 'date', 'decision', 'created_at', 'position', 'rule_id', 'rationale'])
    .where(sql.ref('scope'), '=', sql.lit('episode'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('progression_decisions_episode_scope_idx').execute();
  await db.schema.dropIndex('home_log_entries_episode_idx').execute();
  await db.schema
    .createIndex('home_log_entries_episode_idx')
    .on('home_log_entries')
    .columns(['episode_id', 'date'])
    .execute();
  await db.schema.alterTable('home_log_entries').dropColumn('exercises_done').execute();
  for (const table of ['home_log_entries', 'visits']) {
    await db.schema.dropIndex(`${table}_idempotency_unique`).execute();
    await db.schema.alterTable(table).dropColumn('idempotency_hash').execute();
    await db.schema.alterTable(table).dropColumn('idempotency_key').execute();
  }
}
