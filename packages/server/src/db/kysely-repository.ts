// The one Repository implementation: Kysely queries that run unchanged on SQLite and PostgreSQL.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Dialect } from './connect.ts';
import { toStorageError } from './errors.ts';
import { appointmentStore, auditStore } from './kysely/schedule.ts';
import { assessmentStore, episodeStore, planStore, referralStore, visitStore } from './kysely/care.ts';
import type { Context } from './kysely/context.ts';
import { educationStore } from './kysely/education.ts';
import { homeLogStore } from './kysely/home-log.ts';
import { decisionStore, goalStore, measureStore } from './kysely/outcomes.ts';
import { overviewStore } from './kysely/overview.ts';
import { clientStore, clinicStore, sessionStore, userStore } from './kysely/people.ts';
import { prescriptionStore } from './kysely/program.ts';
import type { Repository } from './repository.ts';
import type { Database } from './schema.ts';

export interface RepositoryOptions {
  /** The clock for created-at stamps and session expiry; tests pass a fixed one. */
  now?: () => Date;
  newId?: () => string;
}

export function createKyselyRepository(
  db: Kysely<Database>,
  dialect: Dialect,
  options: RepositoryOptions = {},
): Repository {
  const clock = options.now ?? (() => new Date());
  const ctx: Context = { db, now: () => clock().toISOString(), newId: options.newId ?? randomUUID };
  const repo: Repository = {
    dialect,
    transaction: async (work) => {
      if (db.isTransaction) return work(repo);
      try {
        return await db.transaction().execute((trx) => work(createKyselyRepository(trx, dialect, options)));
      } catch (error) {
        throw toStorageError(error);
      }
    },
    clinics: clinicStore(ctx),
    users: userStore(ctx),
    sessions: sessionStore(ctx),
    clients: clientStore(ctx),
    episodes: episodeStore(ctx),
    assessments: assessmentStore(ctx),
    plans: planStore(ctx),
    visits: visitStore(ctx),
    homeLog: homeLogStore(ctx),
    measures: measureStore(ctx),
    goals: goalStore(ctx),
    prescriptions: prescriptionStore(ctx),
    decisions: decisionStore(ctx),
    appointments: appointmentStore(ctx),
    referrals: referralStore(ctx),
    education: educationStore(ctx),
    audit: auditStore(ctx),
    overview: overviewStore(ctx),
  };
  return repo;
}
