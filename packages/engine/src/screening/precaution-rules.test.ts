import { describe, expect, test } from 'vitest';
import { CAD_RISK_FACTORS } from './cad-risk-factors.ts';
import { MASSAGE_TECHNIQUES } from './groups.ts';
import {
  DEFAULT_PRECAUTION_RULES,
  ZPrecautionRules,
  describeTrigger,
  parsePrecautionRules,
  type PrecautionRule,
  type PrecautionTrigger,
} from './precaution-rules.ts';
import { screenCase } from './screen.ts';
import { SOURCES } from './sources.ts';
import { checkExercise, checkTechnique } from './technique-check.ts';
import { sketchCase, type CaseSketch } from './test-fixtures.ts';

/** A sketch with the first `n` cervical arterial risk factors of the table, each by its first history item. */
function sketchWithFactors(n: number): CaseSketch {
  const factors = CAD_RISK_FACTORS.slice(0, n);
  return {
    conditions: factors.flatMap((f) => f.conditions?.slice(0, 1) ?? []),
    medications: factors.flatMap((f) => (f.conditions ? [] : (f.medications?.slice(0, 1) ?? []))),
    redFlags: factors.flatMap((f) => (f.conditions || f.medications ? [] : (f.redFlags?.slice(0, 1) ?? []))),
  };
}

/** A case that makes exactly this trigger hold (for a surgery: one knee operation inside the window). */
function sketchFor(trigger: PrecautionTrigger): CaseSketch {
  switch (trigger.kind) {
    case 'condition':
      return { conditions: [trigger.id] };
    case 'medication':
      return { medications: [trigger.id] };
    case 'red_flag':
      return { redFlags: [trigger.id] };
    case 'pregnant':
      return { pregnant: true };
    case 'min_age':
      return { age: trigger.years };
    case 'cad_risk_factors':
      return { ...sketchWithFactors(trigger.min), regions: [trigger.complaintIn?.[0] ?? 'lumbar'] };
    case 'sensitised_widespread_pain':
      return { painMap: ['widespread'], movement: ['widespread_tenderness'] };
    case 'surgery':
      return {
        surgeries: [
          {
            region: 'knee',
            weeksAgo: trigger.minWeeks ?? 0,
            ...(trigger.kinds ? { kind: `total ${trigger.kinds[0] ?? ''}` } : {}),
          },
        ],
      };
  }
}

const screen = (sketch: CaseSketch, rules?: readonly PrecautionRule[]) =>
  screenCase(sketchCase(sketch), rules === undefined ? {} : { precautionRules: rules });

