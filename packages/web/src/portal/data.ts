// What the client's pages read, each under the ['portal', ...] key so a sent log refreshes them all. Reads go through
// the service worker, which answers from its copy when the phone is offline.
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../api/client.ts';
import type { Ok } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';

export type Episode = Ok<'/api/v1/clients/{id}/episodes', 'get'>[number];
export type Program = Ok<'/api/v1/episodes/{id}/prescription', 'get'>;
export type ProgramItem = Program['exercises'][number];
export type LogEntry = Ok<'/api/v1/episodes/{id}/home-log', 'get'>[number];
export type Logged = Ok<'/api/v1/episodes/{id}/home-log', 'post'>;
export type Decision = Logged['decisions'][number];
export type Progress = Ok<'/api/v1/episodes/{id}/progress', 'get'>;
export type Appointment = Ok<'/api/v1/appointments', 'get'>[number];
export type Topic = Ok<'/api/v1/episodes/{id}/education', 'get'>[number];

/** Today on the client's own calendar (the server accepts a log dated up to a day ahead of its clock for this). */

/** The client's current episode: the active one started last, else the latest (a discharged client keeps their records). */
export function useEpisode() {
  const { clientId } = useSession();
  return useQuery({
    queryKey: ['portal', 'episodes', clientId],
    enabled: clientId !== null,
    queryFn: async (): Promise<Episode | null> => {
      const all = await ok(api.GET('/api/v1/clients/{id}/episodes', { params: { path: { id: clientId ?? '' } } }));
      const byStart = [...all].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
      return byStart.find((e) => e.status === 'active') ?? byStart[0] ?? null;
    },
  });
}

export const useProgram = (episodeId: string, on: string) =>
  useQuery({
    queryKey: ['portal', 'program', episodeId, on],
    queryFn: () =>
      ok(api.GET('/api/v1/episodes/{id}/prescription', { params: { path: { id: episodeId }, query: { on } } })),
  });

export const useLog = (episodeId: string, from: string, to: string) =>
  useQuery({
    queryKey: ['portal', 'log', episodeId, from, to],
    queryFn: () =>
      ok(api.GET('/api/v1/episodes/{id}/home-log', { params: { path: { id: episodeId }, query: { from, to } } })),
  });

export const useProgress = (episodeId: string) =>
  useQuery({
    queryKey: ['portal', 'progress', episodeId],
    queryFn: () => ok(api.GET('/api/v1/episodes/{id}/progress', { params: { path: { id: episodeId } } })),
  });

export const useEducation = (episodeId: string, enabled = true) =>
  useQuery({
    queryKey: ['portal', 'education', episodeId],
    enabled,
    queryFn: () => ok(api.GET('/api/v1/episodes/{id}/education', { params: { path: { id: episodeId } } })),
  });

export const useAppointments = () =>
  useQuery({
    queryKey: ['portal', 'appointments'],
    queryFn: () => ok(api.GET('/api/v1/appointments')),
  });

export const useClinic = () =>
  useQuery({
    queryKey: ['portal', 'clinic'],
    queryFn: () => ok(api.GET('/api/v1/clinic')),
    staleTime: 60 * 60_000,
  });
