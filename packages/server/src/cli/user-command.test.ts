import { describe, expect, test } from 'vitest';
import { verifyPassword } from '../auth/passwords.ts';
import { countRows } from '../backup/tables.ts';
import { runCli, tempDir, withData } from './cli-test-support.ts';

const PASSWORD = 'correct horse battery staple';
const add = (data: string, args: string[], stdin?: string) =>
  runCli(
    ['user', 'add', '--data', data, ...args, ...(stdin === undefined ? [] : ['--password-stdin'])],
    stdin === undefined ? {} : { stdin },
  );

async function withOwner(): Promise<string> {
  const data = tempDir('user');
  const first = await add(
    data,
    ['--email', 'Owner@Example.test', '--name', 'Olive Owner', '--role', 'owner', '--clinic-name', 'North Clinic'],
    `${PASSWORD}\n`,
  );
  expect(first.code).toBe(0);
  return data;
}

describe('tandem user add', () => {
  test('the first owner creates the clinic; the password from standard input verifies against its argon2id hash', async () => {
    const data = await withOwner();
    await withData(data, async ({ repo }) => {
      const user = await repo.users.findByEmail('owner@example.test');
      expect(user).toMatchObject({ name: 'Olive Owner', role: 'owner', email: 'owner@example.test' });
      expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await verifyPassword(user?.passwordHash ?? '', PASSWORD)).toBe(true);
      const [clinic] = await repo.clinics.list();
      expect(clinic).toMatchObject({ id: user?.clinicId, name: 'North Clinic' });
      expect((await repo.audit.list(clinic?.id ?? ''))[0]).toMatchObject({
        action: 'create',
        recordType: 'user',
        recordId: user?.id,
        actorUserId: null,
      });
    });
  });

  test.each([
    { email: 'owner@example.test', why: 'the same e-mail' },
    { email: ' OWNER@example.TEST ', why: 'the same e-mail in other case' },
  ])('refuses $why, storing nothing', async ({ email }) => {
    const data = await withOwner();
    const { code, out, err } = await add(data, ['--email', email, '--name', 'Copy', '--role', 'clinician'], PASSWORD);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/a user with the e-mail owner@example\.test already exists; nothing was stored/);
    await withData(data, async ({ handle }) => {
      expect(await countRows(handle.db, ['users'])).toEqual({ users: 1 });
    });
  });

  test.each([
    { stdin: 'short pw', message: /at least 12 characters \(got 8\)/ },
    { stdin: '\nsecond line is ignored', message: /at least 12 characters \(got 0\)/ },
    { stdin: '               ', message: /only spaces/ },
  ])('refuses a weak password ($stdin)', async ({ stdin, message }) => {
    const data = await withOwner();
    const { code, err } = await add(
      data,
      ['--email', 'casey@example.test', '--name', 'Casey', '--role', 'clinician'],
      stdin,
    );
    expect(code).toBe(2);
    expect(err).toMatch(message);
    await withData(data, async ({ handle }) => {
      expect(await countRows(handle.db, ['users'])).toEqual({ users: 1 });
    });
  });

  test('never takes a password from the command line', async () => {
    const data = await withOwner();
    const positional = await runCli([
      'user',
      'add',
      '--data',
      data,
      '--email',
      'c@example.test',
      '--name',
      'C',
      '--role',
      'clinician',
      PASSWORD,
    ]);
    expect(positional.code).toBe(2);
    expect(positional.err).toMatch(/takes no positional arguments.*--password-stdin/);
    const option = await runCli([
      'user',
      'add',
      '--data',
      data,
      '--email',
      'c@example.test',
      '--name',
      'C',
      '--role',
      'clinician',
      '--password',
      PASSWORD,
    ]);
    expect(option.code).toBe(2);
    expect(option.err).toMatch(/Unknown option '--password'/);
  });

  test('without --password-stdin a strong password is generated, shown once, and works', async () => {
    const data = await withOwner();
    const { code, out } = await add(data, [
      '--email',
      'casey@example.test',
      '--name',
      'Casey Clinician',
      '--role',
      'clinician',
    ]);
    expect(code).toBe(0);
    const generated = /^password: (\S+)/m.exec(out)?.[1] ?? '';
    expect(generated).toHaveLength(24);
    await withData(data, async ({ repo }) => {
      expect(
        await verifyPassword((await repo.users.findByEmail('casey@example.test'))?.passwordHash ?? '', generated),
      ).toBe(true);
    });
  });

  test('a client login gets its client record, or is linked to an existing one with --client', async () => {
    const data = await withOwner();
    const created = await add(
      data,
      ['--email', 'chris@example.test', '--name', 'Chris Client', '--role', 'client'],
      PASSWORD,
    );
    expect(created.code).toBe(0);
    const clientId = /client record (\S+)/.exec(created.out)?.[1] ?? '';
    const walkIn = await withData(data, async ({ repo }) => {
      const [clinic] = await repo.clinics.list();
      const user = await repo.users.findByEmail('chris@example.test');
      expect(await repo.clients.findByUser(clinic?.id ?? '', user?.id ?? '')).toMatchObject({
        id: clientId,
        name: 'Chris Client',
        email: 'chris@example.test',
      });
      return repo.clients.create(clinic?.id ?? '', { name: 'Wendy Walk-in' });
    });
    const linked = await add(
      data,
      ['--email', 'wendy@example.test', '--name', 'Wendy Walk-in', '--role', 'client', '--client', walkIn.id],
      PASSWORD,
    );
    expect(linked.out).toMatch(new RegExp(`client record ${walkIn.id}`));
    const again = await add(
      data,
      ['--email', 'other@example.test', '--name', 'Other', '--role', 'client', '--client', walkIn.id],
      PASSWORD,
    );
    expect(again.err).toMatch(/already has a login; nothing was stored/);
    await withData(data, async ({ handle }) => {
      expect(await countRows(handle.db, ['users', 'clients'])).toEqual({ users: 3, clients: 2 });
    });
  });

  test.each([
    {
      args: ['--email', 'not-an-email', '--name', 'X', '--role', 'clinician'],
      message: /--email must be an e-mail address/,
    },
    { args: ['--email', 'x@example.test', '--role', 'clinician'], message: /--name is required/ },
    {
      args: ['--email', 'x@example.test', '--name', 'X', '--role', 'admin'],
      message: /--role must be one of owner, clinician, client \(got "admin"\)/,
    },
    {
      args: ['--email', 'x@example.test', '--name', 'X', '--role', 'clinician', '--clinic-name', 'New'],
      message: /--clinic-name creates a new clinic, which starts with its owner/,
    },
    {
      args: ['--email', 'x@example.test', '--name', 'X', '--role', 'clinician', '--client', 'c1'],
      message: /--client links a client record to a client login/,
    },
  ])('usage errors: $message', async ({ args, message }) => {
    const data = await withOwner();
    const { code, err } = await add(data, args, PASSWORD);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  test('with no clinic yet, only a new owner with --clinic-name can start one', async () => {
    const data = tempDir('user');
    const { code, err } = await add(
      data,
      ['--email', 'c@example.test', '--name', 'C', '--role', 'clinician'],
      PASSWORD,
    );
    expect(code).toBe(2);
    expect(err).toMatch(/no clinic yet/);
    expect((await runCli(['user', 'list', '--data', data])).err).toMatch(/has no subcommand "list"/);
  });
});
