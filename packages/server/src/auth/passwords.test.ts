import { describe, expect, test } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

describe('passwords', () => {
  test('argon2id with the OWASP parameters, salted, verifying only the right password', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
    expect(await verifyPassword(first, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(first, 'correct horse batterz')).toBe(false);
  });

  test('a malformed stored hash is a mismatch', async () => {
    expect(await verifyPassword('not-a-hash', 'whatever it is')).toBe(false);
  });

  test.each([
    ['short', /at least 12 characters \(got 5\)/],
    ['            ', /only spaces/],
    ['x'.repeat(1025), /at most 1024/],
  ])('refuses %#', (password, message) => {
    expect(passwordProblem(password)).toMatch(message);
  });

  test('accepts a long passphrase, counting characters rather than bytes', () => {
    expect(passwordProblem('correct horse battery')).toBeNull();
    expect(passwordProblem('ééééééééééé')).toMatch(/got 11/);
  });
});
