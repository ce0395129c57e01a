// Test support for the care routes: a test app on a fixed clock, signed-in callers, and case files by name.
import type { LightMyRequestResponse } from 'fastify';
import { readExampleCase as caseFile } from '../../../demo/case-files.ts';
import type { Problem } from '../../errors.ts';
import { openTestApp, type TestApp } from '../../test-app.ts';
import { CARE_START, careEpisode, careIntake } from './matrix.ts';

export { CARE_START, careEpisode, careIntake, caseFile };

export const NOW = new Date('2026-11-23T09:00:00Z');

type Who = 'clinician' | 'owner' | 'client' | 'otherClinic';

export interface CareApp extends TestApp {
  /** A call through HTTP as one of clinic A's users (or clinic B's clinician). */
  call: (who: Who, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => Promise<LightMyRequestResponse>;
}

export async function openCareApp(): Promise<CareApp> {
  // Each reading moves the clock on 1 ms, so audit events of one test still have an order.
  let tick = 0;
  const t = await openTestApp({ now: () => new Date(NOW.getTime() + tick++) });
  const headers: Record<Who, Record<string, string>> = {
    clinician: (await t.signIn(t.a.clinician.email)).headers,
    owner: (await t.signIn(t.a.owner.email)).headers,
    client: (await t.signIn(t.a.clientUser.email)).headers,
    otherClinic: (await t.signIn(t.b.clinician.email)).headers,
  };
  return {
    ...t,
    call: (who, method, url, body) =>
      t.app.inject({
        method,
        url,
        headers: headers[who],
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      }),
  };
}

/** A fresh episode of clinic A's client (the one with a login) from a named case file. */
export const episodeFrom = async (t: TestApp, name: string): Promise<string> =>
  (await t.repo.episodes.create(t.a.id, { clientId: t.a.client.id, startedOn: CARE_START, intake: caseFile(name) })).id;

export const problemsOf = (res: LightMyRequestResponse): Problem[] =>
  res.json<{ error: { problems: Problem[] } }>().error.problems;
export const errorOf = (res: LightMyRequestResponse): { code: string; message: string } =>
  res.json<{ error: { code: string; message: string } }>().error;
