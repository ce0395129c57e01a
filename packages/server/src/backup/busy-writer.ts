// Test support: a separate process that keeps writing multi-row transactions (an entry with three exercise logs, a
// visit with three items, two scores) until stopped, so a backup taken meanwhile can be checked for torn writes.
// Run: node --import tsx busy-writer.ts DATA_DIR  (DATABASE_URL selects PostgreSQL); prints "committed N" after each
// transaction (so a test waits for writes, not for time), and stops when its standard input closes (its parent is done
// or gone), on SIGTERM, or after MAX_RUN_MS at the latest.
import type { Prescription } from '@tandem/engine';
import { openDatabase } from '../db/connect.ts';
import { createKyselyRepository } from '../db/kysely-repository.ts';
import { migrateToLatest } from '../db/migrate.ts';

export const WRITER_EXERCISES = ['dead_bug', 'bird_dog', 'glute_bridge'] as const;
/** A safety net: a writer left behind stops on its own. */
const MAX_RUN_MS = 60_000;
const PROGRAM: Prescription[] = WRITER_EXERCISES.map((exercise) => ({
  exercise,
  sets: 2,
  reps: 10,
  resistance: { kind: 'bodyweight' },
  painCeiling: 5,
  daysPerWeek: 7,
}));

async function run(dataDir: string): Promise<void> {
  const handle = await openDatabase({ dataDir, databaseUrl: process.env.DATABASE_URL });
  await migrateToLatest(handle.db);
  const repo = createKyselyRepository(handle.db, handle.dialect);
  const state = { stopping: false };
  const stop = () => {
    state.stopping = true;
  };
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop).on('close', stop).resume();
  setTimeout(stop, MAX_RUN_MS).unref();
  const clinic = await repo.clinics.create({ name: 'Busy writer clinic' });
  const clinician = await repo.users.create({
    clinicId: clinic.id,
    email: `writer-${clinic.id}@example.test`,
    name: 'Writer',
    role: 'clinician',
    passwordHash: 'x',
  });
  const client = await repo.clients.create(clinic.id, { name: 'Busy Client' });
  const intake = {
    id: 'busy',
    client: { age: 40, activities: [] },
    complaint: { regions: ['lumbar' as const], aggravating: [], easing: [] },
    history: { conditions: [], medications: [], surgeries: [], pregnant: false },
    redFlags: [],
    pain: { nprs: { current: 5 }, map: [] },
    findings: { posture: [], movement: [], palpation: [], rom: [], strength: [], functional: [] },
    questionnaires: {},
    goals: [],
    equipment: [],
    preferences: {},
  };
  const episode = await repo.episodes.create(clinic.id, { clientId: client.id, intake, startedOn: '2026-01-01' });
  await repo.prescriptions.set(clinic.id, episode.id, '2026-01-01', PROGRAM);
  for (let i = 0; !state.stopping; i++) {
    const date = new Date(Date.UTC(2026, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
    await repo.transaction(async (tx) => {
      await tx.homeLog.add(clinic.id, {
        episodeId: episode.id,
        date,
        source: 'home',
        painAtRest: 3,
        exercises: WRITER_EXERCISES.map((exercise) => ({ exercise, done: { sets: 2, reps: 10 }, painDuring: 2 })),
      });
      await tx.visits.add(clinic.id, {
        episodeId: episode.id,
        date,
        clinicianId: clinician.id,
        soap: { subjective: `${i}`, objective: '', assessment: '', plan: '' },
        performed: WRITER_EXERCISES.map((itemId) => ({
          kind: 'exercise',
          itemId,
          region: null,
          minutes: 5,
          intensity: null,
          response: null,
          dose: null,
          pain: 2,
        })),
      });
      await tx.measures.add(clinic.id, { episodeId: episode.id, date, measure: 'nprs', value: 3 });
      await tx.measures.add(clinic.id, { episodeId: episode.id, date, measure: 'odi', value: 30 });
    });
    process.stdout.write(`committed ${i + 1}\n`);
    // SQLite calls complete without leaving the microtask queue: yield, or signals and stdin are never seen.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await handle.close();
}

const dataDir = process.argv[2];
if (dataDir !== undefined) await run(dataDir);
