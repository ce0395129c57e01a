import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The real lint configuration, applied to probe sources placed (virtually) in each package.
const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
const probe = async (file: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.message);
};

describe('package boundaries are enforced by the lint', () => {
  test.each([
    {
      code: "import { main } from '@tandem/server';\nexport const x = main;\n",
      message: /imports nothing from server or web/,
    },
    { code: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", message: /pure: no I\/O/ },
    { code: 'export const now = (): number => Date.now();\n', message: /no clock/ },
    { code: 'export const today = (): Date => new Date();\n', message: /no clock/ },
    { code: 'export const roll = (): number => Math.random();\n', message: /deterministic/ },
  ])('engine: $code', async ({ code, message }) => {
    expect((await probe('packages/engine/src/result.ts', code)).join('\n')).toMatch(message);
  });

  test('the same code is allowed in the server', async () => {
    expect(
      (
        await probe(
          'packages/server/src/index.ts',
          "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
        )
      ).join('\n'),
    ).not.toMatch(/pure: no I\/O/);
  });

  test('a clock with an explicit time is fine in the engine', async () => {
    expect(
      await probe('packages/engine/src/result.ts', "export const d = new Date('2026-01-01T00:00:00Z');\n"),
    ).toEqual([]);
  });
});
