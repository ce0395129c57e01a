// Client search through HTTP: staff find their clinic's clients by part of a name in any case; a client finds only
// themself; another clinic finds nothing of this one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fields, openKit, type Kit } from './treatment/test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await openKit();
  for (const name of ['Åsa Öberg', 'Bob Smith', 'Robert Smithers']) await k.t.repo.clients.create(k.t.a.id, { name });
});
afterAll(async () => {
  await k.t.close();
});

const names = async (headers: Record<string, string>, q: string) => {
  const res = await k.call(headers, 'GET', `/clients?q=${encodeURIComponent(q)}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ name: string }[]>().map((c) => c.name);
};

test.each([
  ['smith', ['Bob Smith', 'Robert Smithers']],
  ['SMITHERS', ['Robert Smithers']],
  ['  öberg ', ['Åsa Öberg']],
  ['client of', ['Client of alpha', 'Second client of alpha']],
  ['nobody', []],
])('staff searching %j find %j', async (q, expected) => {
  expect(await names(k.clinician, q)).toEqual(expected);
});

test('without q, or with an empty one, every client is listed', async () => {
  expect(await names(k.owner, '')).toHaveLength(5);
  expect((await k.call(k.owner, 'GET', '/clients')).json<unknown[]>()).toHaveLength(5);
});

test('a client finds only their own record; another clinic finds none of these', async () => {
  expect(await names(k.client, 'client')).toEqual(['Client of alpha']);
  expect(await names(k.client, 'second')).toEqual([]);
  expect(await names(k.otherClinic, 'smith')).toEqual([]);
});

test('an over-long or unknown query parameter is named', async () => {
  expect(fields(await k.call(k.clinician, 'GET', `/clients?q=${'x'.repeat(201)}`))).toEqual(['query.q']);
  expect(fields(await k.call(k.clinician, 'GET', '/clients?name=bob'))).toEqual(['query.name']);
});
