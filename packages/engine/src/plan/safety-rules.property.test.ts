// Over generated cases, no technique a plan offers breaks the screen, and in particular the issue-13 rules: CAD risk
// factors (no neck or upper-back thrust), long-term corticosteroids, sensitised widespread pain (gentle only).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCaseFile, type CaseFileInput } from '../case-file.ts';
import { TECHNIQUES_BY_ID } from '../knowledge/index.ts';
import { checkTechnique, screenCase, type ScreeningResult } from '../screening/index.ts';
import { arbitraryCase } from '../testing/cases.ts';
import type { Intensity, Region, TechniqueCategory } from '../vocabulary/index.ts';
import { generatePlan } from './generate-plan.ts';
import type { Plan } from './types.ts';

type Scenario = 'cad' | 'steroid' | 'sensitised' | 'as_generated';

/** A generated case with one of the rules' triggers added (or none). */
const arbScenario: fc.Arbitrary<{ scenario: Scenario; input: CaseFileInput }> = fc
  .record({
    scenario: fc.constantFrom<Scenario>('cad', 'steroid', 'sensitised', 'as_generated'),
    input: arbitraryCase(),
  })
  .map(({ scenario, input }) => {
    const history = input.history ?? {};
    const add = <T>(list: readonly T[] | undefined, ...items: T[]): T[] => [...new Set([...(list ?? []), ...items])];
    switch (scenario) {
      case 'cad':
        return {
          scenario,
          input: { ...input, history: { ...history, conditions: add(history.conditions, 'smoker', 'migraine') } },
        };
      case 'steroid':
        return {
          scenario,
          input: {
            ...input,
            history: { ...history, medications: add(history.medications, 'corticosteroid_long_term') },
          },
        };
      case 'sensitised':
        return {
          scenario,
          input: {
            ...input,
            history: { ...history, conditions: add(history.conditions, 'fibromyalgia') },
            findings: { ...input.findings, movement: add(input.findings?.movement, 'widespread_tenderness') },
          },
        };
      case 'as_generated':
        return { scenario, input };
    }
  });

interface Offered {
  category: TechniqueCategory;
  /** The intensity the plan gives it (a visit item), or null when only its id is listed. */
  intensity: Intensity | null;
  natural: Intensity;
  regions: readonly Region[];
}

/** Every technique the plan offers at its start: visit blocks and treatment blocks. */
function offered(plan: Plan): Offered[] {
  const byId = (id: string, intensity: Intensity | null): Offered => {
    const t = TECHNIQUES_BY_ID.get(id);
    if (t === undefined) throw new Error(`unknown technique ${id}`);
    return { category: t.category, intensity, natural: t.intensity, regions: t.regions };
  };
  return [
    ...(plan.visit?.blocks.flatMap((b) =>
      b.items.flatMap((i) => (i.kind === 'technique' ? [byId(i.technique, i.intensity)] : [])),
    ) ?? []),
    ...plan.treatmentBlocks.flatMap((b) => (b.technique === null ? [] : [byId(b.technique, null)])),
  ];
}

const listed = (id: string): Offered => {
  const t = TECHNIQUES_BY_ID.get(id);
  if (t === undefined) throw new Error(`unknown technique ${id}`);
  return { category: t.category, intensity: null, natural: t.intensity, regions: t.regions };
};

function assertSafe(screening: ScreeningResult, scenario: Scenario, items: readonly Offered[]): void {
  for (const item of items) {
    const check = checkTechnique(screening, { ...item, intensity: item.intensity ?? item.natural });
    expect(check.decision).not.toBe('avoid');
    if (item.intensity !== null) expect(check.decision).toBe('allow');
    if (scenario === 'cad' && item.category === 'joint_manipulation') {
      expect(item.regions.some((r) => r === 'cervical' || r === 'thoracic' || r === 'widespread')).toBe(false);
    }
    if (scenario === 'steroid') {
      expect(['joint_manipulation', 'deep_tissue', 'iastm', 'percussive']).not.toContain(item.category);
    }
    if (scenario === 'sensitised') {
      expect(['percussive', 'deep_tissue']).not.toContain(item.category);
      if (item.intensity !== null) expect(item.intensity).toBe('gentle');
    }
  }
}

describe('generatePlan honours the screening rules', () => {
  test('no plan technique item violates the screen, over generated cases with and without the new triggers', () => {
    fc.assert(
      fc.property(arbScenario, ({ scenario, input }) => {
        const parsed = parseCaseFile(input);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const plan = generatePlan(parsed.value, { asOf: '2026-11-23' });
        assertSafe(screenCase(parsed.value), scenario, offered(plan));
        // Each phase is screened on the date it starts (healing moves on).
        for (const phase of plan.phases)
          assertSafe(
            screenCase(parsed.value, { weeksLater: phase.startWeek - 1 }),
            scenario,
            phase.techniques.map(listed),
          );
      }),
      { numRuns: 200 },
    );
  });
});
