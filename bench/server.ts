// `npm run bench` (second part): the demo clinic's seed time (a first start), then the API under load on a generated
// clinic of 10,000 clients and a million home-log entries: the main read (a client's progress timeline) and write (a
// home-log entry), beside a bare Fastify route, and the clinic-wide reads (the attention list, the outcome figures).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { openDatabase } from '../packages/server/src/db/connect.ts';
import { migrateToLatest } from '../packages/server/src/db/migrate.ts';
import { addDays } from '@tandem/engine';
import { BENCH_EMAIL, BENCH_PASSWORD, generateClinic, type GeneratedClinic } from './generate-clinic.ts';
import { formatLoad, load } from './load.ts';
import { timeDemoSeed } from './seed-demo.ts';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES_PER_CLIENT ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const dataDir = new URL('./.data/', import.meta.url).pathname;

/** The clinic a previous run generated, when it has the size asked for (generating takes minutes). */
async function reuse(): Promise<GeneratedClinic | null> {
  if (!existsSync(dataDir)) return null;
  const db = await openDatabase({ dataDir });
  try {
    const clinic = await db.db.selectFrom('clinics').select('id').where('name', '=', 'Bench clinic').executeTakeFirst();
    if (!clinic) return null;
    const rows = await db.db
      .selectFrom('home_log_entries')
      .select(['episode_id', 'client_id'])
      .select((eb) => eb.fn.max('date').as('last'))
      .groupBy(['episode_id', 'client_id'])
      .execute();
    if (
      rows.length !== CLIENTS ||
      (
        await db.db
          .selectFrom('home_log_entries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n <
        CLIENTS * ENTRIES
    )
      return null;
    console.log(`  reusing the generated clinic in ${dataDir}`);
    return {
      clinicId: clinic.id,
      episodes: rows.map((r) => ({ id: r.episode_id, clientId: r.client_id, lastDate: r.last })),
    };
  } finally {
    await db.close();
  }
}

async function prepare(): Promise<GeneratedClinic> {
  const existing = await reuse();
  if (existing) return existing;
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const db = await openDatabase({ dataDir });
  try {
    await migrateToLatest(db.db);
    const t0 = performance.now();
    const clinic = await generateClinic(db.db, { clients: CLIENTS, entriesPerClient: ENTRIES }, (text) => {
      process.stdout.write(`\r${text}`);
    });
    console.log(
      `\r  ${CLIENTS.toLocaleString('en')} clients, ${(CLIENTS * ENTRIES).toLocaleString('en')} home-log entries (${(CLIENTS * ENTRIES * 2).toLocaleString('en')} exercise logs) written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    return clinic;
  } finally {
    await db.close();
  }
}

function start(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, DATABASE_URL: '' },
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => {
      reject(new Error(`exited ${String(code)}: ${out}`));
    });
  });
}

const seeds: number[] = [];
for (let i = 0; i < 3; i++) seeds.push(await timeDemoSeed());
console.log(
  `\nDemo clinic seeded into a fresh SQLite database (first start): ${seeds.map((ms) => `${(ms / 1000).toFixed(2)} s`).join(', ')}`,
);

console.log(
  `\nTandem server bench: ${CLIENTS.toLocaleString('en')} clients × ${ENTRIES} entries, ${SECONDS} s per run`,
);
const clinic = await prepare();
const server = await start([
  new URL('../packages/server/bin/tandem.js', import.meta.url).pathname,
  'serve',
  '--port',
  '0',
  '--data',
  dataDir,
  '--no-demo',
]);
const bare = await start([new URL('./bare-server.ts', import.meta.url).pathname]);
try {
  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: BENCH_EMAIL, password: BENCH_PASSWORD }),
  });
  const token = login.headers.get('x-session-token') ?? '';
  const auth = { authorization: `Bearer ${token}` };
  const pick = (i: number) => clinic.episodes[(i * 7919) % clinic.episodes.length] ?? clinic.episodes[0];

  const bareResult = await load(bare.url, {
    connections: 8,
    seconds: SECONDS,
    okStatus: 200,
    next: () => ({ method: 'GET', path: '/bare' }),
  });
  console.log(formatLoad('bare Fastify route (baseline)', bareResult));

  const read = await load(server.url, {
    connections: 8,
    seconds: SECONDS,
    okStatus: 200,
    next: (i) => ({ method: 'GET', path: `/api/v1/episodes/${pick(i)?.id ?? ''}/progress`, headers: auth }),
  });
  console.log(formatLoad(`read: progress timeline (${ENTRIES} entries a client)`, read));

  const nextDate = new Map<string, string>();
  const write = await load(server.url, {
    connections: 4,
    seconds: SECONDS,
    okStatus: 201,
    next: (i) => {
      const episode = pick(i * 31 + 17);
      const id = episode?.id ?? '';
      const date = addDays(nextDate.get(id) ?? episode?.lastDate ?? '2026-01-05', 1);
      nextDate.set(id, date);
      const body = {
        date,
        source: 'home',
        painAtRest: 3,
        sleep: 7,
        fatigue: 3,
        exercises: [
          { exercise: 'sit_to_stand', done: { sets: 2, reps: 8 }, painDuring: 2, painNextMorning: 3, effort: 7 },
          { exercise: 'goblet_squat', done: { sets: 3, reps: 10 }, painDuring: 2, painNextMorning: 3, effort: 7 },
        ],
      };
      return { method: 'POST', path: `/api/v1/episodes/${id}/home-log`, headers: auth, body: JSON.stringify(body) };
    },
  });
  console.log(formatLoad('write: home-log entry (+ progression re-run)', write));

  // Clinic-wide reads: a few set-based queries over every episode, then the engine's rules (no replay).
  const attention = await load(server.url, {
    connections: 2,
    seconds: SECONDS,
    okStatus: 200,
    next: () => ({ method: 'GET', path: '/api/v1/attention?limit=50', headers: auth }),
  });
  console.log(formatLoad(`read: attention list, first 50 (${CLIENTS.toLocaleString('en')} clients)`, attention));
  const outcomes = await load(server.url, {
    connections: 2,
    seconds: SECONDS,
    okStatus: 200,
    next: () => ({ method: 'GET', path: '/api/v1/clinic/outcomes', headers: auth }),
  });
  console.log(formatLoad('read: clinic outcome figures', outcomes));
} finally {
  server.child.kill('SIGTERM');
  bare.child.kill('SIGTERM');
}
