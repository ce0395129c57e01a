import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCaseFile } from './case-file.ts';
import { INSTRUMENT_IDS } from './instruments/instrument.ts';
import { generatePlan } from './plan/generate-plan.ts';

const RULES = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');
const EXAMPLES = new URL('../../../examples/cases/', import.meta.url);

/** Every ruleId a plan carries, anywhere in it. */
function ruleIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) ruleIds(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'ruleId' && typeof v === 'string') out.add(v);
      else if (key === 'ruleIds' && Array.isArray(v)) for (const id of v) out.add(String(id));
      else ruleIds(v, out);
    }
  }
  return out;
}

describe('docs/rules.md catalogues every rule the engine uses', () => {
  test.each(INSTRUMENT_IDS.map((id) => `score.${id}`))('%s', (id) => {
    expect(RULES).toContain(id);
  });

  const planIds = new Set<string>();
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.json'))) {
    const parsed = parseCaseFile(JSON.parse(readFileSync(new URL(file, EXAMPLES), 'utf8')));
    if (parsed.ok) ruleIds(generatePlan(parsed.value, { asOf: '2026-11-23' }), planIds);
  }
  test.each([...planIds].sort())('%s (used in generated plans)', (id) => {
    expect(RULES).toContain(`\`${id}\``);
  });

  const PROGRESSION = new URL('./progression/', import.meta.url);
  const progressionIds = new Set<string>();
  for (const file of readdirSync(PROGRESSION).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const m of readFileSync(new URL(file, PROGRESSION), 'utf8').matchAll(
      /'((?:progress|episode|goal)\.[a-z_]+)'/g,
    ))
      progressionIds.add(m[1] ?? '');
  }
  test('the progression rules are found in the code', () => {
    expect(progressionIds.size).toBeGreaterThanOrEqual(20);
  });
  test.each([...progressionIds].sort())('%s (progression)', (id) => {
    expect(RULES).toContain(`\`${id}\``);
  });
});
