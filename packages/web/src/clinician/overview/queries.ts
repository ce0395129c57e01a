// The reads the overview pages share, one cache key each, so moving between Today, Clients and a client's page
// does not fetch the same list twice.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, ok } from '../../api/client.ts';
import type { Ok } from '../../api/types.ts';

export type Client = Ok<'/api/v1/clients/{id}', 'get'>;
export type Episode = Ok<'/api/v1/clients/{id}/episodes', 'get'>[number];
export type Appointment = Ok<'/api/v1/appointments', 'get'>[number];
export type Progress = Ok<'/api/v1/episodes/{id}/progress', 'get'>;

export function useClients() {
  return useQuery({ queryKey: ['clients'], queryFn: () => ok(api.GET('/api/v1/clients')) });
}

/** Clients by id, for lists that name clients (appointments, attention). */
export function useClientNames(): ReadonlyMap<string, string> {
  const clients = useClients();
  return useMemo(() => new Map((clients.data ?? []).map((c) => [c.id, c.name])), [clients.data]);
}

export function useClient(id: string) {
  return useQuery({
    queryKey: ['client', id],
    queryFn: () => ok(api.GET('/api/v1/clients/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

export function useEpisodes(clientId: string | undefined) {
  return useQuery({
    queryKey: ['episodes', clientId],
    queryFn: () => ok(api.GET('/api/v1/clients/{id}/episodes', { params: { path: { id: clientId ?? '' } } })),
    enabled: clientId !== undefined,
  });
}

export function useEpisode(id: string) {
  return useQuery({
    queryKey: ['episode', id],
    queryFn: () => ok(api.GET('/api/v1/episodes/{id}', { params: { path: { id } } })),
  });
}

export function useProgress(episodeId: string | undefined) {
  return useQuery({
    // Under the episode's key, so a write that invalidates the episode (a visit, a plan) refreshes it.
    queryKey: ['episode', episodeId, 'progress'],
    queryFn: () =>
      ok(api.GET('/api/v1/episodes/{id}/progress', { params: { path: { id: episodeId ?? '' }, query: {} } })),
    enabled: episodeId !== undefined,
  });
}

export function useHomeLog(episodeId: string | undefined) {
  return useQuery({
    queryKey: ['episode', episodeId, 'home-log'],
    queryFn: () =>
      ok(api.GET('/api/v1/episodes/{id}/home-log', { params: { path: { id: episodeId ?? '' }, query: {} } })),
    enabled: episodeId !== undefined,
  });
}

/** Appointments between two instants, for one clinician or (null) the whole clinic. */
export function useAppointments(from: string, to: string, clinicianId: string | null) {
  return useQuery({
    queryKey: ['appointments', from, to, clinicianId],
    queryFn: () =>
      ok(
        api.GET('/api/v1/appointments', {
          params: { query: { from, to, ...(clinicianId === null ? {} : { clinicianId }) } },
        }),
      ),
  });
}

/** Staff names by id (owner only: the list of users is the owner's). */
export function useStaffNames(enabled: boolean): ReadonlyMap<string, string> {
  const users = useQuery({ queryKey: ['users'], queryFn: () => ok(api.GET('/api/v1/users')), enabled });
  return useMemo(
    () => new Map((users.data ?? []).filter((u) => u.role !== 'client').map((u) => [u.id, u.name])),
    [users.data],
  );
}

/** The episode a client's page opens on: the newest active one, else the newest. */
export function currentEpisode<E extends { status: string; startedOn: string }>(episodes: readonly E[]): E | undefined {
  const newest = [...episodes].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  return newest.find((e) => e.status === 'active') ?? newest[0];
}
