// The example cases of the issue-13 screening rules, planned end to end: what a clinician would expect to see.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCaseFile, type CaseFile } from '../case-file.ts';
import { addDays } from '../dates.ts';
import { EXERCISES_BY_ID, TECHNIQUES_BY_ID } from '../knowledge/index.ts';
import { prescriptionFromDose } from '../progression/from-plan.ts';
import { parseHistory } from '../progression/history.ts';
import { progress } from '../progression/progress.ts';
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

  test('four weeks after a knee replacement: quad sets, straight-leg raise and heel slides now, loading as healing allows', () => {
    const p = plan('knee-replacement-four-weeks');
    const now = exercises(p);
    for (const id of ['quad_set', 'straight_leg_raise', 'heel_slide']) expect(now).toContain(id);
    for (const id of ['lateral_step_down', 'bodyweight_squat', 'reverse_lunge']) {
      expect(now).not.toContain(id);
      expect(p.excluded.find((e) => e.id === id)?.ruleIds).toContain('precaution.surgery_recent');
    }
    // No pressure work near the scar yet; gentle joint oscillation and lymphatic drainage are the hands-on work.
    for (const t of visitTechniques(p)) expect(['joint_mobilisation', 'lymphatic']).toContain(t.category);
    const [restore, load, maintain] = p.phases;
    expect(restore?.limitsChange).toBeNull();
    // Week 5 is 8 weeks after the operation: moderate load at the knee; week 9 is 12 weeks: any load, no impact.
    expect(load?.limitsChange?.rationale).toMatch(/Knee: at most moderate load/);
    expect(load?.exercises).toEqual(expect.arrayContaining(['straight_leg_raise', 'mini_squat']));
    expect(maintain?.exerciseLimits.some((l) => l.ruleId === 'precaution.surgery_remodelling')).toBe(true);
    expect(maintain?.exercises.some((id) => ['sit_to_stand', 'goblet_squat', 'spanish_squat'].includes(id))).toBe(true);
    expect(p.notices.some((n) => /surgeon/.test(n.rationale))).toBe(true);
  });

  test('24 weeks pregnant with low back pain: side-lying hands-on work, no lying flat, no swings, the warning signs', () => {
    const p = plan('pregnancy-low-back-24-weeks');
    const manual = visitTechniques(p);
    expect(manual.length).toBeGreaterThan(0);
    for (const t of manual) {
      expect(t.position?.decision).toMatch(/^(side_lying|seated)$/);
      expect(['deep_tissue', 'percussive', 'joint_manipulation']).not.toContain(t.category);
    }
    const now = exercises(p);
    for (const id of ['kettlebell_swing', 'glute_bridge', 'dead_bug']) expect(now).not.toContain(id);
    expect(p.phases.flatMap((ph) => ph.exercises)).not.toContain('kettlebell_swing');
    const swapped = p.visit?.blocks.flatMap((b) => b.items).filter((i) => i.ruleId === 'plan.safe_alternative') ?? [];
    expect(swapped.length).toBeGreaterThan(0);
    const signs = p.notices.find((n) => /seek care/.test(n.rationale))?.rationale ?? '';
    for (const sign of ['bleeding', 'contractions', 'fluid', 'calf', 'chest pain']) expect(signs).toContain(sign);
    expect(p.education.map((e) => e.topic)).toContain('exercise_in_pregnancy');
  });

  test('82 years old with a stick and a fall last year: supported balance and sit-to-stand, no lunges or one-leg work', () => {
    const p = plan('hip-oa-older-adult-fall-risk');
    const home = p.homeProgram?.exercises.map((e) => e.exercise) ?? [];
    expect(home.some((id) => id.startsWith('supported_'))).toBe(true);
    expect(exercises(p).some((id) => id === 'sit_to_stand' || id === 'supported_knee_bend')).toBe(true);
    for (const id of [...exercises(p), ...p.phases.flatMap((ph) => ph.exercises)]) {
      const features = EXERCISES_BY_ID.get(id)?.load.features ?? [];
      for (const f of ['single_leg_balance', 'lunge', 'ballistic', 'impact', 'floor_transfer'] as const)
        expect(features, id).not.toContain(f);
    }
    expect(p.education.map((e) => e.topic)).toContain('falls_prevention');
    expect(p.notices.find((n) => n.ruleId === 'precaution.fall_risk')?.rationale).toMatch(/medicines.*footwear.*home/);
  });
});

test('a program given at 16 weeks of pregnancy swaps lying-on-the-back work once she reaches 20 weeks', () => {
  const caseFile = load('pregnancy-low-back-24-weeks');
  const at16 = { ...caseFile, history: { ...caseFile.history, pregnancyWeeks: 16 } };
  const history = parseHistory({
    start: '2026-11-02',
    phases: [{ phase: 'restore', start: '2026-11-02' }],
    baseline: { painAtRest: 2 },
    case: at16,
    prescription: [prescriptionFromDose('glute_bridge', EXERCISES_BY_ID.get('glute_bridge')!.dosage.restore!)],
    entries: [0, 14, 28].map((day) => ({
      date: addDays('2026-11-02', day),
      source: 'home' as const,
      exercises: [{ exercise: 'glute_bridge', done: { sets: 1, reps: 5 }, painDuring: 1 }],
    })),
  });
  if (!history.ok) throw new Error(JSON.stringify(history.problems));
  const report = progress(history.value);
  if (!report.ok) throw new Error(JSON.stringify(report.problems));
  const swap = report.value.events.find((e) => e.ruleId === 'progress.safety_swap');
  expect(swap?.date).toBe('2026-11-30');
  expect(report.value.prescription.map((p) => p.exercise)).not.toContain('glute_bridge');
  expect(swap?.rationale).toMatch(/Glute bridge|bridge/i);
});
