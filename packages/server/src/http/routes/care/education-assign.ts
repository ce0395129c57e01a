// Assigning education topics, shared by the education routes and plan generation/editing (inside their transaction).
import type { EducationAssignment } from '../../../db/records.ts';
import type { Repository } from '../../../db/repository.ts';

/** Assigns the topics not yet assigned to the episode; returns the new assignments. */
export async function assignMissing(tx: Repository, clinicId: string, episodeId: string, topics: readonly string[], by: string, on: string): Promise<EducationAssignment[]> {
  const assigned = new Set((await tx.education.list(clinicId, episodeId)).map((a) => a.topic));
  const added: EducationAssignment[] = [];
  for (const topic of new Set(topics)) {
    if (assigned.has(topic)) continue;
    added.push(await tx.education.assign(clinicId, { episodeId, topic, assignedBy: by, assignedOn: on }));
  }
  return added;
}
