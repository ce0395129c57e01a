// The API's plumbing through HTTP: sign-in, sessions, CSRF, lockout, rate limit, errors, headers, OpenAPI, audit.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PASSWORD, openTestApp, sessionCookie, type TestApp } from './test-app.ts';

let t: TestApp;
let clock = new Date('2026-11-23T09:00:00Z');
beforeAll(async () => {
  t = await openTestApp({ now: () => clock, loginAttemptsPerMinute: 50 });
});
afterAll(async () => {
  await t.close();
});

describe('sign-in and sessions', () => {
  test('signs in with a session cookie (httpOnly, SameSite=Strict) and returns the CSRF token', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: t.a.clinician.email.toUpperCase(), password: PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tandem_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json()).toMatchObject({
      user: { email: t.a.clinician.email, role: 'clinician' },
      csrfToken: expect.any(String) as string,
      clientId: null,
    });
    expect(JSON.stringify(res.json())).not.toMatch(/passwordHash|argon2/);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: sessionCookie(res) } });
    expect(me.json()).toMatchObject({ user: { id: t.a.clinician.id } });
  });

  test('a client login knows its client record', async () => {
    const { headers } = await t.signIn(t.a.clientUser.email);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });
    expect(me.json()).toMatchObject({ clientId: t.a.client.id });
  });

  test('a wrong password or unknown e-mail is one message, 401, and audited', async () => {
    for (const email of [t.a.owner.email, 'nobody@alpha.test']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: 'wrong password!' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        error: { code: 'unauthenticated', message: 'wrong e-mail or password', problems: [] },
      });
    }
    const events = await t.repo.audit.list(t.a.id);
    expect(events.some((e) => e.action === 'login' && e.outcome === 'denied' && e.recordId === t.a.owner.id)).toBe(
      true,
    );
    await t.repo.users.clearFailedLogins(t.a.owner.id);
  });

  test('five failures lock the account for 15 minutes, even with the right password', async () => {
    const email = t.b.clinician.email;
    for (let i = 0; i < 5; i++)
      await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: 'nope nope nope' } });
    const locked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    expect(locked.statusCode).toBe(423);
    expect(locked.json<{ error: { message: string } }>().error.message).toMatch(/try again after 2026-11-23T09:15/);
    clock = new Date('2026-11-23T09:16:00Z');
    const later = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    expect(later.statusCode).toBe(200);
    clock = new Date('2026-11-23T09:00:00Z');
  });

  test('no session, a forged one, or a signed-out one: 401', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/clients' })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: { cookie: 'tandem_session=forged' } }))
        .statusCode,
    ).toBe(401);
    const { headers } = await t.signIn(t.a.owner.email);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers })).statusCode).toBe(401);
  });

  test('a session expires after 12 hours', async () => {
    const { headers } = await t.signIn(t.a.owner.email);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers })).statusCode).toBe(200);
    clock = new Date('2026-11-23T21:01:00Z');
    try {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { message: 'your session has ended; sign in again' } });
    } finally {
      clock = new Date('2026-11-23T09:00:00Z');
    }
  });

  test('cookie-authenticated writes need the CSRF header; bearer tokens do not', async () => {
    const { headers, token } = await t.signIn(t.a.clinician.email);
    const payload = { name: 'CSRF probe' };
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clients',
      headers: { cookie: headers.cookie ?? '' },
      payload,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ error: { code: 'csrf' } });
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clients',
      headers: { ...headers, 'x-csrf-token': 'wrong' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/clients', headers, payload })).statusCode).toBe(201);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/clients',
          headers: { authorization: `Bearer ${token}` },
          payload,
        })
      ).statusCode,
    ).toBe(201);
  });
});

describe('errors, headers and documentation', () => {
  test('bad input is a 400 naming the field, and nothing is stored', async () => {
    const { headers } = await t.signIn(t.a.clinician.email);
    const before = (await t.repo.clients.list(t.a.id)).length;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clients',
      headers,
      payload: { name: '', email: 'not-an-email', shoeSize: 44 },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<{ error: { code: string; problems: { field: string }[] } }>();
    expect(error.code).toBe('invalid');
    expect(error.problems.map((p) => p.field).sort()).toEqual(['body.email', 'body.name', 'body.shoeSize']);
    expect((await t.repo.clients.list(t.a.id)).length).toBe(before);
    const badId = await t.app.inject({ method: 'GET', url: '/api/v1/clients/42', headers });
    expect(badId.json()).toMatchObject({ error: { code: 'invalid', problems: [{ field: 'params.id' }] } });
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clients',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expect(notJson.statusCode).toBe(400);
  });

  test('an unknown route is a JSON 404', async () => {
    const { headers } = await t.signIn(t.a.clinician.email);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here', headers });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  test('security headers are set', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  test('the OpenAPI document lists the routes with their schemas, and readable docs are served', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/clients',
        '/api/v1/clients/{id}',
        '/api/v1/episodes/{id}',
      ]),
    );
    expect(JSON.stringify(doc.paths['/api/v1/clients']?.post?.requestBody)).toMatch(/"name"/);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });
});

describe('sign-in is rate limited per address', () => {
  test('the 11th attempt within a minute gets 429', async () => {
    const limited = await openTestApp({ loginAttemptsPerMinute: 10 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 11; i++) {
        codes.push(
          (
            await limited.app.inject({
              method: 'POST',
              url: '/api/v1/auth/login',
              payload: { email: 'x@y.test', password: 'whatever' },
            })
          ).statusCode,
        );
      }
      expect(codes.slice(0, 10).every((c) => c === 401)).toBe(true);
      expect(codes[10]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
