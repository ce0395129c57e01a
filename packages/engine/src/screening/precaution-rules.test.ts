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
      return trigger.fromWeeks === undefined
        ? { pregnant: true }
        : { pregnant: true, pregnancyWeeks: trigger.fromWeeks };
    case 'fall_risk':
      return { walkingAid: true };
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

/** Pain Catastrophizing Scale answers totalling 34 (clinically relevant, ≥ 30) and 20 (below). */
const PCS_34 = [3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2];
const PCS_20 = [2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1];

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
      name: 'steroids: no neck thrust',
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
      name: 'pregnancy: no deep tissue on the upper back either',
      sketch: { pregnant: true },
      technique: { category: 'deep_tissue', intensity: 'firm', regions: ['thoracic'] },
      decision: 'avoid',
    },
    {
      name: 'pregnancy: deep tissue to the neck and shoulder stays available',
      sketch: { pregnant: true },
      technique: { category: 'deep_tissue', intensity: 'firm', regions: ['upper_trapezius'] },
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
      name: 'diabetes alone: pressure not capped',
      sketch: { conditions: ['diabetes'] },
      technique: { category: 'trigger_point', intensity: 'firm', regions: ['gluteal'] },
      decision: 'allow',
    },
    {
      name: 'diabetes with neuropathy: pressure moderate',
      sketch: { conditions: ['diabetes', 'peripheral_neuropathy'] },
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
    // Cervical arterial risk factors: two or more → no thrust at the neck or mid back, neck mobilisation moderate.
    {
      name: 'BP + smoking: no neck thrust',
      sketch: { conditions: ['hypertension', 'smoker'], regions: ['cervical'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'avoid',
      rule: 'precaution.cad_risk_factors',
    },
    {
      name: 'BP + smoking: no upper-back thrust',
      sketch: { conditions: ['hypertension', 'smoker'], regions: ['cervical'] },
      technique: { category: 'joint_manipulation', intensity: 'moderate', regions: ['thoracic'] },
      decision: 'avoid',
      rule: 'precaution.cad_risk_factors',
    },
    {
      name: 'BP + smoking: low-back thrust untouched',
      sketch: { conditions: ['hypertension', 'smoker'] },
      technique: { category: 'joint_manipulation', intensity: 'firm', regions: ['lumbar'] },
      decision: 'allow',
    },
    {
      name: 'BP + smoking: firm neck mobilisation becomes moderate',
      sketch: { conditions: ['hypertension', 'smoker'], regions: ['cervical'] },
      technique: { category: 'joint_mobilisation', intensity: 'firm', regions: ['cervical'] },
      decision: 'modify',
      intensity: 'moderate',
      rule: 'precaution.cad_risk_factors',
    },
    {
      name: 'BP + smoking: moderate neck mobilisation is offered',
      sketch: { conditions: ['hypertension', 'smoker'], regions: ['cervical'] },
      technique: { category: 'mobilisation_with_movement', intensity: 'moderate', regions: ['cervical'] },
      decision: 'allow',
    },
    {
      name: 'pill + recent infection count as two factors',
      sketch: { medications: ['oral_contraceptive'], redFlags: ['recent_infection'], regions: ['cervical'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'avoid',
      rule: 'precaution.cad_risk_factors',
    },
    {
      name: 'migraine alone: neck thrust still possible (notice only)',
      sketch: { conditions: ['migraine'], regions: ['cervical'] },
      technique: { category: 'joint_manipulation', intensity: 'firm', regions: ['cervical'] },
      decision: 'allow',
    },
    {
      name: 'controlled and uncontrolled BP are one factor',
      sketch: { conditions: ['hypertension', 'uncontrolled_hypertension'], regions: ['cervical'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] },
      decision: 'allow',
    },
    {
      name: 'heart disease and a recent TIA are one factor',
      sketch: { conditions: ['cardiovascular_disease', 'recent_stroke_or_tia'], regions: ['cervical'] },
      technique: { category: 'joint_manipulation', intensity: 'gentle', regions: ['thoracic'] },
      decision: 'allow',
    },
    // Long-term corticosteroids: fragile skin, tendon and bone.
    ...(['joint_manipulation', 'deep_tissue', 'iastm', 'percussive'] as const).map((category) => ({
      name: `steroids: no ${category} anywhere`,
      sketch: { medications: ['corticosteroid_long_term'] } satisfies CaseSketch,
      technique: { category, intensity: 'gentle', regions: ['thigh'] } satisfies T,
      decision: 'avoid',
      rule: 'precaution.corticosteroid_long_term',
    })),
    ...(['soft_tissue', 'myofascial_release', 'trigger_point', 'joint_mobilisation'] as const).map((category) => ({
      name: `steroids: ${category} gentle`,
      sketch: { medications: ['corticosteroid_long_term'] } satisfies CaseSketch,
      technique: { category, intensity: 'moderate', regions: ['lumbar'] } satisfies T,
      decision: 'modify',
      intensity: 'gentle',
      rule: 'precaution.corticosteroid_long_term',
    })),
    {
      name: 'steroids: neural mobilisation untouched',
      sketch: { medications: ['corticosteroid_long_term'] },
      technique: { category: 'neural_mobilisation', intensity: 'firm', regions: ['lumbar'] },
      decision: 'allow',
    },
    // Widespread, sensitised pain: no percussive or deep tissue, every other technique gentle.
    {
      name: 'widespread pain map + widespread tenderness: no percussive',
      sketch: { painMap: ['widespread'], movement: ['widespread_tenderness'] },
      technique: { category: 'percussive', intensity: 'gentle', regions: ['thigh'] },
      decision: 'avoid',
      rule: 'precaution.sensitised_widespread_pain',
    },
    {
      name: 'fibromyalgia + PCS 34: no deep tissue',
      sketch: { conditions: ['fibromyalgia'], questionnaires: { pcs: PCS_34 } },
      technique: { category: 'deep_tissue', intensity: 'gentle', regions: ['lumbar'] },
      decision: 'avoid',
      rule: 'precaution.sensitised_widespread_pain',
    },
    {
      name: 'four pain-map regions + PCS 34: soft tissue gentle',
      sketch: { painMap: ['cervical', 'thoracic', 'lumbar', 'hip'], questionnaires: { pcs: PCS_34 } },
      technique: { category: 'soft_tissue', intensity: 'moderate', regions: ['lumbar'] },
      decision: 'modify',
      intensity: 'gentle',
      rule: 'precaution.sensitised_widespread_pain',
    },
    {
      name: 'fibromyalgia + widespread tenderness: joint mobilisation gentle',
      sketch: { conditions: ['fibromyalgia'], movement: ['widespread_tenderness'] },
      technique: { category: 'joint_mobilisation', intensity: 'moderate', regions: ['lumbar'] },
      decision: 'modify',
      intensity: 'gentle',
    },
    {
      name: 'three pain-map regions + PCS 34: not widespread',
      sketch: { painMap: ['cervical', 'thoracic', 'lumbar'], questionnaires: { pcs: PCS_34 } },
      technique: { category: 'soft_tissue', intensity: 'firm', regions: ['lumbar'] },
      decision: 'allow',
    },
    {
      name: 'widespread pain map without a sign of sensitisation: not restricted',
      sketch: { painMap: ['widespread'] },
      technique: { category: 'deep_tissue', intensity: 'firm', regions: ['lumbar'] },
      decision: 'allow',
    },
    {
      name: 'fibromyalgia + PCS 20 (below 30): not restricted',
      sketch: { conditions: ['fibromyalgia'], questionnaires: { pcs: PCS_20 } },
      technique: { category: 'soft_tissue', intensity: 'firm', regions: ['lumbar'] },
      decision: 'allow',
    },
  ])('$name', ({ sketch, technique, decision, intensity, rule }) => {
    const check = checkTechnique(screen(sketch), technique);
    expect(check.decision).toBe(decision);
    if (intensity !== undefined) expect(check.intensity).toBe(intensity);
    if (rule !== undefined) expect(check.ruleIds).toContain(rule);
  });

  type E = Parameters<typeof checkExercise>[1];
  const ex = (
    category: E['category'],
    regions: E['load']['regions'],
    positions: E['positions'] = ['standing'],
    features: E['load']['features'] = [],
  ): E => ({ category, load: { regions, features }, positions });
  test.each<{ name: string; sketch: CaseSketch; exercise: E; decision: 'allow' | 'avoid'; rule?: string }>([
    {
      name: 'pregnancy, week unknown: no supine exercise',
      sketch: { pregnant: true },
      exercise: ex('strength', { gluteal: 'moderate' }, ['supine']),
      decision: 'avoid',
      rule: 'precaution.pregnancy_supine',
    },
    {
      name: 'pregnancy, 14 weeks: supine still fine',
      sketch: { pregnant: true, pregnancyWeeks: 14 },
      exercise: ex('strength', { gluteal: 'moderate' }, ['supine']),
      decision: 'allow',
    },
    {
      name: 'pregnancy, 14 weeks: never prone',
      sketch: { pregnant: true, pregnancyWeeks: 14 },
      exercise: ex('mobility', { lumbar: 'light' }, ['prone']),
      decision: 'avoid',
      rule: 'precaution.pregnancy',
    },
    {
      name: 'pregnancy: no ballistic swing',
      sketch: { pregnant: true, pregnancyWeeks: 24 },
      exercise: ex('strength', { gluteal: 'high', lumbar: 'moderate' }, ['standing'], ['weight_bearing', 'ballistic']),
      decision: 'avoid',
    },
    {
      name: 'pregnancy: standing exercise fine',
      sketch: { pregnant: true },
      exercise: ex('strength', { gluteal: 'moderate' }),
      decision: 'allow',
    },
    {
      name: 'uncontrolled BP: light exercise only',
      sketch: { conditions: ['uncontrolled_hypertension'] },
      exercise: ex('cardio', { widespread: 'light' }),
      decision: 'allow',
    },
    {
      name: 'uncontrolled BP: no moderate strength',
      sketch: { conditions: ['uncontrolled_hypertension'] },
      exercise: ex('strength', { thigh: 'moderate' }),
      decision: 'avoid',
    },
    {
      name: 'knee surgery 3 weeks: light at the knee',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      exercise: ex('activation', { knee: 'light', thigh: 'light' }, ['supine']),
      decision: 'allow',
    },
    {
      name: 'knee surgery 3 weeks: a squat loads the knee moderately',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      exercise: ex('strength', { thigh: 'moderate', knee: 'moderate' }, ['standing'], ['weight_bearing']),
      decision: 'avoid',
      rule: 'precaution.surgery_recent',
    },
    {
      name: 'knee surgery 3 weeks: the knee as a secondary region still counts',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      exercise: ex('strength', { gluteal: 'high', knee: 'moderate' }),
      decision: 'avoid',
    },
    {
      name: 'knee surgery 3 weeks: shoulder exercise free',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 3 }] },
      exercise: ex('strength', { shoulder: 'high' }),
      decision: 'allow',
    },
    {
      name: 'knee surgery 8 weeks: moderate at the knee',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 8 }] },
      exercise: ex('strength', { knee: 'moderate' }),
      decision: 'allow',
    },
    {
      name: 'knee surgery 8 weeks: not yet high',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 8 }] },
      exercise: ex('strength', { knee: 'high' }, ['standing'], ['lunge']),
      decision: 'avoid',
      rule: 'precaution.surgery_healing',
    },
    {
      name: 'knee surgery 16 weeks: heavy strength fine',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 16 }] },
      exercise: ex('strength', { knee: 'high' }),
      decision: 'allow',
    },
    {
      name: 'knee surgery 16 weeks: no jumping yet',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 16 }] },
      exercise: ex('functional', { knee: 'high' }, ['standing'], ['impact']),
      decision: 'avoid',
      rule: 'precaution.surgery_remodelling',
    },
    {
      name: 'knee surgery 30 weeks: no limit left',
      sketch: { surgeries: [{ region: 'knee', weeksAgo: 30 }] },
      exercise: ex('functional', { knee: 'high' }, ['standing'], ['impact']),
      decision: 'allow',
    },
    {
      name: 'dvt: no calf self-massage',
      sketch: { conditions: ['dvt'] },
      exercise: ex('self_massage', { calf: 'light' }, ['seated']),
      decision: 'avoid',
    },
    {
      name: 'bone metastases: moderate at most',
      sketch: { conditions: ['bone_metastases'] },
      exercise: ex('strength', { hip: 'high' }),
      decision: 'avoid',
    },
    {
      name: 'acute inflammation: no loaded work at the complaint',
      sketch: { conditions: ['acute_inflammation'], regions: ['elbow'] },
      exercise: ex('strength', { elbow: 'moderate' }),
      decision: 'avoid',
    },
    {
      name: 'osteoporosis: strength is encouraged',
      sketch: { conditions: ['osteoporosis'] },
      exercise: ex('strength', { hip: 'high' }),
      decision: 'allow',
    },
    {
      name: 'osteoporosis: no end-range spinal flexion',
      sketch: { conditions: ['osteoporosis'] },
      exercise: ex('mobility', { lumbar: 'light' }, ['supine'], ['end_range_spinal_flexion']),
      decision: 'avoid',
    },
    {
      name: 'fall risk: no unsupported one-leg balance',
      sketch: { age: 82, walkingAid: true },
      exercise: ex('proprioception', { ankle: 'moderate' }, ['standing'], ['weight_bearing', 'single_leg_balance']),
      decision: 'avoid',
      rule: 'precaution.fall_risk',
    },
    {
      name: 'fall risk: no floor work',
      sketch: { age: 78, fallsInPastYear: 1 },
      exercise: ex('strength', { hip: 'moderate' }, ['side_lying'], ['floor_transfer']),
      decision: 'avoid',
    },
    {
      name: 'fall risk: supported balance is fine',
      sketch: { age: 82, walkingAid: true },
      exercise: ex('proprioception', { ankle: 'light' }, ['standing'], ['weight_bearing']),
      decision: 'allow',
    },
  ])('exercise: $name', ({ sketch, exercise, decision, rule }) => {
    const check = checkExercise(screen(sketch), exercise);
    expect(check.decision).toBe(decision);
    if (rule !== undefined) expect(check.ruleIds).toContain(rule);
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
    {
      name: 'two CAD risk factors with neck pain: the notice names them',
      sketch: { conditions: ['hypertension', 'smoker'], regions: ['cervical'] },
      rule: 'precaution.cad_risk_assessment',
      text: /Cervical arterial risk factors \(high blood pressure, smoking\): complete a pre-manipulative assessment .* informed consent/,
    },
    {
      name: 'one CAD risk factor with shoulder pain: the notice alone',
      sketch: { conditions: ['migraine'], regions: ['shoulder'] },
      rule: 'precaution.cad_risk_assessment',
      text: /migraine-type headache.*end-range or thrust neck technique/,
    },
    {
      name: 'sensitised pain restricts massage, so it asks to confirm',
      sketch: { conditions: ['fibromyalgia'], movement: ['widespread_tenderness'] },
      rule: 'precaution.sensitised_widespread_pain',
      text: /Sources disagree on massage precautions/,
    },
  ] satisfies { name: string; sketch: CaseSketch; rule: string; text: RegExp }[])(
    'notice: $name',
    ({ sketch, rule, text }) => {
      const notices = screen(sketch).notices.filter((n) => n.ruleId === rule);
      expect(notices.some((n) => text.test(n.rationale))).toBe(true);
    },
  );

  test('CAD risk factors give one notice, and none for a complaint away from the neck and upper quarter', () => {
    const cadNotices = (sketch: CaseSketch) =>
      screen(sketch).notices.filter((n) => n.ruleId.startsWith('precaution.cad'));
    const neck = cadNotices({ conditions: ['hypertension', 'smoker', 'migraine'], regions: ['cervical'] });
    expect(neck.map((n) => n.ruleId)).toEqual(['precaution.cad_risk_assessment']);
    expect(neck[0]?.rationale).toContain('high blood pressure, smoking, migraine-type headache');
    expect(cadNotices({ conditions: ['migraine'], regions: ['widespread'] })).toHaveLength(1);
    const knee = screen({ conditions: ['hypertension', 'smoker'], regions: ['knee'] });
    expect(knee.notices.filter((n) => n.ruleId.startsWith('precaution.cad'))).toEqual([]);
    // The neck restrictions hold whatever the complaint.
    expect(
      checkTechnique(knee, { category: 'joint_manipulation', intensity: 'gentle', regions: ['cervical'] }).decision,
    ).toBe('avoid');
  });

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
