// The repository stands alone: no text file reads or cites a folder beside it (a clone has none) or sections of a
// document that is not in the repository. The walk skips what git ignores (dependencies, builds, local data), so the
// test also runs in an unpacked `git archive`, which has no .git to ask.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = new URL('..', import.meta.url).pathname;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'coverage']);
const SKIPPED_PATHS = new Set(['data', 'bench/.data', 'e2e/screenshots']);

// Built from parts, so this file does not match itself.
const SHARED = 'shared';
const FORBIDDEN = [
  `../${SHARED}`,
  `${SHARED}/cases`,
  `${SHARED}/clinical`,
  `${SHARED}/seeds`,
  ['REFERENCE', '§'].join(' '),
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (!entry.isDirectory()) return entry.isFile() ? [path] : [];
    return SKIPPED_DIRS.has(entry.name) || SKIPPED_PATHS.has(relative(ROOT, path)) ? [] : files(path);
  });
}

/** `file:line: pattern` for every forbidden pattern in a text file (a file with a NUL byte is binary and skipped). */
function findings(path: string): string[] {
  const bytes = readFileSync(path);
  if (bytes.includes(0)) return [];
  return bytes
    .toString('utf8')
    .split('\n')
    .flatMap((line, i) =>
      FORBIDDEN.filter((pattern) => line.includes(pattern)).map(
        (pattern) => `${relative(ROOT, path)}:${i + 1}: ${pattern}`,
      ),
    );
}

test('no file reads or cites anything outside the repository', () => {
  const all = files(ROOT);
  expect(all.length).toBeGreaterThan(100);
  expect(all.flatMap(findings)).toEqual([]);
});
