// A visit as the API shows it: the clinician by name and each performed item with its name.
import type { User, Visit } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { exerciseName, techniqueName } from './names.ts';

export type VisitView = ReturnType<typeof visitView>;

/** `staff` holds the clinician of the visit unless they have left the clinic. */
export const visitView = (visit: Visit, staff: ReadonlyMap<string, Pick<User, 'id' | 'name'>>) => ({
  ...visit,
  clinician: { id: visit.clinicianId, name: staff.get(visit.clinicianId)?.name ?? 'former staff member' },
  performed: visit.performed.map((p) => ({
    ...p,
    name: p.kind === 'technique' ? techniqueName(p.itemId) : exerciseName(p.itemId),
  })),
});

/** The clinic's accounts by id, to name the clinicians of many visits with one read. */
export async function clinicStaff(repo: Repository, clinicId: string): Promise<Map<string, User>> {
  return new Map((await repo.users.list(clinicId)).map((u) => [u.id, u]));
}
