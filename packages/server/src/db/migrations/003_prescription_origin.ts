// Who set each home program: a clinician (or the plan), or the progression engine after a logged session. The engine
// replays from the latest clinician program, so it must tell its own earlier steps apart from a clinician's change.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('prescriptions')
    .addColumn('origin', 'text', (c) =>
      c
        .notNull()
        .defaultTo('clinician')
        .check(sql`origin in ('clinician', 'progression')`),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('prescriptions').dropColumn('origin').execute();
}
