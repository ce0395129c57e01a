// A large clinic for the server bench: clients, each with an episode, a two-exercise program and a daily home log.
// Written with bulk inserts straight into the tables (the API would take hours for a million entries).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { addDays } from '@tandem/engine';
import { hashPassword } from '../packages/server/src/auth/passwords.ts';
import type { Database } from '../packages/server/src/db/schema.ts';

export const BENCH_EMAIL = 'owner@bench.test';
export const BENCH_PASSWORD = 'bench password, not for real use';
const START = '2026-01-05';
const INTAKE = readFileSync(new URL('../examples/cases/knee-runner.json', import.meta.url), 'utf8');

/** Exercises at the top of their chains, so a long history never moves the client to another exercise. */
const PROGRAM = [
  {
    exercise: 'sit_to_stand',
    sets: 2,
    reps: 8,
    resistance_kind: 'bodyweight' as const,
    resistance_kg: null,
    days_per_week: 5,
  },
  {
    exercise: 'goblet_squat',
    sets: 3,
    reps: 10,
    resistance_kind: 'weight' as const,
    resistance_kg: 8,
    days_per_week: 3,
  },
];

export interface GeneratedClinic {
  clinicId: string;
  episodes: { id: string; clientId: string; lastDate: string }[];
}

async function insertBatched(
  db: Kysely<Database>,
  table: keyof Database,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

export async function generateClinic(
  db: Kysely<Database>,
  options: { clients: number; entriesPerClient: number },
  progress: (text: string) => void,
): Promise<GeneratedClinic> {
  const now = new Date('2026-06-01T00:00:00Z').toISOString();
  const clinicId = randomUUID();
  await db.insertInto('clinics').values({ id: clinicId, name: 'Bench clinic', created_at: now }).execute();
  await db
    .insertInto('users')
    .values({
      id: randomUUID(),
      clinic_id: clinicId,
      email: BENCH_EMAIL,
      name: 'Bench owner',
      role: 'owner',
      password_hash: await hashPassword(BENCH_PASSWORD),
      failed_logins: 0,
      locked_until: null,
      created_at: now,
    })
    .execute();
  const episodes: GeneratedClinic['episodes'] = [];
  const CHUNK = 500;
  for (let c0 = 0; c0 < options.clients; c0 += CHUNK) {
    await db.transaction().execute(async (trx) => {
      const clients: Record<string, unknown>[] = [];
      const eps: Record<string, unknown>[] = [];
      const rx: Record<string, unknown>[] = [];
      const entries: Record<string, unknown>[] = [];
      const logs: Record<string, unknown>[] = [];
      for (let c = c0; c < Math.min(options.clients, c0 + CHUNK); c++) {
        const clientId = randomUUID();
        const episodeId = randomUUID();
        clients.push({
          id: clientId,
          clinic_id: clinicId,
          user_id: null,
          name: `Client ${c + 1}`,
          date_of_birth: null,
          sex: null,
          email: null,
          created_at: now,
        });
        eps.push({
          id: episodeId,
          clinic_id: clinicId,
          client_id: clientId,
          status: 'active',
          intake: INTAKE,
          started_on: START,
          discharged_on: null,
          created_at: now,
        });
        PROGRAM.forEach((p, position) =>
          rx.push({
            id: randomUUID(),
            episode_id: episodeId,
            valid_from: START,
            position,
            exercise: p.exercise,
            sets: p.sets,
            reps: p.reps,
            hold_seconds: null,
            minutes: null,
            resistance_kind: p.resistance_kind,
            resistance_kg: p.resistance_kg,
            resistance_band: null,
            range: null,
            pain_ceiling: 5,
            days_per_week: p.days_per_week,
            created_at: now,
          }),
        );
        for (let d = 0; d < options.entriesPerClient; d++) {
          const entryId = randomUUID();
          entries.push({
            id: entryId,
            episode_id: episodeId,
            client_id: clientId,
            date: addDays(START, d),
            source: d % 7 === 1 ? 'visit' : 'home',
            pain_at_rest: 3,
            sleep: 7,
            fatigue: 3,
            note: null,
            created_at: now,
            exercises_done: PROGRAM.length,
          });
          PROGRAM.forEach((p, position) =>
            logs.push({
              id: randomUUID(),
              entry_id: entryId,
              position,
              exercise: p.exercise,
              target_sets: p.sets,
              target_reps: p.reps,
              target_hold_seconds: null,
              target_minutes: null,
              target_resistance_kind: p.resistance_kind,
              target_resistance_kg: p.resistance_kg,
              target_resistance_band: null,
              target_range: null,
              target_days_per_week: p.days_per_week,
              pain_ceiling: 5,
              done_sets: p.sets,
              done_reps: p.reps,
              done_hold_seconds: null,
              done_minutes: null,
              done_resistance_kind: null,
              done_resistance_kg: null,
              done_resistance_band: null,
              pain_during: 2,
              pain_after: null,
              pain_next_morning: 3,
              effort: 7,
            }),
          );
        }
        episodes.push({ id: episodeId, clientId, lastDate: addDays(START, options.entriesPerClient - 1) });
      }
      await insertBatched(trx, 'clients', clients);
      await insertBatched(trx, 'episodes', eps);
      await insertBatched(trx, 'prescriptions', rx);
      await insertBatched(trx, 'home_log_entries', entries);
      await insertBatched(trx, 'exercise_logs', logs);
    });
    progress(`  generated ${Math.min(options.clients, c0 + CHUNK).toLocaleString('en')} clients`);
  }
  return { clinicId, episodes };
}
