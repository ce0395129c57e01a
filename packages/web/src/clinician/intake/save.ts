// Saving an intake: a new episode for a client (POST), or the intake of an existing episode replaced (PUT).
import { api, ok } from '../../api/client.ts';
import type { Body } from '../../api/types.ts';
import type { IntakeDraft } from './draft.ts';

type CaseBody = Body<'/api/v1/episodes/{id}/intake', 'put'>;
// The draft is the case file's shape with required numbers possibly blank: the server names what is missing.
const asBody = (draft: IntakeDraft): CaseBody => draft as unknown as CaseBody;

export const createEpisode = (clientId: string, startedOn: string, draft: IntakeDraft) =>
  ok(
    api.POST('/api/v1/clients/{id}/episodes', {
      params: { path: { id: clientId } },
      body: { startedOn, intake: asBody(draft) },
    }),
  );

export const replaceIntake = (episodeId: string, draft: IntakeDraft) =>
  ok(api.PUT('/api/v1/episodes/{id}/intake', { params: { path: { id: episodeId } }, body: asBody(draft) }));
