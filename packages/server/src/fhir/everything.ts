// Patient/$everything: the patient and every resource of theirs this caller may see, as a searchset Bundle.
import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { FastifyRequest } from 'fastify';
import { clientFor, isStaff, actorOf } from '../http/access.ts';
import { toAppointment } from './appointment.ts';
import { mapContext } from './context.ts';
import { episodeResources, loadEpisodeRecord } from './episode-record.ts';
import { toPatient } from './patient.ts';

/** The base URL of this FHIR server as the caller reached it (for fullUrl and links). */
export const fhirBase = (request: FastifyRequest): string => `${request.protocol}://${request.host}/fhir/R4`;

export function searchset(base: string, self: string, resources: readonly Resource[], timestamp: string): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    timestamp,
    total: resources.length,
    link: [{ relation: 'self', url: self }],
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id ?? ''}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}

export async function patientEverything(request: FastifyRequest, clientId: string): Promise<Bundle> {
  const client = await clientFor(request, clientId, 'read', 'fhir:Patient/$everything');
  const { repo } = request.server;
  const now = request.server.now();
  const staff = isStaff(actorOf(request));
  const [context, episodes, appointments] = await Promise.all([
    mapContext(repo, client.clinicId, now),
    repo.episodes.list(client.clinicId, { clientId: client.id }),
    repo.appointments.list(client.clinicId, { clientId: client.id }),
  ]);
  const resources: Resource[] = [toPatient(client)];
  // Oldest episode first (the store lists newest first).
  for (const episode of [...episodes].reverse())
    resources.push(...episodeResources(await loadEpisodeRecord(repo, episode), context, staff));
  resources.push(...appointments.map((a) => toAppointment(a, context)));
  const base = fhirBase(request);
  return searchset(base, `${base}/Patient/${client.id}/$everything`, resources, now.toISOString());
}
