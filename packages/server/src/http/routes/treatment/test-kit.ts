// Test support for the route tests: an app on a ticking clock (rows written in a row keep their order), signed-in
// callers, example case files and episodes made from them.
import type { LightMyRequestResponse } from 'fastify';
import { readExampleCase as exampleCase } from '../../../demo/case-files.ts';
import { openTestApp, type TestApp } from '../../test-app.ts';

export interface Kit {
  t: TestApp;
  owner: Record<string, string>;
  clinician: Record<string, string>;
  client: Record<string, string>;
  otherClinic: Record<string, string>;
  call: (
    headers: Record<string, string>,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: unknown,
  ) => Promise<LightMyRequestResponse>;
}

/** The server's clock: 2026-11-23 09:00 UTC, moving on 1 ms at each reading. */
export async function openKit(): Promise<Kit> {
  let at = Date.parse('2026-11-23T09:00:00.000Z');
  const t = await openTestApp({ now: () => new Date(at++), loginAttemptsPerMinute: 1000 });
  const [owner, clinician, client, otherClinic] = await Promise.all(
    [t.a.owner.email, t.a.clinician.email, t.a.clientUser.email, t.b.clinician.email].map(
      async (email) => (await t.signIn(email)).headers,
    ),
  );
  return {
    t,
    owner: owner ?? {},
    clinician: clinician ?? {},
    client: client ?? {},
    otherClinic: otherClinic ?? {},
    call: (headers, method, url, payload) =>
      t.app.inject({
        method,
        url: `/api/v1${url}`,
        headers,
        ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      }),
  };
}

/** An example case file by id (examples/cases/<id>.json), parsed. */
export { exampleCase };

/** A clinic A episode of the client with a login, from a case file. */
export async function episodeOf(
  t: TestApp,
  caseName: string,
  startedOn: string,
  clientId = t.a.client.id,
): Promise<string> {
  return (await t.repo.episodes.create(t.a.id, { clientId, startedOn, intake: exampleCase(caseName) })).id;
}

export interface ErrorBody {
  error: { code: string; message: string; problems: { field: string; message: string }[] };
}

export const fields = (res: LightMyRequestResponse): string[] =>
  res.json<ErrorBody>().error.problems.map((p) => p.field);
