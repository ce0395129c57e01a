// Education topics assigned to an episode (the plan's topics, and any a clinician adds), with who assigned them and when.
// Frozen once released, like 001.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('education_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    // A knowledge-base topic id; checked by the API against the engine's topics, not by a foreign key.
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // A topic is assigned once per episode.
    .addUniqueConstraint('education_assignments_episode_topic_unique', ['episode_id', 'topic'])
    .execute();
  await db.schema
    .createIndex('education_assignments_assigned_by_idx')
    .on('education_assignments')
    .columns(['assigned_by'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('education_assignments').execute();
}
