// Clinics, their staff and client logins, login sessions, and client records.
import { sql, type Kysely, type Selectable } from 'kysely';
import { foldName, nameMatches, type Client, type Session, type User } from '../records.ts';
import type { ClinicStore, ClientStore, SessionStore, UserStore } from '../repository.ts';
import type { ClientsTable, Database, SessionsTable, UsersTable } from '../schema.ts';
import { found, notFound, write, type Context } from './context.ts';

const normalEmail = (email: string): string => email.trim().toLowerCase();

/**
 * A LIKE pattern no stricter than `includes(wanted)`: LIKE's wildcards escaped, and each run of non-ASCII a `%`
 * (a database may fold or compose it differently; the caller checks it exactly).
 */
const likePattern = (wanted: string): string => `%${wanted.replace(/[%_\\]/g, '\\$&').replace(/[^ -~]+/g, '%')}%`;

const toUser = (r: Selectable<UsersTable>): User => ({
  id: r.id,
  clinicId: r.clinic_id,
  email: r.email,
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until,
  createdAt: r.created_at,
});

const toSession = (r: Selectable<SessionsTable>): Session => ({
  id: r.id,
  userId: r.user_id,
  csrfToken: r.csrf_token,
  expiresAt: r.expires_at,
  createdAt: r.created_at,
});

const toClient = (r: Selectable<ClientsTable>): Client => ({
  id: r.id,
  clinicId: r.clinic_id,
  userId: r.user_id,
  name: r.name,
  dateOfBirth: r.date_of_birth,
  sex: r.sex,
  email: r.email,
  createdAt: r.created_at,
});

export const clinicStore = (ctx: Context): ClinicStore => ({
  async create({ name }) {
    const clinic = { id: ctx.newId(), name, createdAt: ctx.now() };
    await write(ctx, (db) =>
      db.insertInto('clinics').values({ id: clinic.id, name, created_at: clinic.createdAt }).execute(),
    );
    return clinic;
  },
  async get(id) {
    const r = await ctx.db.selectFrom('clinics').selectAll().where('id', '=', id).executeTakeFirst();
    return r && { id: r.id, name: r.name, createdAt: r.created_at };
  },
  async list() {
    const rows = await ctx.db.selectFrom('clinics').selectAll().orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at }));
  },
});

export function userStore(ctx: Context): UserStore {
  const byId = (id: string) => ctx.db.selectFrom('users').selectAll().where('id', '=', id);
  return {
    async create(user) {
      const row = {
        id: ctx.newId(),
        clinic_id: user.clinicId,
        email: normalEmail(user.email),
        name: user.name,
        role: user.role,
        password_hash: user.passwordHash,
        failed_logins: 0,
        locked_until: null,
        created_at: ctx.now(),
      };
      await write(ctx, (db) => db.insertInto('users').values(row).execute());
      return toUser(row);
    },
    async get(clinicId, id) {
      const r = await byId(id).where('clinic_id', '=', clinicId).executeTakeFirst();
      return r && toUser(r);
    },
    async findByEmail(email) {
      const r = await ctx.db.selectFrom('users').selectAll().where('email', '=', normalEmail(email)).executeTakeFirst();
      return r && toUser(r);
    },
    async list(clinicId) {
      return (
        await ctx.db
          .selectFrom('users')
          .selectAll()
          .where('clinic_id', '=', clinicId)
          .orderBy('name')
          .orderBy('id')
          .execute()
      ).map(toUser);
    },
    async update(clinicId, id, changes) {
      return write(ctx, async (db) => {
        const set = {
          ...(changes.email !== undefined && { email: normalEmail(changes.email) }),
          ...(changes.name !== undefined && { name: changes.name }),
          ...(changes.role !== undefined && { role: changes.role }),
          ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
        };
        if (Object.keys(set).length > 0)
          await db.updateTable('users').set(set).where('id', '=', id).where('clinic_id', '=', clinicId).execute();
        return toUser(
          found(
            await db
              .selectFrom('users')
              .selectAll()
              .where('id', '=', id)
              .where('clinic_id', '=', clinicId)
              .executeTakeFirst(),
            'user',
            id,
          ),
        );
      });
    },
    async recordFailedLogin(userId, { lockAfter, lockUntil }) {
      return write(ctx, async (db) => {
        // One UPDATE computes the count and the lock, so concurrent attempts cannot both read the old count.
        const r = await db
          .updateTable('users')
          .set((eb) => ({
            failed_logins: eb('failed_logins', '+', 1),
            locked_until: eb
              .case()
              .when(eb('failed_logins', '+', 1), '>=', lockAfter)
              .then(lockUntil)
              .else(eb.ref('locked_until'))
              .end(),
          }))
          .where('id', '=', userId)
          .returningAll()
          .executeTakeFirst();
        return toUser(found(r, 'user', userId));
      });
    },
    async clearFailedLogins(userId) {
      await write(ctx, (db) =>
        db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute(),
      );
    },
  };
}

