// The first schema: every table of the storage issue, portable across SQLite and PostgreSQL.
// A migration is frozen once released: it repeats its value lists instead of importing them from code that changes.
import { sql, type ColumnDefinitionBuilder, type Kysely, type RawBuilder } from 'kysely';

const oneOf = (column: string, values: readonly string[]): RawBuilder<unknown> =>
  sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
/** 0–10 ratings (NPRS, sleep, fatigue, effort); NULL passes, as in any SQL check. */
const rating = (column: string) => (c: ColumnDefinitionBuilder) => c.check(sql`${sql.ref(column)} between 0 and 10`);
const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
/** Exactly one of reps, hold seconds or minutes (engine: "give exactly one of reps, holdSeconds or minutes"). */
const oneUnit = (reps: string, hold: string, minutes: string): RawBuilder<unknown> =>
  sql`(case when ${sql.ref(reps)} is null then 0 else 1 end) + (case when ${sql.ref(hold)} is null then 0 else 1 end) + (case when ${sql.ref(minutes)} is null then 0 else 1 end) = 1`;
const RESISTANCE = ['bodyweight', 'weight', 'band'];
const DOUBLE = 'double precision';

// Kysely<unknown>: a migration sees the schema as it was, never the Database interface of today.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clinics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinics.id'))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', notNull)
    .addColumn('role', 'text', (c) => c.notNull().check(oneOf('role', ['owner', 'clinician', 'client'])))
    .addColumn('password_hash', 'text', notNull)
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', notNull)
    // Target of composite keys that keep a clinician in the same clinic as the rows naming them.
    .addUniqueConstraint('users_id_clinic_unique', ['id', 'clinic_id'])
    .execute();
  await db.schema.createIndex('users_clinic_idx').on('users').columns(['clinic_id']).execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', notNull)
    .addColumn('expires_at', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').columns(['user_id']).execute();
  await db.schema.createIndex('sessions_expires_idx').on('sessions').columns(['expires_at']).execute();

  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinics.id'))
    .addColumn('user_id', 'text', (c) => c.references('users.id').unique())
    .addColumn('name', 'text', notNull)
    .addColumn('date_of_birth', 'text')
    .addColumn('sex', 'text', (c) => c.check(oneOf('sex', ['female', 'male', 'other', 'unspecified'])))
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', notNull)
    .addUniqueConstraint('clients_id_clinic_unique', ['id', 'clinic_id'])
    .execute();
  await db.schema.createIndex('clients_clinic_name_idx').on('clients').columns(['clinic_id', 'name']).execute();

  await db.schema
    .createTable('episodes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinics.id'))
    .addColumn('client_id', 'text', notNull)
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', ['active', 'discharged'])))
    .addColumn('intake', 'text', notNull)
    .addColumn('started_on', 'text', notNull)
    .addColumn('discharged_on', 'text')
    .addColumn('created_at', 'text', notNull)
    // The episode's clinic is its client's clinic, enforced by the database as well as the repository.
    .addForeignKeyConstraint('episodes_client_fk', ['client_id', 'clinic_id'], 'clients', ['id', 'clinic_id'])
    .execute();
  await db.schema
    .createIndex('episodes_clinic_client_idx')
    .on('episodes')
    .columns(['clinic_id', 'client_id'])
    .execute();
  await db.schema.createIndex('episodes_clinic_status_idx').on('episodes').columns(['clinic_id', 'status']).execute();
  await db.schema.createIndex('episodes_client_idx').on('episodes').columns(['client_id', 'clinic_id']).execute();

  await db.schema
    .createTable('assessments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('date', 'text', notNull)
    .addColumn('details', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('assessments_episode_idx').on('assessments').columns(['episode_id', 'date']).execute();

  await db.schema
    .createTable('plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
    .addColumn('document', 'text', notNull)
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', notNull)
    .addUniqueConstraint('plans_episode_version_unique', ['episode_id', 'version'])
    .execute();
  await db.schema.createIndex('plans_created_by_idx').on('plans').columns(['created_by']).execute();

  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('date', 'text', notNull)
    .addColumn('clinician_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('soap', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('visits_episode_idx').on('visits').columns(['episode_id', 'date']).execute();
  await db.schema.createIndex('visits_clinician_idx').on('visits').columns(['clinician_id', 'date']).execute();

  await db.schema
    .createTable('performed_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'text', (c) => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('position', 'integer', notNull)
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['technique', 'exercise'])))
    .addColumn('item_id', 'text', notNull)
    .addColumn('region', 'text')
    .addColumn('minutes', DOUBLE, (c) => c.check(sql`minutes >= 0`))
    .addColumn('intensity', 'text')
    .addColumn('response', 'text')
    .addColumn('dose_sets', 'integer', (c) => c.check(sql`dose_sets >= 0`))
    .addColumn('dose_reps', 'integer')
    .addColumn('dose_hold_seconds', 'integer')
    .addColumn('dose_minutes', DOUBLE)
    .addColumn('dose_resistance_kind', 'text', (c) => c.check(oneOf('dose_resistance_kind', RESISTANCE)))
    .addColumn('dose_resistance_kg', DOUBLE)
    .addColumn('dose_resistance_band', 'text')
    .addColumn('pain', DOUBLE, rating('pain'))
    .addUniqueConstraint('performed_items_visit_position_unique', ['visit_id', 'position'])
    .execute();

  await db.schema
    .createTable('prescriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('valid_from', 'text', notNull)
    .addColumn('position', 'integer', notNull)
    .addColumn('exercise', 'text', notNull)
    .addColumn('sets', 'integer', (c) => c.notNull().check(sql`sets >= 1`))
    .addColumn('reps', 'integer')
    .addColumn('hold_seconds', 'integer')
    .addColumn('minutes', DOUBLE)
    .addColumn('resistance_kind', 'text', (c) => c.notNull().check(oneOf('resistance_kind', RESISTANCE)))
    .addColumn('resistance_kg', DOUBLE)
    .addColumn('resistance_band', 'text')
    .addColumn('range', 'text')
    .addColumn('pain_ceiling', DOUBLE, (c) => c.notNull().check(sql`pain_ceiling between 0 and 10`))
    .addColumn('days_per_week', 'integer', (c) => c.notNull().check(sql`days_per_week between 1 and 7`))
    .addColumn('created_at', 'text', notNull)
    .addUniqueConstraint('prescriptions_episode_from_exercise_unique', ['episode_id', 'valid_from', 'exercise'])
    .addCheckConstraint('prescriptions_one_unit', oneUnit('reps', 'hold_seconds', 'minutes'))
    .execute();

  await db.schema
    .createTable('home_log_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.id'))
    .addColumn('date', 'text', notNull)
    .addColumn('source', 'text', (c) => c.notNull().check(oneOf('source', ['visit', 'home'])))
    .addColumn('pain_at_rest', DOUBLE, rating('pain_at_rest'))
    .addColumn('sleep', DOUBLE, rating('sleep'))
    .addColumn('fatigue', DOUBLE, rating('fatigue'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', notNull)
    .execute();
  await db.schema
    .createIndex('home_log_entries_episode_idx')
    .on('home_log_entries')
    .columns(['episode_id', 'date'])
    .execute();
  await db.schema
    .createIndex('home_log_entries_client_idx')
    .on('home_log_entries')
    .columns(['client_id', 'date'])
    .execute();

  await db.schema
    .createTable('exercise_logs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entry_id', 'text', (c) => c.notNull().references('home_log_entries.id').onDelete('cascade'))
    .addColumn('position', 'integer', notNull)
    .addColumn('exercise', 'text', notNull)
    .addColumn('target_sets', 'integer')
    .addColumn('target_reps', 'integer')
    .addColumn('target_hold_seconds', 'integer')
    .addColumn('target_minutes', DOUBLE)
    .addColumn('target_resistance_kind', 'text', (c) => c.check(oneOf('target_resistance_kind', RESISTANCE)))
    .addColumn('target_resistance_kg', DOUBLE)
    .addColumn('target_resistance_band', 'text')
    .addColumn('target_range', 'text')
    .addColumn('target_days_per_week', 'integer')
    .addColumn('pain_ceiling', DOUBLE, rating('pain_ceiling'))
    .addColumn('done_sets', 'integer', (c) => c.check(sql`done_sets >= 0`))
    .addColumn('done_reps', 'integer')
    .addColumn('done_hold_seconds', 'integer')
    .addColumn('done_minutes', DOUBLE)
    .addColumn('done_resistance_kind', 'text', (c) => c.check(oneOf('done_resistance_kind', RESISTANCE)))
    .addColumn('done_resistance_kg', DOUBLE)
    .addColumn('done_resistance_band', 'text')
    .addColumn('pain_during', DOUBLE, rating('pain_during'))
    .addColumn('pain_after', DOUBLE, rating('pain_after'))
    .addColumn('pain_next_morning', DOUBLE, rating('pain_next_morning'))
    .addColumn('effort', DOUBLE, rating('effort'))
    // One log per exercise per entry: a second one would double-count the day's volume.
    .addUniqueConstraint('exercise_logs_entry_exercise_unique', ['entry_id', 'exercise'])
    .execute();

  await db.schema
    .createTable('measure_scores')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('date', 'text', notNull)
    .addColumn('measure', 'text', notNull)
    .addColumn('value', DOUBLE, notNull)
    .addColumn('answers', 'text')
    .addColumn('created_at', 'text', notNull)
    .execute();
  await db.schema
    .createIndex('measure_scores_episode_idx')
    .on('measure_scores')
    .columns(['episode_id', 'measure', 'date'])
    .execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('position', 'integer', notNull)
    .addColumn('measure', 'text', notNull)
    .addColumn('description', 'text')
    .addColumn('baseline', DOUBLE, notNull)
    .addColumn('target', DOUBLE, notNull)
    .addColumn('start', 'text')
    .addColumn('date', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('goals_episode_idx').on('goals').columns(['episode_id', 'position']).execute();

  await db.schema
    .createTable('progression_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('date', 'text', notNull)
    // Order within one progression run (its decisions share a timestamp).
    .addColumn('position', 'integer', notNull)
    .addColumn('scope', 'text', (c) => c.notNull().check(oneOf('scope', ['exercise', 'episode'])))
    .addColumn('exercise', 'text')
    .addColumn('decision', 'text', notNull)
    .addColumn('rule_id', 'text', notNull)
    .addColumn('rationale', 'text', notNull)
    .addColumn('inputs', 'text', notNull)
    .addColumn('action', 'text')
    .addColumn('created_at', 'text', notNull)
    .addCheckConstraint('progression_decisions_exercise_scope', sql`scope = 'episode' or exercise is not null`)
    .execute();
  await db.schema
    .createIndex('progression_decisions_episode_idx')
    .on('progression_decisions')
    .columns(['episode_id', 'date'])
    .execute();

  await db.schema
    .createTable('appointments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', (c) => c.notNull().references('clinics.id'))
    .addColumn('client_id', 'text', notNull)
    .addColumn('clinician_id', 'text', notNull)
    .addColumn('starts_at', 'text', notNull)
    .addColumn('minutes', 'integer', (c) => c.notNull().check(sql`minutes > 0`))
    .addColumn('kind', 'text', (c) => c.notNull().check(oneOf('kind', ['in_person', 'telehealth'])))
    .addColumn('video_link', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().check(oneOf('status', ['scheduled', 'completed', 'cancelled', 'no_show'])),
    )
    .addColumn('created_at', 'text', notNull)
    .addForeignKeyConstraint('appointments_client_fk', ['client_id', 'clinic_id'], 'clients', ['id', 'clinic_id'])
    .addForeignKeyConstraint('appointments_clinician_fk', ['clinician_id', 'clinic_id'], 'users', ['id', 'clinic_id'])
    .execute();
  await db.schema
    .createIndex('appointments_clinic_start_idx')
    .on('appointments')
    .columns(['clinic_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('appointments_client_idx')
    .on('appointments')
    .columns(['client_id', 'clinic_id', 'starts_at'])
    .execute();
  await db.schema
    .createIndex('appointments_clinician_idx')
    .on('appointments')
    .columns(['clinician_id', 'clinic_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('referrals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('episode_id', 'text', (c) => c.notNull().references('episodes.id'))
    .addColumn('referred_to', 'text', notNull)
    .addColumn('urgency', 'text', (c) => c.notNull().check(oneOf('urgency', ['emergency', 'urgent', 'routine'])))
    .addColumn('reason', 'text', notNull)
    .addColumn('created_at', 'text', notNull)
    .execute();
  await db.schema.createIndex('referrals_episode_idx').on('referrals').columns(['episode_id']).execute();

  // No foreign keys to users or clients: the audit trail outlives the records it names.
  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clinic_id', 'text', (c) => c.references('clinics.id'))
    .addColumn('actor_user_id', 'text')
    .addColumn('action', 'text', notNull)
    .addColumn('record_type', 'text', notNull)
    .addColumn('record_id', 'text')
    .addColumn('client_id', 'text')
    .addColumn('at', 'text', notNull)
    .addColumn('outcome', 'text', (c) => c.notNull().check(oneOf('outcome', ['success', 'denied', 'error'])))
    .addColumn('detail', 'text')
    .execute();
  await db.schema.createIndex('audit_events_clinic_at_idx').on('audit_events').columns(['clinic_id', 'at']).execute();
  await db.schema
    .createIndex('audit_events_client_idx')
    .on('audit_events')
    .columns(['clinic_id', 'client_id', 'at'])
    .execute();
}

const TABLES = [
  'audit_events',
  'referrals',
  'appointments',
  'progression_decisions',
  'goals',
  'measure_scores',
  'exercise_logs',
  'home_log_entries',
  'prescriptions',
  'performed_items',
  'visits',
  'plans',
  'assessments',
  'episodes',
  'clients',
  'sessions',
  'users',
  'clinics',
];

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await db.schema.dropTable(table).execute();
}
