// The clinic's accounts through HTTP: the owner creates and edits logins (a client login is linked to its record), e-mails
// are unique, passwords long and hashed; the audit log says who touched what.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSWORD } from '../../test-app.ts';
import { exampleCase, fields, openKit, type Kit } from '../treatment/test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await openKit();
});
afterAll(async () => {
  await k.t.close();
});

interface UserOut {
  id: string;
  email: string;
  name: string;
  role: string;
  clientId: string | null;
}

const newUser = (over: Record<string, unknown> = {}) => ({
  email: 'sam@alpha.test',
  name: 'Sam Physio',
  role: 'clinician',
  password: 'a long enough password',
  ...over,
});

describe('the clinic', () => {
  test('everyone signed in reads their own clinic', async () => {
    expect((await k.call(k.client, 'GET', '/clinic')).json()).toMatchObject({ id: k.t.a.id, name: 'alpha' });
    expect((await k.call(k.otherClinic, 'GET', '/clinic')).json()).toMatchObject({ id: k.t.b.id });
  });
});

describe('accounts', () => {
  test("the owner lists the clinic's logins, with each client login's record and no password hash", async () => {
    const res = await k.call(k.owner, 'GET', '/users');
    const users = res.json<UserOut[]>();
    expect(users.map((u) => u.id).sort()).toEqual([k.t.a.owner.id, k.t.a.clinician.id, k.t.a.clientUser.id].sort());
    expect(users.find((u) => u.role === 'client')?.clientId).toBe(k.t.a.client.id);
    expect(res.body).not.toMatch(/passwordHash|argon2/);
    expect((await k.call(k.clinician, 'GET', '/users')).statusCode).toBe(403);
  });

  test('a new staff login can sign in; its password was hashed', async () => {
    const res = await k.call(k.owner, 'POST', '/users', newUser());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<UserOut>()).toMatchObject({ email: 'sam@alpha.test', role: 'clinician', clientId: null });
    const stored = await k.t.repo.users.findByEmail('sam@alpha.test');
    expect(stored?.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(k.t.signIn('sam@alpha.test')).rejects.toThrow(); // the test kit signs in with its own password
    const login = await k.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'SAM@alpha.test', password: 'a long enough password' },
    });
    expect(login.statusCode).toBe(200);
  });

  test('a taken e-mail (in any clinic, any case) is a conflict naming body.email; a short password is named', async () => {
    const taken = await k.call(k.owner, 'POST', '/users', newUser({ email: k.t.b.owner.email.toUpperCase() }));
    expect(taken.statusCode).toBe(409);
    expect(fields(taken)).toEqual(['body.email']);
    const short = await k.call(
      k.owner,
      'POST',
      '/users',
      newUser({ email: 'short@alpha.test', password: 'too short' }),
    );
    expect(fields(short)).toEqual(['body.password']);
    expect(await k.t.repo.users.findByEmail('short@alpha.test')).toBeUndefined();
  });

  test('a client login is linked to its client record, which it then sees as its own', async () => {
    expect(
      fields(await k.call(k.owner, 'POST', '/users', newUser({ email: 'c2@alpha.test', role: 'client' }))),
    ).toEqual(['body.clientId']);
    expect(
      fields(await k.call(k.owner, 'POST', '/users', newUser({ email: 'c2@alpha.test', clientId: k.t.a.other.id }))),
    ).toEqual(['body.clientId']);
    expect(
      fields(
        await k.call(
          k.owner,
          'POST',
          '/users',
          newUser({ email: 'c2@alpha.test', role: 'client', clientId: k.t.b.other.id }),
        ),
      ),
    ).toEqual(['body.clientId']);
    const linked = await k.call(
      k.owner,
      'POST',
      '/users',
      newUser({ email: 'c2@alpha.test', name: 'Second client', role: 'client', clientId: k.t.a.other.id }),
    );
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json<UserOut>().clientId).toBe(k.t.a.other.id);
    const again = await k.call(
      k.owner,
      'POST',
      '/users',
      newUser({ email: 'c3@alpha.test', role: 'client', clientId: k.t.a.other.id }),
    );
    expect(again.statusCode).toBe(409);
    expect(fields(again)).toEqual(['body.clientId']);
    const login = await k.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'c2@alpha.test', password: 'a long enough password' },
    });
    expect(login.json()).toMatchObject({ clientId: k.t.a.other.id });
  });

  test('only the owner creates logins', async () => {
    expect((await k.call(k.clinician, 'POST', '/users', newUser({ email: 'x@alpha.test' }))).statusCode).toBe(403);
    expect((await k.call(k.client, 'POST', '/users', newUser({ email: 'x@alpha.test' }))).statusCode).toBe(403);
  });
});

