// Nothing acknowledged is lost: a stream of writes to a real `tandem serve` process, killed with SIGKILL mid-stream;
// after a restart every write that got a 201 is there.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { hashPassword } from '../src/auth/passwords.ts';
import { openDatabase } from '../src/db/connect.ts';
import { createKyselyRepository } from '../src/db/kysely-repository.ts';
import { migrateToLatest } from '../src/db/migrate.ts';

const BIN = new URL('../bin/tandem.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'tandem-durability-'));
// Only the API is written to: a stand-in web build, so a checkout without packages/web/dist does not make the server
// build the app (half a minute on a busy machine) before it listens.
const webRoot = mkdtempSync(join(tmpdir(), 'tandem-durability-web-'));
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Tandem</title>');
const EMAIL = 'owner@durability.test';
const PASSWORD = 'a long enough password';
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(webRoot, { recursive: true, force: true });
});

/** Starts `tandem serve` on a free port and resolves with its URL once it listens. */
function serve(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir, '--no-demo'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: '', TANDEM_WEB_ROOT: webRoot },
    });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${out}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /running at (http:\/\/[^\s]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}): ${out}`));
    });
  });
}

async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  return res.headers.get('x-session-token') ?? '';
}

test('every acknowledged write survives SIGKILL of the server', async () => {
  const db = await openDatabase({ dataDir });
  await migrateToLatest(db.db);
  const repo = createKyselyRepository(db.db, db.dialect);
  const clinic = await repo.clinics.create({ name: 'Durability' });
  await repo.users.create({
    clinicId: clinic.id,
    email: EMAIL,
    name: 'Owner',
    role: 'owner',
    passwordHash: await hashPassword(PASSWORD),
  });
  await db.close();

  const first = await serve();
  const token = await signIn(first.url);
  const acknowledged: string[] = [];
  let stop = false;
  const writer = async (lane: number) => {
    for (let i = 0; !stop; i++) {
      try {
        const res = await fetch(`${first.url}/api/v1/clients`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ name: `Client ${lane}-${i}` }),
        });
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
      } catch {
        return; // the server is gone: this request was never acknowledged
      }
    }
  };
  const lanes = [0, 1, 2, 3].map(writer);
  while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 10));
  first.child.kill('SIGKILL');
  stop = true;
  await Promise.all(lanes);
  expect(acknowledged.length).toBeGreaterThanOrEqual(150);

  const second = await serve();
  try {
    const token2 = await signIn(second.url);
    const res = await fetch(`${second.url}/api/v1/clients`, { headers: { authorization: `Bearer ${token2}` } });
    const stored = new Set(((await res.json()) as { id: string }[]).map((c) => c.id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
  } finally {
    second.child.kill('SIGTERM');
  }
}, 60_000);
