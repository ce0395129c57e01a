// The episode data the plan, visit, referral and discharge screens read, each under one query key.
import type { Plan, ScreeningResult } from '@tandem/engine';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, ok } from '../../api/client.ts';
import type { Ok } from '../../api/types.ts';

// The API promises only a stored plan's caseId and generatedFor (it does not re-check knowledge ids on the way out);
// what it stores is an engine Plan, generated or an edit checked against one.
export type CurrentPlan = Omit<Ok<'/api/v1/episodes/{id}/plan', 'get'>, 'plan'> & { plan: Plan };
export type PlanVersionSummary = Ok<'/api/v1/episodes/{id}/plans', 'get'>[number];
export type Episode = Omit<Ok<'/api/v1/episodes/{id}', 'get'>, 'screening'> & { screening: ScreeningResult };
export type Program = Ok<'/api/v1/episodes/{id}/prescription', 'get'>;
export type ProgramItem = Program['exercises'][number];
export type ProgressReport = Ok<'/api/v1/episodes/{id}/progress', 'get'>;
export type DecisionOut = ProgressReport['decisions'][number];

export const keys = {
  // Its own key: the episode with its client is another shape than the plain episode under ['episode', id].
  episode: (id: string) => ['episode', id, 'with-client'] as const,
  plan: (id: string) => ['episode', id, 'plan'] as const,
  plans: (id: string) => ['episode', id, 'plans'] as const,
  prescription: (id: string, on?: string) => ['episode', id, 'prescription', on ?? 'today'] as const,
  referrals: (id: string) => ['episode', id, 'referrals'] as const,
  visits: (id: string) => ['episode', id, 'visits'] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export function useEpisode(id: string) {
  return useQuery({
    queryKey: keys.episode(id),
    queryFn: async () => {
      const episode = (await ok(api.GET('/api/v1/episodes/{id}', path(id)))) as Episode;
      const client = await ok(api.GET('/api/v1/clients/{id}', path(episode.clientId)));
      return { episode, client };
    },
  });
}

/** The current plan, or null when none has been generated yet. */
export function usePlan(id: string) {
  return useQuery({
    queryKey: keys.plan(id),
    queryFn: async () => {
      try {
        return (await ok(api.GET('/api/v1/episodes/{id}/plan', path(id)))) as CurrentPlan;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function usePlanVersions(id: string) {
  return useQuery({ queryKey: keys.plans(id), queryFn: () => ok(api.GET('/api/v1/episodes/{id}/plans', path(id))) });
}

export function usePrescription(id: string, on?: string) {
  return useQuery({
    queryKey: keys.prescription(id, on),
    queryFn: () =>
      ok(
        api.GET('/api/v1/episodes/{id}/prescription', {
          params: { path: { id }, query: on === undefined ? {} : { on } },
        }),
      ),
  });
}

// One progress query for every clinician page, so saving a visit refreshes the progress page too.
export { useProgress } from '../overview/queries.ts';