describe('editing accounts', () => {
  test("a new password ends the account's sessions and works at once", async () => {
    const user = await k.t.repo.users.create({
      clinicId: k.t.a.id,
      email: 'pat@alpha.test',
      name: 'Pat',
      role: 'clinician',
      passwordHash: k.t.a.clinician.passwordHash,
    });
    const { headers } = await k.t.signIn('pat@alpha.test');
    expect((await k.call(headers, 'GET', '/clients')).statusCode).toBe(200);
    const res = await k.call(k.owner, 'PATCH', `/users/${user.id}`, {
      password: 'a brand new passphrase',
      name: 'Pat Lee',
    });
    expect(res.json<UserOut>()).toMatchObject({ name: 'Pat Lee' });
    expect((await k.call(headers, 'GET', '/clients')).statusCode).toBe(401);
    const login = await k.t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'pat@alpha.test', password: 'a brand new passphrase' },
    });
    expect(login.statusCode).toBe(200);
  });

  test('roles: staff may move between owner and clinician, never to or from a client login, never their own', async () => {
    const user = await k.t.repo.users.create({
      clinicId: k.t.a.id,
      email: 'robin@alpha.test',
      name: 'Robin',
      role: 'clinician',
      passwordHash: k.t.a.clinician.passwordHash,
    });
    const { headers } = await k.t.signIn('robin@alpha.test');
    const promoted = await k.call(k.owner, 'PATCH', `/users/${user.id}`, { role: 'owner' });
    expect(promoted.json<UserOut>().role).toBe('owner');
    expect((await k.call(headers, 'GET', '/users')).statusCode).toBe(401); // signs in again to act with the new role
    expect(fields(await k.call(k.owner, 'PATCH', `/users/${k.t.a.owner.id}`, { role: 'clinician' }))).toEqual([
      'body.role',
    ]);
    expect(fields(await k.call(k.owner, 'PATCH', `/users/${k.t.a.clientUser.id}`, { role: 'clinician' }))).toEqual([
      'body.role',
    ]);
    expect(fields(await k.call(k.owner, 'PATCH', `/users/${user.id}`, { role: 'client' }))).toEqual(['body.role']);
  });

  test("an e-mail already used is a conflict; another clinic's account is not found", async () => {
    const taken = await k.call(k.owner, 'PATCH', `/users/${k.t.a.clinician.id}`, { email: k.t.a.owner.email });
    expect(taken.statusCode).toBe(409);
    expect(fields(taken)).toEqual(['body.email']);
    const ownerB = (await k.t.signIn(k.t.b.owner.email)).headers;
    expect((await k.call(ownerB, 'PATCH', `/users/${k.t.a.clinician.id}`, { name: 'Hijacked' })).statusCode).toBe(404);
    expect((await k.t.repo.users.get(k.t.a.id, k.t.a.clinician.id))?.name).toBe(k.t.a.clinician.name);
    expect(
      (
        await k.t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: k.t.a.clinician.email, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('the audit log', () => {
  test('the owner reads who touched which record, when, and with what outcome', async () => {
    const episode = await k.t.repo.episodes.create(k.t.a.id, {
      clientId: k.t.a.client.id,
      startedOn: '2026-11-02',
      intake: exampleCase('lbp-desk-analyst'),
    });
    await k.call(k.client, 'GET', `/episodes/${episode.id}/progress`);
    await k.call(k.otherClinic, 'GET', `/episodes/${episode.id}/progress`);
    const res = await k.call(k.owner, 'GET', `/audit?clientId=${k.t.a.client.id}&limit=50`);
    expect(res.statusCode).toBe(200);
    const events = res.json<
      {
        action: string;
        recordType: string;
        recordId: string | null;
        outcome: string;
        actor: { name: string; role: string | null } | null;
        at: string;
      }[]
    >();
    expect(events[0]).toMatchObject({
      action: 'read',
      recordType: 'progress',
      recordId: episode.id,
      outcome: 'success',
      actor: { name: k.t.a.clientUser.name, role: 'client' },
    });
    expect(events.every((e) => e.at <= (events[0]?.at ?? ''))).toBe(true);
    // Clinic B's refused attempt is logged in clinic B's log, not this one.
    expect(events.some((e) => e.outcome === 'denied')).toBe(false);
    expect((await k.t.repo.audit.list(k.t.b.id)).some((e) => e.recordId === episode.id && e.outcome === 'denied')).toBe(
      true,
    );
    expect((await k.call(k.owner, 'GET', '/audit?limit=1')).json<unknown[]>()).toHaveLength(1);
    expect(fields(await k.call(k.owner, 'GET', '/audit?limit=0&from=yesterday'))).toEqual(
      expect.arrayContaining(['query.limit', 'query.from']),
    );
  });

  test('nobody else reads it, and the refusal is itself audited', async () => {
    expect((await k.call(k.clinician, 'GET', '/audit')).statusCode).toBe(403);
    const events = await k.t.repo.audit.list(k.t.a.id, { limit: 5 });
    expect(
      events.some(
        (e) => e.recordType === 'audit_log' && e.outcome === 'denied' && e.actorUserId === k.t.a.clinician.id,
      ),
    ).toBe(true);
  });
});
