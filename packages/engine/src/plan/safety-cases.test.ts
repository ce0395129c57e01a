// The example cases of the issue-13 screening rules, planned end to end: what a clinician would expect to see.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCaseFile, type CaseFile } from '../case-file.ts';
import { TECHNIQUES_BY_ID } from '../knowledge/index.ts';
import { screenCase } from '../screening/index.ts';
import { generatePlan } from './generate-plan.ts';
import type { Plan, TechniqueItem } from './types.ts';

const EXAMPLES = new URL('../../../../examples/cases/', import.meta.url);
const load = (name: string): CaseFile => {
  const parsed = parseCaseFile(JSON.parse(readFileSync(new URL(`${name}.json`, EXAMPLES), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
};
const plan = (name: string): Plan => generatePlan(load(name), { asOf: '2026-11-23' });

const visitTechniques = (p: Plan): TechniqueItem[] =>
  p.visit?.blocks.flatMap((b) => b.items.filter((i): i is TechniqueItem => i.kind === 'technique')) ?? [];
/** Every technique the plan offers: visit items and each phase's list, looked up in the knowledge base. */
const offered = (p: Plan) =>
  [...visitTechniques(p).map((t) => t.technique), ...p.phases.flatMap((ph) => ph.techniques)].map((id) => {
    const technique = TECHNIQUES_BY_ID.get(id);
    if (technique === undefined) throw new Error(`unknown technique ${id}`);
    return technique;
  });
const exercises = (p: Plan): string[] => [
  ...(p.visit?.blocks.flatMap((b) => b.items.flatMap((i) => (i.kind === 'exercise' ? [i.exercise] : []))) ?? []),
  ...(p.homeProgram?.exercises.map((e) => e.exercise) ?? []),
];

describe('example cases of the screening rules (issue 13)', () => {
  test('neck pain with high blood pressure, cardiovascular disease and migraine: no thrust, a CAD notice, mobilisation offered', () => {
    const p = plan('neck-cad-risk-factors');
    expect(p.referral).toBeNull();
    const techniques = offered(p);
    expect(techniques.some((t) => t.category === 'joint_manipulation')).toBe(false);
    expect(p.excluded.find((e) => e.id === 'cervical_manipulation')?.ruleIds).toContain('precaution.cad_risk_factors');
    expect(p.excluded.find((e) => e.id === 'thoracic_manipulation')?.ruleIds).toContain('precaution.cad_risk_factors');
    const notices = p.notices.filter((n) => n.ruleId.startsWith('precaution.cad'));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.rationale).toMatch(/high blood pressure.*cardiovascular disease.*migraine/);
    expect(notices[0]?.rationale).toMatch(/pre-manipulative assessment/);
    const neckMobilisation = visitTechniques(p).filter(
      (t) => t.regions.includes('cervical') && t.category === 'joint_mobilisation',
    );
    expect(neckMobilisation.length).toBeGreaterThan(0);
    for (const t of neckMobilisation) expect(t.intensity).not.toBe('firm');
  });

  test('a swollen, warm, tender calf three weeks after a hip replacement: same-day referral and no treatment', () => {
    const p = plan('calf-dvt-after-hip-replacement');
    expect(p.referral?.urgency).toBe('emergency');
    expect(p.referral?.ruleIds).toEqual(['refer.dvt']);
    expect(p.phases).toEqual([]);
    expect(p.visit).toBeNull();
    expect(p.homeProgram).toBeNull();
    expect(p.referral?.reasons).toContain('Swollen, warm, tender calf');
    const [alert] = screenCase(load('calf-dvt-after-hip-replacement')).alerts;
    expect(alert?.stopsTreatment).toBe(true);
    expect(alert?.rationale).toMatch(/medical assessment the same day/);
  });

  test('low back pain on long-term prednisolone: no deep, percussive, instrument or thrust work; pressure gentle', () => {
    const p = plan('lbp-polymyalgia-prednisolone');
    expect(p.referral).toBeNull();
    const techniques = offered(p);
    expect(techniques.length).toBeGreaterThan(0);
    for (const t of techniques) {
      expect(['deep_tissue', 'percussive', 'iastm', 'joint_manipulation']).not.toContain(t.category);
    }
    for (const t of visitTechniques(p)) expect(t.intensity).toBe('gentle');
    expect(p.excluded.find((e) => e.id === 'lumbar_manipulation')?.ruleIds).toContain(
      'precaution.corticosteroid_long_term',
    );
    expect(exercises(p).length).toBeGreaterThan(0);
  });

  test('widespread pain, fibromyalgia and PCS 34: every technique gentle, no percussive or deep tissue, exercise present', () => {
    const p = plan('widespread-fibromyalgia-sensitised');
    expect(p.referral).toBeNull();
    expect(p.restrictions.some((r) => r.ruleId === 'precaution.sensitised_widespread_pain')).toBe(true);
    const techniques = offered(p);
    expect(techniques.length).toBeGreaterThan(0);
    for (const t of techniques) expect(['deep_tissue', 'percussive']).not.toContain(t.category);
    const items = visitTechniques(p);
    expect(items.length).toBeGreaterThan(0);
    for (const t of items) expect(t.intensity).toBe('gentle');
    expect(exercises(p).length).toBeGreaterThan(0);
  });
});
