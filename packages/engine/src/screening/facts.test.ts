import { describe, expect, test } from 'vitest';
import { caseFacts, present } from './facts.ts';
import { sketchCase } from './test-fixtures.ts';

describe('caseFacts', () => {
  test.each([
    { name: 'complaint only', regions: ['shoulder'], painMap: [], complaint: ['shoulder'], spinal: false },
    {
      name: 'pain map adds regions, without repeats',
      regions: ['shoulder'],
      painMap: ['shoulder', 'cervical'],
      complaint: ['shoulder', 'cervical'],
      spinal: true,
    },
    { name: 'pelvis counts as spine', regions: ['pelvis'], painMap: [], complaint: ['pelvis'], spinal: true },
    { name: 'hip does not', regions: ['hip', 'knee'], painMap: [], complaint: ['hip', 'knee'], spinal: false },
  ] as const)('$name', ({ regions, painMap, complaint, spinal }) => {
    const facts = caseFacts(sketchCase({ regions, painMap }));
    expect(facts.complaintRegions).toEqual(complaint);
    expect(facts.spinalComplaint).toBe(spinal);
  });

  test('history becomes sets and surgeries keep their kind', () => {
    const facts = caseFacts(
      sketchCase({
        age: 63,
        conditions: ['osteoporosis'],
        medications: ['nsaid'],
        redFlags: ['fever'],
        pregnant: true,
        surgeries: [{ region: 'hip', weeksAgo: 8, kind: 'replacement' }],
      }),
    );
    expect(facts).toMatchObject({
      age: 63,
      pregnant: true,
      surgeries: [{ region: 'hip', weeksAgo: 8, kind: 'replacement' }],
    });
    expect(facts.conditions.has('osteoporosis')).toBe(true);
    expect(facts.medications.has('nsaid')).toBe(true);
    expect(facts.redFlags.has('fever')).toBe(true);
  });

  test('present keeps the order of the id list', () => {
    expect(present(new Set(['b', 'a', 'z']), ['a', 'b', 'c'])).toEqual(['a', 'b']);
  });
});
