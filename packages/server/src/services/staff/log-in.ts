// Signing in with an e-mail and password: failed attempts count toward a lockout, every attempt is audited, and a
// success opens a session (its token for the cookie, and a CSRF token for writes).
import { verifyPassword } from '../../auth/passwords.ts';
import type { User } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { newToken } from '../../http/actor.ts';
import { ApiError } from '../../http/errors.ts';
import { sessionInfo } from './session-info.ts';

/** [P] OWASP: lock after a handful of failures, for long enough to stop guessing, short enough not to strand staff. */
const LOCK_AFTER_FAILURES = 5;
const LOCK_MINUTES = 15;

/** An argon2id hash of a random string: unknown e-mails cost the same time as known ones. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$5UrbXqFcKYSyhkb9n3IqAw$D17irbJbsSYFQkSndlzbskykI4F1YQ7anGIujXAV14w';

export interface LogInInput {
  email: string;
  password: string;
  now: Date;
  sessionHours: number;
}

export interface LoggedIn {
  /** The session token, for the cookie (and for scripts, as a bearer token). */
  token: string;
  session: Awaited<ReturnType<typeof sessionInfo>>;
}

export async function logIn(repo: Repository, { email, password, now, sessionHours }: LogInInput): Promise<LoggedIn> {
  const user = await repo.users.findByEmail(email);
  const refuse = async (code: 'unauthenticated' | 'locked', message: string, who: User | undefined) => {
    await repo.audit.record({
      action: 'login',
      recordType: 'user',
      recordId: who?.id ?? null,
      clinicId: who?.clinicId ?? null,
      actorUserId: who?.id ?? null,
      outcome: 'denied',
      at: now.toISOString(),
      detail: message,
    });
    return new ApiError(code, message);
  };
  if (user?.lockedUntil && user.lockedUntil > now.toISOString())
    throw await refuse('locked', `too many failed sign-ins; try again after ${user.lockedUntil}`, user);
  // Verify against a real hash even for an unknown e-mail, so timing does not reveal which e-mails exist.
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !ok) {
    if (user)
      await repo.users.recordFailedLogin(user.id, {
        lockAfter: LOCK_AFTER_FAILURES,
        lockUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString(),
      });
    throw await refuse('unauthenticated', 'wrong e-mail or password', user);
  }
  await repo.users.clearFailedLogins(user.id);
  const { token, id } = newToken();
  const expiresAt = new Date(now.getTime() + sessionHours * 3_600_000).toISOString();
  const csrfToken = newToken().token;
  await repo.sessions.create({ id, userId: user.id, csrfToken, expiresAt });
  await repo.audit.record({
    action: 'login',
    recordType: 'user',
    recordId: user.id,
    clinicId: user.clinicId,
    actorUserId: user.id,
    outcome: 'success',
    at: now.toISOString(),
    detail: null,
  });
  return { token, session: await sessionInfo(repo, user, csrfToken, expiresAt) };
}
