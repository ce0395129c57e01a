// Test support: an app on a throwaway database with two clinics, their staff and clients, and a way to sign in.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { hashPassword } from '../auth/passwords.ts';
import { createKyselyRepository } from '../db/kysely-repository.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Client, Role, User } from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { buildApp, type AppOptions } from './app.ts';

export const PASSWORD = 'correct horse battery staple';

export interface Clinic {
  id: string;
  owner: User;
  clinician: User;
  clientUser: User;
  /** The client with a login (clientUser) and one without. */
  client: Client;
  other: Client;
}

export interface TestApp {
  app: FastifyInstance;
  repo: Repository;
  a: Clinic;
  b: Clinic;
  /** Signs in; returns headers for later requests (cookie + CSRF) and the bearer token. */
  signIn: (email: string) => Promise<{ headers: Record<string, string>; token: string }>;
  close: () => Promise<void>;
}

export async function openTestApp(options: Partial<AppOptions> & { postgresUrl?: string } = {}): Promise<TestApp> {
  const handle = await openTestDatabase({ postgresUrl: options.postgresUrl });
  await migrateToLatest(handle.db);
  const repo = createKyselyRepository(handle.db, handle.dialect, options.now ? { now: options.now } : {});
  const passwordHash = await hashPassword(PASSWORD);
  const clinic = async (name: string): Promise<Clinic> => {
    const { id } = await repo.clinics.create({ name });
    const user = (role: Role, who: string) =>
      repo.users.create({ clinicId: id, email: `${who}@${name}.test`, name: `${who} of ${name}`, role, passwordHash });
    const owner = await user('owner', 'owner');
    const clinician = await user('clinician', 'clinician');
    const clientUser = await user('client', 'client');
    const client = await repo.clients.create(id, { name: `Client of ${name}`, userId: clientUser.id });
    const other = await repo.clients.create(id, { name: `Second client of ${name}` });
    return { id, owner, clinician, clientUser, client, other };
  };
  const a = await clinic('alpha');
  const b = await clinic('beta');
  const app = await buildApp({ repo, ...options });
  return {
    app,
    repo,
    a,
    b,
    signIn: async (email) => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: PASSWORD },
      });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
      const body = res.json<{ csrfToken: string }>();
      const cookie = sessionCookie(res);
      return { headers: { cookie, 'x-csrf-token': body.csrfToken }, token: String(res.headers['x-session-token']) };
    },
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const set = res.cookies.find((c) => c.name === 'tandem_session');
  if (!set) throw new Error('no session cookie');
  return `tandem_session=${set.value}`;
}
