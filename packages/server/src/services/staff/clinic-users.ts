// The clinic's accounts for its owner, each client login with its client record.
import type { Repository } from '../../db/repository.ts';
import { userView } from './user-view.ts';

export async function clinicUsers(repo: Repository, clinicId: string): Promise<ReturnType<typeof userView>[]> {
  const [users, clients] = await Promise.all([repo.users.list(clinicId), repo.clients.list(clinicId)]);
  const clientOf = new Map(clients.flatMap((c) => (c.userId === null ? [] : [[c.userId, c.id] as const])));
  return users.map((u) => userView(u, clientOf.get(u.id) ?? null));
}
