// Test support: the demo clinic (seeded by the demo seeder) behind the app, a second clinic with one clinician, and
// bearer-token sign-ins.
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../auth/passwords.ts';
import { createKyselyRepository } from '../db/kysely-repository.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Repository } from '../db/repository.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { seedDemo, type DemoClinic } from '../demo/seed-demo.ts';
import { buildApp } from '../http/app.ts';

export const NOW = '2026-11-23T10:00:00.000Z';
const OTHER_PASSWORD = 'another clinic, another password';

export interface DemoApp {
  app: FastifyInstance;
  repo: Repository;
  demo: DemoClinic;
  /** A clinician of a second clinic. */
  otherClinic: { id: string; email: string };
  /** Bearer headers for a login of the demo (by e-mail) or the other clinic. */
  as: (email: string) => Promise<Record<string, string>>;
  emails: { owner: string; clinician: string; clients: { email: string; clientId: string }[] };
  close: () => Promise<void>;
}

export async function openDemoApp(): Promise<DemoApp> {
  const handle = await openTestDatabase();
  await migrateToLatest(handle.db);
  const now = () => new Date(NOW);
  const repo = createKyselyRepository(handle.db, handle.dialect, { now });
  const demo = await seedDemo(repo, { now: NOW });
  const other = await repo.clinics.create({ name: 'Other clinic' });
  const otherUser = await repo.users.create({
    clinicId: other.id,
    email: 'clinician@other.test',
    name: 'Other clinician',
    role: 'clinician',
    passwordHash: await hashPassword(OTHER_PASSWORD),
  });
  const app = await buildApp({ repo, now });
  const passwords = new Map<string, string>([
    ...demo.logins.map((l) => [l.email, l.password] as const),
    [otherUser.email, OTHER_PASSWORD],
  ]);
  const clients = await repo.clients.list(demo.clinic.id);
  const tokens = new Map<string, string>();
  const as = async (email: string) => {
    let token = tokens.get(email);
    if (token === undefined) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: passwords.get(email) ?? '' },
      });
      if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.body}`);
      token = String(res.headers['x-session-token']);
      tokens.set(email, token);
    }
    return { authorization: `Bearer ${token}` };
  };
  const login = (role: 'owner' | 'clinician') => demo.logins.find((l) => l.role === role)?.email ?? '';
  return {
    app,
    repo,
    demo,
    as,
    otherClinic: { id: other.id, email: otherUser.email },
    emails: {
      owner: login('owner'),
      clinician: login('clinician'),
      clients: clients.flatMap((c) =>
        c.email !== null && c.userId !== null ? [{ email: c.email, clientId: c.id }] : [],
      ),
    },
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

export const resourcesOf = (bundle: Bundle): Resource[] =>
  (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