describe('precaution table', () => {
  test('the default table is valid against its own schema, with unique ids', () => {
    const parsed = ZPrecautionRules.safeParse(DEFAULT_PRECAUTION_RULES);
    expect(parsed.success).toBe(true);
    for (const rule of DEFAULT_PRECAUTION_RULES) expect(rule.id).toMatch(/^precaution\.[a-z0-9_]+$/);
  });

  test.each(DEFAULT_PRECAUTION_RULES.map((rule) => ({ id: rule.id, rule })))(
    '$id produces its restrictions, limits and notices',
    ({ rule }) => {
      const result = screen(sketchFor(rule.trigger));
      const restrictions = result.restrictions.filter((r) => r.ruleId === rule.id);
      expect(restrictions.map((r) => [r.action, r.categories, r.maxIntensity])).toEqual(
        rule.restrictions.map((t) => [t.action, [...t.categories], t.action === 'modify' ? t.maxIntensity : undefined]),
      );
      for (const r of restrictions) {
        expect(r.source).toBe(rule.source);
        expect(r.rationale).not.toContain('{trigger}');
        expect(r.regions === null || r.regions.length > 0).toBe(true);
      }
      expect(result.exerciseLimits.filter((l) => l.ruleId === rule.id)).toHaveLength(rule.exerciseLimits.length);
      const notices = result.notices.filter((n) => n.ruleId === rule.id);
      const massage = rule.restrictions.some((t) => t.categories.some((c) => MASSAGE_TECHNIQUES.includes(c)));
      expect(notices).toHaveLength(rule.notices.length + (massage ? 1 : 0));
      for (const n of notices) expect(n.decision).toBe('confirm');
    },
  );

  test.each(DEFAULT_PRECAUTION_RULES.map((rule) => ({ id: rule.id, rule })))(
    '$id cites its published sources',
    ({ rule }) => {
      const published = Object.entries(SOURCES).filter(([key]) => key !== 'policy');
      expect(published.some(([, citation]) => rule.source.includes(citation))).toBe(true);
      expect(describeTrigger(rule.trigger).length).toBeGreaterThan(3);
    },
  );

  test('nothing fires for a healthy 40-year-old', () => {
    const result = screen({});
    expect(result).toEqual({ referral: null, alerts: [], restrictions: [], exerciseLimits: [], notices: [] });
  });

  type T = Parameters<typeof checkTechnique>[1];
  test.each<{ name: string; sketch: CaseSketch; technique: T; decision: string; intensity?: string; rule?: string }>([
    // Fragile bone.
    {
      name: 'osteoporosis: no lumbar thrust',
      sketch: { conditions: ['osteoporosis'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['lumbar'] },
      decision: 'avoid',
      rule: 'precaution.osteoporosis',
    },
    {
      name: 'osteoporosis: mobilisation gentle',
      sketch: { conditions: ['osteoporosis'] },
      technique: { category: 'joint_mobilisation', intensity: 'firm', regions: ['thoracic'] },
      decision: 'modify',
      intensity: 'gentle',
    },
    {
      name: 'osteopenia: deep tissue moderate',
      sketch: { conditions: ['osteopenia'] },
      technique: { category: 'deep_tissue', intensity: 'firm', regions: ['thigh'] },
      decision: 'modify',
      intensity: 'moderate',
    },
    {
      name: 'osteoporosis: soft tissue untouched',
      sketch: { conditions: ['osteoporosis'] },
      technique: { category: 'soft_tissue', intensity: 'firm', regions: ['lumbar'] },
      decision: 'allow',
    },
    {
      name: 'steroids: like osteoporosis',
      sketch: { medications: ['corticosteroid_long_term'] },
      technique: { category: 'joint_manipulation', intensity: 'moderate', regions: ['cervical'] },
      decision: 'avoid',
      rule: 'precaution.corticosteroid_long_term',
    },
    // Bleeding.
    {
      name: 'anticoagulant: no neck thrust',
      sketch: { medications: ['anticoagulant'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'avoid',
    },
    {
      name: 'anticoagulant: no IASTM',
      sketch: { medications: ['anticoagulant'] },
      technique: { category: 'iastm', intensity: 'gentle', regions: ['forearm'] },
      decision: 'avoid',
    },
    {
      name: 'antiplatelet: soft tissue gentle',
      sketch: { medications: ['antiplatelet'] },
      technique: { category: 'soft_tissue', intensity: 'moderate', regions: ['shoulder'] },
      decision: 'modify',
      intensity: 'gentle',
    },
    {
      name: 'bleeding disorder: no percussive',
      sketch: { conditions: ['bleeding_disorder'] },
      technique: { category: 'percussive', intensity: 'gentle', regions: ['thigh'] },
      decision: 'avoid',
    },
    // DVT.
    {
      name: 'dvt: nothing on the calf',
      sketch: { conditions: ['dvt'] },
      technique: { category: 'lymphatic', intensity: 'gentle', regions: ['calf'] },
      decision: 'avoid',
    },
    {
      name: 'dvt: the shoulder is fine',
      sketch: { conditions: ['dvt'], regions: ['shoulder'] },
      technique: { category: 'soft_tissue', intensity: 'firm', regions: ['shoulder'] },
      decision: 'allow',
    },
    // Surgery windows.
    {
      name: 'knee surgery 3 weeks: no massage on the thigh',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      technique: { category: 'soft_tissue', intensity: 'gentle', regions: ['thigh'] },
      decision: 'avoid',
      rule: 'precaution.surgery_recent',
    },
    {
      name: 'knee surgery 5.9 weeks: still recent',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 5.9 }] },
      technique: { category: 'trigger_point', intensity: 'gentle', regions: ['knee'] },
      decision: 'avoid',
    },
    {
      name: 'knee surgery 3 weeks: joint mobilisation gentle',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      technique: { category: 'joint_mobilisation', intensity: 'moderate', regions: ['knee'] },
      decision: 'modify',
      intensity: 'gentle',
    },
    {
      name: 'knee surgery 3 weeks: the hip is fine',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      technique: { category: 'deep_tissue', intensity: 'firm', regions: ['hip'] },
      decision: 'allow',
    },
    {
      name: 'knee surgery 6 weeks: healing, gentle',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 6 }] },
      technique: { category: 'soft_tissue', intensity: 'moderate', regions: ['calf'] },
      decision: 'modify',
      intensity: 'gentle',
      rule: 'precaution.surgery_healing',
    },
    {
      name: 'knee surgery 10 weeks: no thrust',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 10 }] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['knee'] },
      decision: 'avoid',
    },
    {
      name: 'knee surgery 12 weeks: nothing left',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 12 }] },
      technique: { category: 'deep_tissue', intensity: 'firm', regions: ['knee'] },
      decision: 'allow',
    },
    {
      name: 'knee replacement 30 weeks: no thrust at the knee',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 30, kind: 'Total knee replacement' }] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['knee'] },
      decision: 'avoid',
      rule: 'precaution.surgery_hardware',
    },
    {
      name: 'knee replacement 30 weeks: thrust at the hip allowed',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 30, kind: 'Total knee replacement' }] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['hip'] },
      decision: 'allow',
    },
    {
      name: 'spinal fusion, level unknown: no thrust anywhere on the spine',
      sketch: { conditions: ['spinal_fusion'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'avoid',
      rule: 'precaution.spinal_fusion',
    },
    {
      name: 'spinal fusion at lumbar: neck thrust allowed',
      sketch: { conditions: ['spinal_fusion'], surgeries: [{ region: 'lumbar', weeksAgo: 100 }] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'allow',
    },
    {
      name: 'joint replacement at the hip: no hip thrust',
      sketch: { conditions: ['joint_replacement'], surgeries: [{ region: 'hip', weeksAgo: 100 }] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['hip'] },
      decision: 'avoid',
    },
    {
      name: 'joint replacement at the hip: knee thrust allowed',
      sketch: { conditions: ['joint_replacement'], surgeries: [{ region: 'hip', weeksAgo: 100 }] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['knee'] },
      decision: 'allow',
    },
    // Pregnancy.
    {
      name: 'pregnancy: no deep tissue on the calf',
      sketch: { pregnant: true },
      technique: { category: 'deep_tissue', intensity: 'moderate', regions: ['calf'] },
      decision: 'avoid',
      rule: 'precaution.pregnancy',
    },
    {
      name: 'pregnancy: deep tissue on the upper back allowed',
      sketch: { pregnant: true },
      technique: { category: 'deep_tissue', intensity: 'firm', regions: ['thoracic'] },
      decision: 'allow',
    },
    {
      name: 'pregnancy: no percussive anywhere',
      sketch: { pregnant: true },
      technique: { category: 'percussive', intensity: 'gentle', regions: ['shoulder'] },
      decision: 'avoid',
    },
    {
      name: 'pregnancy: no pelvic thrust',
      sketch: { pregnant: true },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['pelvis'] },
      decision: 'avoid',
    },
    {
      name: 'pre-eclampsia: no massage',
      sketch: { conditions: ['pre_eclampsia'] },
      technique: { category: 'lymphatic', intensity: 'gentle', regions: ['foot'] },
      decision: 'avoid',
    },
    // Inflammation and infection.
    {
      name: 'acute inflammation: no mobilisation at the complaint',
      sketch: { conditions: ['acute_inflammation'], regions: ['knee'] },
      technique: { category: 'joint_mobilisation', intensity: 'gentle', regions: ['knee'] },
      decision: 'avoid',
    },
    {
      name: 'acute inflammation: gentle elsewhere',
      sketch: { conditions: ['acute_inflammation'], regions: ['knee'] },
      technique: { category: 'soft_tissue', intensity: 'moderate', regions: ['lumbar'] },
      decision: 'modify',
      intensity: 'gentle',
    },
    {
      name: 'RA flare: pain-map region counts as complaint',
      sketch: { conditions: ['inflammatory_arthritis_flare'], regions: ['hand'], painMap: ['wrist'] },
      technique: { category: 'soft_tissue', intensity: 'gentle', regions: ['wrist'] },
      decision: 'avoid',
    },
    {
      name: 'spinal infection: nothing on the spine',
      sketch: { conditions: ['spinal_infection'] },
      technique: { category: 'neural_mobilisation', intensity: 'gentle', regions: ['thoracic'] },
      decision: 'avoid',
    },
    {
      name: 'spinal infection: the knee is fine',
      sketch: { conditions: ['spinal_infection'] },
      technique: { category: 'soft_tissue', intensity: 'firm', regions: ['knee'] },
      decision: 'allow',
    },
    // Cancer.
    {
      name: 'active cancer: no deep tissue',
      sketch: { conditions: ['cancer_active'] },
      technique: { category: 'deep_tissue', intensity: 'gentle', regions: ['shoulder'] },
      decision: 'avoid',
      rule: 'precaution.cancer_active',
    },
    {
      name: 'bone metastases: soft tissue gentle',
      sketch: { conditions: ['bone_metastases'] },
      technique: { category: 'soft_tissue', intensity: 'firm', regions: ['shoulder'] },
      decision: 'modify',
      intensity: 'gentle',
    },
    {
      name: 'lymphoedema: no IASTM on the arm',
      sketch: { conditions: ['lymphoedema'] },
      technique: { category: 'iastm', intensity: 'gentle', regions: ['upper_arm'] },
      decision: 'avoid',
    },
    {
      name: 'lymphoedema: lymphatic drainage allowed',
      sketch: { conditions: ['lymphoedema'] },
      technique: { category: 'lymphatic', intensity: 'gentle', regions: ['upper_arm'] },
      decision: 'allow',
    },
    // Cardiovascular.
    {
      name: 'uncontrolled BP: no firm work',
      sketch: { conditions: ['uncontrolled_hypertension'] },
      technique: { category: 'soft_tissue', intensity: 'firm', regions: ['lumbar'] },
      decision: 'modify',
      intensity: 'moderate',
    },
    {
      name: 'aneurysm: no deep abdominal pressure',
      sketch: { conditions: ['aortic_aneurysm'] },
      technique: { category: 'myofascial_release', intensity: 'gentle', regions: ['abdomen'] },
      decision: 'avoid',
    },
    {
      name: 'aneurysm: no lumbar thrust',
      sketch: { conditions: ['aortic_aneurysm'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['lumbar'] },
      decision: 'avoid',
    },
    {
      name: 'recent stroke: no neck thrust',
      sketch: { conditions: ['recent_stroke_or_tia'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'avoid',
    },
    {
      name: 'recent stroke: neck soft tissue moderate',
      sketch: { conditions: ['recent_stroke_or_tia'] },
      technique: { category: 'soft_tissue', intensity: 'firm', regions: ['cervical'] },
      decision: 'modify',
      intensity: 'moderate',
    },
    // Skin, sensation, laxity, veins, age.
    {
      name: 'fragile skin: no IASTM',
      sketch: { conditions: ['fragile_skin'] },
      technique: { category: 'iastm', intensity: 'gentle', regions: ['calf'] },
      decision: 'avoid',
    },
    {
      name: 'open wound: myofascial gentle',
      sketch: { conditions: ['open_wound'] },
      technique: { category: 'myofascial_release', intensity: 'firm', regions: ['calf'] },
      decision: 'modify',
      intensity: 'gentle',
    },
    {
      name: 'neuropathy: no percussive on the foot',
      sketch: { conditions: ['peripheral_neuropathy'] },
      technique: { category: 'percussive', intensity: 'gentle', regions: ['foot'] },
      decision: 'avoid',
    },
    {
      name: 'diabetes: pressure moderate',
      sketch: { conditions: ['diabetes'] },
      technique: { category: 'trigger_point', intensity: 'firm', regions: ['gluteal'] },
      decision: 'modify',
      intensity: 'moderate',
    },
    {
      name: 'hypermobility: no thrust',
      sketch: { conditions: ['hypermobility_syndrome'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['thoracic'] },
      decision: 'avoid',
    },
    {
      name: 'connective tissue disorder: mobilisation gentle',
      sketch: { conditions: ['connective_tissue_disorder'] },
      technique: { category: 'mobilisation_with_movement', intensity: 'moderate', regions: ['ankle'] },
      decision: 'modify',
      intensity: 'gentle',
    },
    {
      name: 'RA: no neck thrust',
      sketch: { conditions: ['rheumatoid_arthritis'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'avoid',
      rule: 'precaution.rheumatoid_arthritis',
    },
    {
      name: 'RA: thoracic thrust allowed',
      sketch: { conditions: ['rheumatoid_arthritis'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['thoracic'] },
      decision: 'allow',
    },
    {
      name: 'varicose veins: no deep calf work',
      sketch: { conditions: ['varicose_veins'] },
      technique: { category: 'deep_tissue', intensity: 'gentle', regions: ['calf'] },
      decision: 'avoid',
    },
    {
      name: 'age 70: no thrust',
      sketch: { age: 70 },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['thoracic'] },
      decision: 'avoid',
      rule: 'precaution.age_70_plus',
    },
    {
      name: 'age 69: thrust allowed',
      sketch: { age: 69 },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['thoracic'] },
      decision: 'allow',
    },
  ])('$name', ({ sketch, technique, decision, intensity, rule }) => {
    const check = checkTechnique(screen(sketch), technique);
    expect(check.decision).toBe(decision);
    if (intensity !== undefined) expect(check.intensity).toBe(intensity);
    if (rule !== undefined) expect(check.ruleIds).toContain(rule);
  });

  type E = Parameters<typeof checkExercise>[1];
  test.each<{ name: string; sketch: CaseSketch; exercise: E; decision: string; maxEffort?: string | null }>([
    {
      name: 'pregnancy: no supine exercise',
      sketch: { pregnant: true },
      exercise: { category: 'strength', regions: ['gluteal'], positions: ['supine'] },
      decision: 'avoid',
    },
    {
      name: 'pregnancy: standing exercise fine',
      sketch: { pregnant: true },
      exercise: { category: 'strength', regions: ['gluteal'], positions: ['standing'] },
      decision: 'allow',
    },
    {
      name: 'uncontrolled BP: light effort',
      sketch: { conditions: ['uncontrolled_hypertension'] },
      exercise: { category: 'cardio', regions: ['widespread'], positions: ['standing'] },
      decision: 'modify',
      maxEffort: 'light',
    },
    {
      name: 'knee surgery 3 weeks: light at the knee',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      exercise: { category: 'mobility', regions: ['knee'], positions: ['other'] },
      decision: 'modify',
      maxEffort: 'light',
    },
    {
      name: 'knee surgery 3 weeks: shoulder exercise free',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      exercise: { category: 'strength', regions: ['shoulder'], positions: ['standing'] },
      decision: 'allow',
      maxEffort: null,
    },
    {
      name: 'knee surgery 8 weeks: moderate at the knee',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 8 }] },
      exercise: { category: 'strength', regions: ['knee'], positions: ['standing'] },
      decision: 'modify',
      maxEffort: 'moderate',
    },
    {
      name: 'dvt: no calf self-massage',
      sketch: { conditions: ['dvt'] },
      exercise: { category: 'self_massage', regions: ['calf'], positions: ['other'] },
      decision: 'avoid',
    },
    {
      name: 'bone metastases: moderate at most',
      sketch: { conditions: ['bone_metastases'] },
      exercise: { category: 'strength', regions: ['hip'], positions: ['standing'] },
      decision: 'modify',
      maxEffort: 'moderate',
    },
    {
      name: 'acute inflammation: no strength work at the complaint',
      sketch: { conditions: ['acute_inflammation'], regions: ['elbow'] },
      exercise: { category: 'strength', regions: ['elbow'], positions: ['standing'] },
      decision: 'avoid',
    },
    {
      name: 'osteoporosis: exercise is encouraged',
      sketch: { conditions: ['osteoporosis'] },
      exercise: { category: 'strength', regions: ['hip'], positions: ['standing'] },
      decision: 'allow',
    },
  ])('exercise: $name', ({ sketch, exercise, decision, maxEffort }) => {
    const check = checkExercise(screen(sketch), exercise);
    expect(check.decision).toBe(decision);
    if (maxEffort !== undefined) expect(check.maxEffort).toBe(maxEffort);
  });

  test.each([
    {
      name: 'anticoagulant asks for INR',
      sketch: { medications: ['anticoagulant'] },
      rule: 'precaution.anticoagulant',
      text: /INR/,
    },
    {
      name: 'uncontrolled BP asks for a BP check',
      sketch: { conditions: ['uncontrolled_hypertension'] },
      rule: 'precaution.uncontrolled_hypertension',
      text: /blood pressure/,
    },
    {
      name: 'active cancer asks for oncology clearance',
      sketch: { conditions: ['cancer_active'] },
      rule: 'precaution.cancer_active',
      text: /oncology clearance/,
    },
    {
      name: 'pregnancy asks for obstetric clearance',
      sketch: { pregnant: true },
      rule: 'precaution.pregnancy',
      text: /obstetric/,
    },
    {
      name: 'past DVT asks for a calf check',
      sketch: { conditions: ['history_of_dvt'] },
      rule: 'precaution.history_of_dvt',
      text: /calf/,
    },
    {
      name: 'recent surgery names the operation',
      sketch: { surgeries: [{ region: 'shoulder', weeksAgo: 2, kind: 'rotator cuff repair' }] },
      rule: 'precaution.surgery_recent',
      text: /Surgery \(rotator cuff repair\) at the shoulder 2 weeks ago/,
    },
    {
      name: 'massage restrictions ask to confirm (sources disagree)',
      sketch: { conditions: ['varicose_veins'] },
      rule: 'precaution.varicose_veins',
      text: /Sources disagree on massage precautions: confirm that restricting deep-tissue massage/,
    },
  ] satisfies { name: string; sketch: CaseSketch; rule: string; text: RegExp }[])(
    'notice: $name',
    ({ sketch, rule, text }) => {
      const notices = screen(sketch).notices.filter((n) => n.ruleId === rule);
      expect(notices.some((n) => text.test(n.rationale))).toBe(true);
    },
  );

  test('a thrust-only restriction asks for no massage confirmation', () => {
    expect(screen({ conditions: ['hypermobility_syndrome'] }).notices).toEqual([]);
  });

  test('surgery regions: the site and its neighbours for the recent window, the site only for exercise', () => {
    const result = screen({ surgeries: [{ region: 'knee', weeksAgo: 2 }] });
    const [avoidRow] = result.restrictions.filter(
      (r) => r.ruleId === 'precaution.surgery_recent' && r.action === 'avoid',
    );
    expect(avoidRow?.regions).toEqual(['knee', 'thigh', 'calf']);
    expect(avoidRow?.trigger).toBe('surgery:knee');
    expect(result.exerciseLimits[0]?.regions).toEqual(['knee']);
  });

  test('left and right knee operations give one set of restrictions; two regions give two', () => {
    const both = screen({
      surgeries: [
        { region: 'knee', side: 'left', weeksAgo: 2 },
        { region: 'knee', side: 'right', weeksAgo: 4 },
      ],
    });
    expect(both.restrictions.filter((r) => r.ruleId === 'precaution.surgery_recent')).toHaveLength(2);
    const two = screen({
      surgeries: [
        { region: 'knee', weeksAgo: 2 },
        { region: 'shoulder', weeksAgo: 4 },
      ],
    });
    expect(two.restrictions.filter((r) => r.ruleId === 'precaution.surgery_recent').map((r) => r.trigger)).toEqual([
      'surgery:knee',
      'surgery:knee',
      'surgery:shoulder',
      'surgery:shoulder',
    ]);
  });

  test('a clinic table replaces the default one', () => {
    const own = parsePrecautionRules([
      {
        id: 'clinic.migraine',
        trigger: { kind: 'condition', id: 'migraine' },
        source: 'Clinic protocol 2024',
        restrictions: [
          {
            action: 'modify',
            categories: ['soft_tissue'],
            maxIntensity: 'gentle',
            regions: { regions: ['cervical'] },
            rationale: 'Gentle neck work only with migraine ({trigger}).',
          },
        ],
      },
    ]);
    expect(own.ok).toBe(true);
    if (!own.ok) return;
    const result = screen({ conditions: ['migraine', 'osteoporosis'] }, own.value);
    expect(result.restrictions).toEqual([
      {
        ruleId: 'clinic.migraine',
        trigger: 'migraine',
        action: 'modify',
        categories: ['soft_tissue'],
        maxIntensity: 'gentle',
        regions: ['cervical'],
        rationale: 'Gentle neck work only with migraine (Migraine).',
        source: 'Clinic protocol 2024',
      },
    ]);
    expect(result.notices.map((n) => n.ruleId)).toEqual(['clinic.migraine']);
    expect(screen({ conditions: ['osteoporosis'] }, []).restrictions).toEqual([]);
  });

  test.each([
    {
      name: 'unknown condition',
      raw: [
        {
          id: 'clinic.x',
          trigger: { kind: 'condition', id: 'gout' },
          source: 'x y z',
          notices: [{ rationale: 'Check something first.' }],
        },
      ],
      path: /^\[0\]\.trigger\.id$/,
      message: /unknown condition "gout"/,
    },
    {
      name: 'modify without cap',
      raw: [
        {
          id: 'clinic.x',
          trigger: { kind: 'pregnant' },
          source: 'x y z',
          restrictions: [
            { action: 'modify', categories: ['soft_tissue'], regions: 'everywhere', rationale: 'Gentle only, please.' },
          ],
        },
      ],
      path: /^\[0\]\.restrictions\[0\]\.maxIntensity$/,
      message: /intensity/,
    },
    {
      name: 'empty row',
      raw: [{ id: 'clinic.x', trigger: { kind: 'pregnant' }, source: 'x y z' }],
      path: /^\[0\]$/,
      message: /must restrict, limit or notify/,
    },
    {
      name: 'duplicate ids',
      raw: [
        {
          id: 'clinic.x',
          trigger: { kind: 'pregnant' },
          source: 'x y z',
          notices: [{ rationale: 'Check something first.' }],
        },
        {
          id: 'clinic.x',
          trigger: { kind: 'pregnant' },
          source: 'x y z',
          notices: [{ rationale: 'Check something first.' }],
        },
      ],
      path: /^\[1\]\.id$/,
      message: /duplicate rule id "clinic.x"/,
    },
    {
      name: 'bad region',
      raw: [
        {
          id: 'clinic.x',
          trigger: { kind: 'pregnant' },
          source: 'x y z',
          restrictions: [
            {
              action: 'avoid',
              categories: ['soft_tissue'],
              regions: { regions: ['toe'] },
              rationale: 'Not on the toe, please.',
            },
          ],
        },
      ],
      path: /^\[0\]\.restrictions\[0\]\.regions$/,
      message: /unknown region "toe"/,
    },
  ])('a clinic table is refused with the field named: $name', ({ raw, path, message }) => {
    const parsed = parsePrecautionRules(raw);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.some((p) => path.test(p.path) && message.test(p.message))).toBe(true);
  });
});
