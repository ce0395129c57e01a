// What a signed-in caller learns about their session: the account (never its password hash or lockout counters), the
// CSRF token to send with writes, the client record of a client login and when the session ends.
import type { User } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';

const publicUser = ({ passwordHash: _hash, failedLogins: _failed, lockedUntil: _locked, ...user }: User) => user;

export async function sessionInfo(repo: Repository, user: User, csrfToken: string, expiresAt: string) {
  const clientId =
    user.role === 'client' ? ((await repo.clients.findByUser(user.clinicId, user.id))?.id ?? null) : null;
  return { user: publicUser(user), csrfToken, clientId, expiresAt };
}
