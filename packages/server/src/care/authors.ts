// Authors' names for "who" columns: the clinic's staff by id, and a placeholder for someone since removed.
import type { Repository } from '../db/repository.ts';

export type Author = (id: string) => { id: string; name: string };

/** Names of the clinic's staff by id. */
export async function authors(repo: Repository, clinicId: string): Promise<Author> {
  const names = new Map((await repo.users.list(clinicId)).map((u) => [u.id, u.name]));
  return (id) => ({ id, name: names.get(id) ?? 'former staff member' });
}
