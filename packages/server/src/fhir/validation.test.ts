import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, test } from 'vitest';
import { bindingErrors, structureIssues } from './validation.ts';

const observation: Observation = {
  resourceType: 'Observation',
  id: 'x',
  status: 'final',
  code: { text: 'pain' },
  subject: { reference: 'Patient/p' },
  effectiveDateTime: '2026-11-02',
  valueQuantity: { value: 4, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' },
};

describe('the validation helper catches what the tests rely on it to catch', () => {
  test('a good resource passes both checks', async () => {
    expect(await structureIssues(observation)).toEqual([]);
    expect(await bindingErrors(observation)).toEqual([]);
  });

  test('structure: a missing required element, a bad date, an unknown property', async () => {
    const bad = {
      ...observation,
      status: undefined,
      effectiveDateTime: '2026-13-40',
      colour: 'blue',
    } as unknown as Observation;
    const expressions = (await structureIssues(bad)).flatMap((i) => i.expression ?? []);
    expect(expressions).toEqual(
      expect.arrayContaining(['Observation.status', 'Observation.effective[x]', 'Observation.colour']),
    );
  });

  test('bindings: a status outside its required value set', async () => {
    const bad = { ...observation, status: 'done' } as unknown as Observation;
    expect((await bindingErrors(bad)).join()).toMatch(/Observation\.status.*done/);
  });
});
