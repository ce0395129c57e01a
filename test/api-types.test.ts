// The web app's API types are generated from the server's OpenAPI document; this fails when a route changed and
// `npm run api-types` was not run, so the web app is always type-checked against the routes as they are.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../scripts/api-types.ts';

test('packages/web/src/api/schema.gen.ts matches the server routes (run `npm run api-types` if not)', async () => {
  expect(readFileSync(API_TYPES_FILE, 'utf8') === (await generateApiTypes())).toBe(true);
});