export const sessionStore = (ctx: Context): SessionStore => ({
  async create(session) {
    const row = {
      id: session.id,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
      created_at: ctx.now(),
    };
    await write(ctx, (db) => db.insertInto('sessions').values(row).execute());
    return toSession(row);
  },
  async get(id) {
    const s = await ctx.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', ctx.now())
      .executeTakeFirst();
    if (!s) return undefined;
    const u = await ctx.db.selectFrom('users').selectAll().where('id', '=', s.user_id).executeTakeFirst();
    return u && { session: toSession(s), user: toUser(u) };
  },
  async delete(id) {
    await write(ctx, (db) => db.deleteFrom('sessions').where('id', '=', id).execute());
  },
  async deleteForUser(userId) {
    const r = await write(ctx, (db) => db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst());
    return Number(r.numDeletedRows);
  },
  async deleteExpired() {
    const r = await write(ctx, (db) =>
      db.deleteFrom('sessions').where('expires_at', '<=', ctx.now()).executeTakeFirst(),
    );
    return Number(r.numDeletedRows);
  },
});

export function clientStore(ctx: Context): ClientStore {
  const ofClinic = (clinicId: string) => ctx.db.selectFrom('clients').selectAll().where('clinic_id', '=', clinicId);
  /** A client's login must be a client-role user of the same clinic. */
  const checkLogin = async (db: Kysely<Database>, clinicId: string, userId: string | null | undefined) => {
    if (userId === null || userId === undefined) return;
    const u = await db
      .selectFrom('users')
      .select('role')
      .where('id', '=', userId)
      .where('clinic_id', '=', clinicId)
      .executeTakeFirst();
    if (u?.role !== 'client') throw notFound('client login', userId);
  };
  return {
    async create(clinicId, client) {
      const row = {
        id: ctx.newId(),
        clinic_id: clinicId,
        user_id: client.userId ?? null,
        name: client.name,
        date_of_birth: client.dateOfBirth ?? null,
        sex: client.sex ?? null,
        email: client.email ?? null,
        created_at: ctx.now(),
      };
      await write(ctx, async (db) => {
        await checkLogin(db, clinicId, row.user_id);
        await db.insertInto('clients').values(row).execute();
      });
      return toClient(row);
    },
    async get(clinicId, id) {
      const r = await ofClinic(clinicId).where('id', '=', id).executeTakeFirst();
      return r && toClient(r);
    },
    async findByUser(clinicId, userId) {
      const r = await ofClinic(clinicId).where('user_id', '=', userId).executeTakeFirst();
      return r && toClient(r);
    },
    async list(clinicId, filter = {}) {
      const wanted = foldName(filter.nameContains ?? '');
      let q = ofClinic(clinicId);
      // SQL narrows by the ASCII letters (lower() folds only those on SQLite); the exact Unicode check is below.
      if (wanted !== '') q = q.where(sql<boolean>`lower(${sql.ref('name')}) like ${likePattern(wanted)} escape '\\'`);
      const rows = (await q.orderBy('name').orderBy('id').execute()).map(toClient);
      return wanted === '' ? rows : rows.filter((c) => nameMatches(c.name, wanted));
    },
    async update(clinicId, id, changes) {
      return write(ctx, async (db) => {
        await checkLogin(db, clinicId, changes.userId);
        const set = {
          ...(changes.name !== undefined && { name: changes.name }),
          ...(changes.userId !== undefined && { user_id: changes.userId }),
          ...(changes.dateOfBirth !== undefined && { date_of_birth: changes.dateOfBirth }),
          ...(changes.sex !== undefined && { sex: changes.sex }),
          ...(changes.email !== undefined && { email: changes.email }),
        };
        if (Object.keys(set).length > 0)
          await db.updateTable('clients').set(set).where('id', '=', id).where('clinic_id', '=', clinicId).execute();
        return toClient(
          found(
            await db
              .selectFrom('clients')
              .selectAll()
              .where('id', '=', id)
              .where('clinic_id', '=', clinicId)
              .executeTakeFirst(),
            'client',
            id,
          ),
        );
      });
    },
  };
}
