import { describe, expect, test } from 'vitest';
import { caseFacts } from './facts.ts';
import {
  ZExerciseLimitTemplate,
  ZRegionScope,
  instantiateNotice,
  instantiateRestriction,
  resolveRegions,
  type Activation,
  type RegionScope,
} from './templates.ts';
import { sketchCase } from './test-fixtures.ts';

const facts = caseFacts(
  sketchCase({ regions: ['lumbar'], painMap: ['gluteal'], surgeries: [{ region: 'hip', weeksAgo: 50 }] }),
);
const plain: Activation = { trigger: 'osteoporosis', label: 'Osteoporosis' };
const surgery: Activation = { trigger: 'surgery:knee', label: 'Surgery at the knee 3 weeks ago', site: 'knee' };

describe('resolveRegions', () => {
  test.each<{ scope: RegionScope; activation: Activation; regions: string[] | null }>([
    { scope: 'everywhere', activation: plain, regions: null },
    { scope: 'complaint', activation: plain, regions: ['lumbar', 'gluteal'] },
    { scope: 'site', activation: surgery, regions: ['knee'] },
    { scope: 'site', activation: plain, regions: ['lumbar', 'gluteal'] },
    { scope: 'site_and_neighbours', activation: surgery, regions: ['knee', 'thigh', 'calf'] },
    { scope: 'site_and_neighbours', activation: plain, regions: ['lumbar', 'gluteal'] },
    { scope: { regions: ['calf', 'thigh'] }, activation: plain, regions: ['calf', 'thigh'] },
    { scope: { surgerySitesWithin: ['hip', 'knee'] }, activation: plain, regions: ['hip'] },
    { scope: { surgerySitesWithin: ['cervical', 'lumbar'] }, activation: plain, regions: ['cervical', 'lumbar'] },
  ])('$scope for $activation.trigger → $regions', ({ scope, activation, regions }) => {
    expect(resolveRegions(scope, facts, activation)).toEqual(regions);
  });
});

describe('instantiate', () => {
  test('avoid rows carry no cap; {trigger} is filled in', () => {
    const r = instantiateRestriction(
      { action: 'avoid', categories: ['iastm'], regions: 'everywhere', rationale: 'Not with this ({trigger}).' },
      'x.y',
      'src',
      facts,
      plain,
    );
    expect(r).toEqual({
      ruleId: 'x.y',
      trigger: 'osteoporosis',
      action: 'avoid',
      categories: ['iastm'],
      regions: null,
      rationale: 'Not with this (Osteoporosis).',
      source: 'src',
    });
    expect('maxIntensity' in r).toBe(false);
  });

  test('notices are confirmations', () => {
    expect(instantiateNotice({ rationale: 'Check {trigger} first.' }, 'x.y', 'src', surgery)).toEqual({
      decision: 'confirm',
      ruleId: 'x.y',
      rationale: 'Check Surgery at the knee 3 weeks ago first.',
      inputs: { kind: 'check', trigger: 'surgery:knee', source: 'src' },
    });
  });

  test.each([
    { raw: 'somewhere', ok: false },
    { raw: 'complaint', ok: true },
    { raw: { regions: [] }, ok: false },
    { raw: { regions: ['knee'], extra: 1 }, ok: false },
  ])('region scope $raw valid: $ok', ({ raw, ok }) => {
    expect(ZRegionScope.safeParse(raw).success).toBe(ok);
  });

  test('an exercise limit must limit something', () => {
    expect(ZExerciseLimitTemplate.safeParse({ regions: 'everywhere', rationale: 'Nothing at all here.' }).success).toBe(
      false,
    );
    expect(
      ZExerciseLimitTemplate.parse({ regions: 'everywhere', maxLoad: 'light', rationale: 'Light load only.' }),
    ).toEqual({
      regions: 'everywhere',
      maxLoad: 'light',
      avoidFeatures: [],
      avoidPositions: [],
      avoidCategories: [],
      rationale: 'Light load only.',
    });
    expect(
      ZExerciseLimitTemplate.safeParse({
        regions: 'everywhere',
        maxLoad: 'high',
        rationale: 'A cap that caps nothing.',
      }).success,
    ).toBe(false);
  });
});
