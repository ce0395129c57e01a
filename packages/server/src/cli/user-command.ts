// `tandem user add --email E --name N --role owner|clinician|client [--clinic ID | --clinic-name NAME] [--client ID]
// [--password-stdin]`: a login, with the password read from standard input (never from the command line) or generated.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { ROLES, type Clinic, type Role } from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import { StorageError } from '../db/errors.ts';
import { chooseClinic } from './clinic-choice.ts';
import { CliError } from './cli-error.ts';
import { DATA_OPTION, withDatabase } from './database.ts';
import type { Io } from './main.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USAGE =
  'tandem user add --email E --name N --role owner|clinician|client [--clinic ID | --clinic-name NAME] [--client ID] [--password-stdin]';

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** The first line of standard input, without its line ending (`echo pw | …` and a file both work). */
const firstLine = (text: string): string => text.split(/\r?\n/)[0] ?? '';

/** 18 random bytes as base64url: 24 characters, about 144 bits. */
const generatedPassword = (): string => randomBytes(18).toString('base64url');

async function clinicFor(
  repo: Repository,
  role: Role,
  values: { clinic?: string | undefined; 'clinic-name'?: string | undefined },
): Promise<Clinic> {
  const name = values['clinic-name'];
  if (name === undefined) return chooseClinic(repo, values.clinic);
  if (values.clinic !== undefined)
    throw new CliError('give --clinic ID (an existing clinic) or --clinic-name NAME (a new one), not both');
  if (role !== 'owner')
    throw new CliError('--clinic-name creates a new clinic, which starts with its owner: use --role owner');
  if (name.trim() === '') throw new CliError('--clinic-name must not be empty');
  return repo.clinics.create({ name: name.trim() });
}

export async function userCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'add')
    throw new CliError(`user ${sub === undefined ? 'needs a subcommand' : `has no subcommand "${sub}"`}: ${USAGE}`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      ...DATA_OPTION,
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      clinic: { type: 'string' },
      'clinic-name': { type: 'string' },
      client: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  if (positionals.length > 0)
    throw new CliError(
      `user add takes no positional arguments (got ${positionals.join(' ')}); passwords are read from standard input with --password-stdin`,
    );
  const email = values.email?.trim().toLowerCase();
  if (email === undefined || !EMAIL.test(email))
    throw new CliError(
      `--email must be an e-mail address (got ${values.email === undefined ? 'nothing' : `"${values.email}"`}): ${USAGE}`,
    );
  const name = values.name?.trim();
  if (name === undefined || name === '') throw new CliError(`--name is required: ${USAGE}`);
  const role = values.role ?? '';
  if (!isRole(role))
    throw new CliError(
      `--role must be one of ${ROLES.join(', ')} (got ${values.role === undefined ? 'nothing' : `"${role}"`})`,
    );
  if (values.client !== undefined && role !== 'client')
    throw new CliError('--client links a client record to a client login: use --role client');

  const generated = values['password-stdin'] ? null : generatedPassword();
  const password = generated ?? firstLine(io.stdin());
  const problem = passwordProblem(password);
  if (problem) throw new CliError(`${problem}; nothing was stored`);
  const passwordHash = await hashPassword(password);

  return withDatabase(values.data, io, async ({ repo }) => {
    if (await repo.users.findByEmail(email))
      throw new CliError(`a user with the e-mail ${email} already exists; nothing was stored`);
    const { user, clinic, clientId } = await repo.transaction(async (tx) => {
      const clinic = await clinicFor(tx, role, values);
      const user = await tx.users
        .create({ clinicId: clinic.id, email, name, role, passwordHash })
        .catch((error: unknown) => {
          // Another process took the e-mail since the check above.
          if (error instanceof StorageError && error.code === 'conflict')
            throw new CliError(`a user with the e-mail ${email} already exists; nothing was stored`);
          throw error;
        });
      let clientId: string | null = null;
      if (role === 'client') {
        if (values.client !== undefined) {
          const existing = await tx.clients.get(clinic.id, values.client);
          if (!existing)
            throw new CliError(
              `--client ${values.client}: no such client in clinic "${clinic.name}"; nothing was stored`,
            );
          if (existing.userId !== null)
            throw new CliError(`--client ${values.client} already has a login; nothing was stored`);
          clientId = (await tx.clients.update(clinic.id, existing.id, { userId: user.id, email })).id;
        } else {
          clientId = (await tx.clients.create(clinic.id, { name, email, userId: user.id })).id;
        }
      }
      await tx.audit.record({
        clinicId: clinic.id,
        action: 'create',
        recordType: 'user',
        recordId: user.id,
        clientId,
        outcome: 'success',
        detail: `tandem user add --role ${role} (command line)`,
      });
      return { user, clinic, clientId };
    });
    io.out(
      `user ${user.id} (${role}) ${email} in clinic ${clinic.id} "${clinic.name}"${clientId ? `; client record ${clientId}` : ''}`,
    );
    if (generated) io.out(`password: ${generated}  (generated; shown only now: pass it on securely)`);
    return 0;
  });
}
