// Test support for the document and calendar routes: the demo clinic seeded into a throwaway database (weeks of
// real care made by the engine), a second clinic with one clinician, the app on a fixed clock, and signed-in callers.
import type { LightMyRequestResponse } from 'fastify';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../../auth/passwords.ts';
import { createKyselyRepository } from '../../../db/kysely-repository.ts';
import { migrateToLatest } from '../../../db/migrate.ts';
import type { AuditEvent } from '../../../db/records.ts';
import type { Repository } from '../../../db/repository.ts';
import { openTestDatabase } from '../../../db/test-database.ts';
import { DEMO_PASSWORDS, DEMO_STAFF } from '../../../demo/people.ts';
import { seedDemo, type DemoClinic } from '../../../demo/seed-demo.ts';
import { buildApp } from '../../app.ts';

export const NOW = '2026-11-23T10:00:00.000Z';
export const TODAY = NOW.slice(0, 10);

export type Who = 'owner' | 'physio' | 'massage' | 'client' | 'otherClinic';

export interface DemoApp {
  app: FastifyInstance;
  repo: Repository;
  demo: DemoClinic;
  /** The demo client with a login whose case is `caseId`. */
  client: (caseId: string) => DemoClinic['clients'][number];
  /** Staff user ids by key. */
  staffId: (key: 'owner' | 'physio' | 'massage') => string;
  /** A GET as one of the demo's people (client: the knee-runner's login) or the other clinic's clinician. */
  get: (who: Who, url: string) => Promise<LightMyRequestResponse>;
  /** A POST as the physiotherapist. */
  post: (url: string, body: Record<string, unknown>) => Promise<LightMyRequestResponse>;
  /** Audit events recorded under the demo clinic or the other one (a caller's events go to their own clinic), newest first. */
  audit: (clinic: 'demo' | 'other') => Promise<AuditEvent[]>;
  close: () => Promise<void>;
}

const OTHER_EMAIL = 'clinician@other-clinic.test';
const OTHER_PASSWORD = 'another clinic password';

export async function openDemoApp(): Promise<DemoApp> {
  const handle = await openTestDatabase();
  await migrateToLatest(handle.db);
  // The clock moves on 1 ms at each reading, so audit events keep their order.
  let tick = 0;
  const now = () => new Date(Date.parse(NOW) + tick++);
  const repo = createKyselyRepository(handle.db, handle.dialect, { now });
  const demo = await seedDemo(repo, { now: NOW });
  const other = await repo.clinics.create({ name: 'Other Clinic' });
  await repo.users.create({
    clinicId: other.id,
    email: OTHER_EMAIL,
    name: 'Other Clinician',
    role: 'clinician',
    passwordHash: await hashPassword(OTHER_PASSWORD),
  });
  const app = await buildApp({ repo, now, loginAttemptsPerMinute: 1000 });
  const staff = (key: 'owner' | 'physio' | 'massage') => DEMO_STAFF.find((s) => s.key === key)?.email ?? '';
  const clientLogin = demo.logins.find(
    (l) => l.role === 'client' && l.name === demo.clients.find((c) => c.caseId === 'knee-runner')?.name,
  );
  const emails: Record<Who, [string, string]> = {
    owner: [staff('owner'), DEMO_PASSWORDS.owner],
    physio: [staff('physio'), DEMO_PASSWORDS.clinician],
    massage: [staff('massage'), DEMO_PASSWORDS.clinician],
    client: [clientLogin?.email ?? '', DEMO_PASSWORDS.client],
    otherClinic: [OTHER_EMAIL, OTHER_PASSWORD],
  };
  const tokens = new Map<Who, string>();
  for (const [who, [email, password]] of Object.entries(emails) as [Who, [string, string]][]) {
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`sign-in of ${who} failed: ${res.body}`);
    tokens.set(who, String(res.headers['x-session-token']));
  }
  const headers = (who: Who) => ({ authorization: `Bearer ${tokens.get(who) ?? ''}` });
  const users = await repo.users.list(demo.clinic.id);
  return {
    app,
    repo,
    demo,
    client: (caseId) => {
      const found = demo.clients.find((c) => c.caseId === caseId);
      if (!found) throw new Error(`no demo client for ${caseId}`);
      return found;
    },
    staffId: (key) => users.find((u) => u.email === staff(key))?.id ?? '',
    get: (who, url) => app.inject({ method: 'GET', url, headers: headers(who) }),
    post: (url, body) => app.inject({ method: 'POST', url, headers: headers('physio'), payload: body }),
    audit: (clinic) => repo.audit.list(clinic === 'demo' ? demo.clinic.id : other.id, { limit: 1000 }),
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
