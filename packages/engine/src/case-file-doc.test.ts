// docs/case-file.md documents the schema: its example parses, and it names every field the schema has.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { parseCaseFile, ZCaseFile, ZFmsRecord } from './case-file.ts';

const DOC = readFileSync(new URL('../../../docs/case-file.md', import.meta.url), 'utf8');

/** Dotted paths of the schema's fields through nested objects; list items and the FMS record are named by the doc's tables. */
function fieldPaths(schema: z.ZodType, prefix: string): string[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault)
    return fieldPaths(schema.unwrap() as z.ZodType, prefix);
  if (!(schema instanceof z.ZodObject) || schema === ZFmsRecord) return [prefix];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
    fieldPaths(field, prefix ? `${prefix}.${key}` : key),
  );
}

describe('docs/case-file.md', () => {
  test('its example is a valid case file', () => {
    const example = /```json\n([\s\S]*?)```/.exec(DOC)?.[1];
    expect(example).toBeDefined();
    const parsed = parseCaseFile(JSON.parse(example!));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  test.each(fieldPaths(ZCaseFile, ''))('names %s', (path) => {
    expect(DOC).toContain(`\`${path}\``);
  });
});
