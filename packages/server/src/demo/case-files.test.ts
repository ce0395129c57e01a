import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DEMO_CASE_IDS, EXAMPLE_CASES, loadDemoCases, readExampleCase } from './case-files.ts';

describe("the demo clinic's cases", () => {
  test.each(DEMO_CASE_IDS)('%s is an example case file that carries its own id', (id) => {
    expect(existsSync(new URL(`${id}.json`, EXAMPLE_CASES))).toBe(true);
    expect(readExampleCase(id).id).toBe(id);
  });

  test('are listed once each and load in the listed order', () => {
    expect(new Set(DEMO_CASE_IDS).size).toBe(DEMO_CASE_IDS.length);
    expect(loadDemoCases().map((c) => c.id)).toEqual(DEMO_CASE_IDS);
  });
});
