// What the mappers need besides the records: today's date and staff names. Built once per request.
import type { Reference, Resource } from '@medplum/fhirtypes';
import type { Repository } from '../db/repository.ts';

export interface MapContext {
  /** Today (ISO date): whether a phase of the plan is done, under way or still to come. */
  today: string;
  /** A staff member's name for performer and author displays (staff are not exported as resources). */
  staffName: (userId: string) => string;
}

export async function mapContext(repo: Repository, clinicId: string, now: Date): Promise<MapContext> {
  const names = new Map((await repo.users.list(clinicId)).map((u) => [u.id, u.name]));
  return { today: now.toISOString().slice(0, 10), staffName: (id) => names.get(id) ?? 'former staff member' };
}

type OfType<K extends Resource['resourceType']> = Extract<Resource, { resourceType: K }>;

/** A relative reference, typed by the resource it points to. */
export const reference = <K extends Resource['resourceType']>(type: K, id: string): Reference<OfType<K>> => ({
  reference: `${type}/${id}`,
});
