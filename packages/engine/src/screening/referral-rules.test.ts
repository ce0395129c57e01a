import { describe, expect, test } from 'vitest';
import { RED_FLAGS } from '../vocabulary/index.ts';
import {
  CAD_FEATURES,
  CAD_MAJOR_SIGNS,
  CAUDA_EQUINA_FLAGS,
  REFERRAL_RULES,
  REFERRAL_RULE_IDS,
} from './referral-rules.ts';
import { screenCase } from './screen.ts';
import { sketchCase, type CaseSketch } from './test-fixtures.ts';
import type { ReferralUrgency } from './types.ts';

interface Row {
  name: string;
  sketch: CaseSketch;
  /** Exactly the referral rules that fire. */
  fires: string[];
  urgency: ReferralUrgency | null;
  stops?: boolean;
}

const run = (sketch: CaseSketch) => screenCase(sketchCase(sketch));

const rows: Row[] = [
  // Cauda equina: any sign → emergency, stops treatment.
  ...CAUDA_EQUINA_FLAGS.map((flag): Row => ({
    name: `${flag} alone`,
    sketch: { redFlags: [flag] },
    fires: ['refer.cauda_equina'],
    urgency: 'emergency',
    stops: true,
  })),
  { name: 'no red flags', sketch: {}, fires: [], urgency: null },
  // Cervical arterial dysfunction.
  {
    name: 'dizziness alone',
    sketch: { redFlags: ['dizziness'], regions: ['cervical'] },
    fires: ['refer.cad_possible'],
    urgency: 'routine',
    stops: false,
  },
  {
    name: 'nausea alone',
    sketch: { redFlags: ['nausea'] },
    fires: ['refer.cad_possible'],
    urgency: 'routine',
    stops: false,
  },
  {
    name: 'pulsatile tinnitus alone',
    sketch: { redFlags: ['pulsatile_tinnitus'] },
    fires: ['refer.cad_possible'],
    urgency: 'routine',
    stops: false,
  },
  {
    name: 'dizziness + nausea',
    sketch: { redFlags: ['dizziness', 'nausea'] },
    fires: ['refer.cad_acute'],
    urgency: 'emergency',
    stops: true,
  },
  {
    name: 'dizziness + pulsatile tinnitus',
    sketch: { redFlags: ['dizziness', 'pulsatile_tinnitus'] },
    fires: ['refer.cad_acute'],
    urgency: 'emergency',
    stops: true,
  },
  ...CAD_MAJOR_SIGNS.filter((f) => f !== 'drop_attacks').map((flag): Row => ({
    name: `${flag} alone`,
    sketch: { redFlags: [flag] },
    fires: ['refer.cad_acute'],
    urgency: 'emergency',
    stops: true,
  })),
  {
    name: 'drop attacks alone',
    sketch: { redFlags: ['drop_attacks'] },
    fires: ['refer.cad_acute', 'refer.upper_cervical_possible'],
    urgency: 'emergency',
    stops: true,
  },
  // Malignancy: cancer history + a feature (age > 50 counts) is a cluster; a single feature is routine.
  {
    name: 'cancer history, age 45',
    sketch: { redFlags: ['history_of_cancer'], age: 45 },
    fires: ['refer.malignancy_single'],
    urgency: 'routine',
  },
  {
    name: 'cancer history, age 50',
    sketch: { redFlags: ['history_of_cancer'], age: 50 },
    fires: ['refer.malignancy_single'],
    urgency: 'routine',
  },
  {
    name: 'cancer history, age 51',
    sketch: { redFlags: ['history_of_cancer'], age: 51 },
    fires: ['refer.malignancy_cluster'],
    urgency: 'urgent',
    stops: false,
  },
  {
    name: 'condition cancer_history, age 40',
    sketch: { conditions: ['cancer_history'], age: 40 },
    fires: ['refer.malignancy_single'],
    urgency: 'routine',
  },
  {
    name: 'condition cancer_active, age 51',
    sketch: { conditions: ['cancer_active'], age: 51 },
    fires: ['refer.malignancy_cluster'],
    urgency: 'urgent',
  },
  {
    name: 'condition bone_metastases + night pain',
    sketch: { conditions: ['bone_metastases'], redFlags: ['constant_night_pain'] },
    fires: ['refer.malignancy_cluster'],
    urgency: 'urgent',
  },
  {
    name: 'cancer history + weight loss, age 30',
    sketch: { redFlags: ['history_of_cancer', 'unexplained_weight_loss'], age: 30 },
    fires: ['refer.malignancy_cluster'],
    urgency: 'urgent',
  },
  {
    name: 'cancer history + failure to improve',
    sketch: { redFlags: ['history_of_cancer', 'failure_to_improve'] },
    fires: ['refer.malignancy_cluster'],
    urgency: 'urgent',
  },
  {
    name: 'weight loss alone, age 60',
    sketch: { redFlags: ['unexplained_weight_loss'], age: 60 },
    fires: ['refer.malignancy_single'],
    urgency: 'routine',
  },
  {
    name: 'night pain alone',
    sketch: { redFlags: ['constant_night_pain'] },
    fires: ['refer.malignancy_single'],
    urgency: 'routine',
  },
  {
    name: 'failure to improve alone',
    sketch: { redFlags: ['failure_to_improve'] },
    fires: ['refer.malignancy_single'],
    urgency: 'routine',
  },
  {
    name: 'weight loss + night pain',
    sketch: { redFlags: ['unexplained_weight_loss', 'constant_night_pain'], age: 30 },
    fires: ['refer.malignancy_cluster'],
    urgency: 'urgent',
  },
  { name: 'age 80 alone', sketch: { age: 80 }, fires: [], urgency: null },
  // Fracture.
  {
    name: 'significant trauma',
    sketch: { redFlags: ['significant_trauma'] },
    fires: ['refer.fracture_trauma'],
    urgency: 'urgent',
    stops: false,
  },
  {
    name: 'trauma + deformity + osteoporosis',
    sketch: { redFlags: ['significant_trauma', 'structural_deformity'], conditions: ['osteoporosis'] },
    fires: ['refer.fracture_trauma'],
    urgency: 'urgent',
  },
  {
    name: 'minor fall, age 40',
    sketch: { redFlags: ['minor_fall'], age: 40 },
    fires: ['refer.fracture_possible'],
    urgency: 'routine',
  },
  {
    name: 'minor fall, age 70',
    sketch: { redFlags: ['minor_fall'], age: 70 },
    fires: ['refer.fracture_possible'],
    urgency: 'routine',
  },
  {
    name: 'minor fall, age 71',
    sketch: { redFlags: ['minor_fall'], age: 71 },
    fires: ['refer.fracture_fragility'],
    urgency: 'urgent',
  },
  {
    name: 'minor fall + osteoporosis',
    sketch: { redFlags: ['minor_fall'], conditions: ['osteoporosis'] },
    fires: ['refer.fracture_fragility'],
    urgency: 'urgent',
  },
  {
    name: 'minor fall + osteopenia',
    sketch: { redFlags: ['minor_fall'], conditions: ['osteopenia'] },
    fires: ['refer.fracture_fragility'],
    urgency: 'urgent',
  },
  {
    name: 'minor fall + long-term corticosteroid',
    sketch: { redFlags: ['minor_fall'], medications: ['corticosteroid_long_term'] },
    fires: ['refer.fracture_fragility'],
    urgency: 'urgent',
  },
  {
    name: 'structural deformity alone',
    sketch: { redFlags: ['structural_deformity'] },
    fires: ['refer.fracture_possible'],
    urgency: 'routine',
  },
  {
    name: 'point tenderness alone',
    sketch: { redFlags: ['spinal_point_tenderness'] },
    fires: ['refer.fracture_possible'],
    urgency: 'routine',
  },
  {
    name: 'point tenderness + osteoporosis',
    sketch: { redFlags: ['spinal_point_tenderness'], conditions: ['osteoporosis'] },
    fires: ['refer.fracture_fragility'],
    urgency: 'urgent',
  },
  {
    name: 'deformity, age 75',
    sketch: { redFlags: ['structural_deformity'], age: 75 },
    fires: ['refer.fracture_fragility'],
    urgency: 'urgent',
  },
  { name: 'osteoporosis alone', sketch: { conditions: ['osteoporosis'] }, fires: [], urgency: null },
  // Infection.
  {
    name: 'fever, shoulder complaint',
    sketch: { redFlags: ['fever'], regions: ['shoulder'] },
    fires: ['refer.infection'],
    urgency: 'urgent',
    stops: false,
  },
  {
    name: 'fever + IV drug use',
    sketch: { redFlags: ['fever', 'iv_drug_use'] },
    fires: ['refer.infection'],
    urgency: 'urgent',
  },
  {
    name: 'IV drug use, lumbar',
    sketch: { redFlags: ['iv_drug_use'] },
    fires: ['refer.infection_risk'],
    urgency: 'routine',
  },
  {
    name: 'recent spinal injection',
    sketch: { redFlags: ['recent_spinal_injection'] },
    fires: ['refer.infection_risk'],
    urgency: 'routine',
  },
  {
    name: 'recent infection, shoulder (a flag always raises an alert)',
    sketch: { redFlags: ['recent_infection'], regions: ['shoulder'] },
    fires: ['refer.infection_risk'],
    urgency: 'routine',
  },
  {
    name: 'immunosuppression + lumbar',
    sketch: { conditions: ['immunosuppression'] },
    fires: ['refer.infection_risk'],
    urgency: 'routine',
  },
  {
    name: 'immunosuppressant + neck',
    sketch: { medications: ['immunosuppressant'], regions: ['cervical'] },
    fires: ['refer.infection_risk'],
    urgency: 'routine',
  },
  {
    name: 'immunosuppression + lumbar pain map only',
    sketch: { conditions: ['immunosuppression'], regions: ['hip'], painMap: ['lumbar'] },
    fires: ['refer.infection_risk'],
    urgency: 'routine',
  },
  {
    name: 'immunosuppression + shoulder',
    sketch: { conditions: ['immunosuppression'], regions: ['shoulder'] },
    fires: [],
    urgency: null,
  },
  {
    name: 'chemotherapy + knee',
    sketch: { medications: ['chemotherapy'], regions: ['knee'] },
    fires: [],
    urgency: null,
  },
  // DVT: same-day assessment (NICE NG158), so an emergency that stops treatment; with chest signs, a possible PE.
  {
    name: 'swollen warm calf',
    sketch: { redFlags: ['calf_swelling_warmth'] },
    fires: ['refer.dvt'],
    urgency: 'emergency',
    stops: true,
  },
  { name: 'condition dvt', sketch: { conditions: ['dvt'] }, fires: ['refer.dvt'], urgency: 'emergency', stops: true },
  { name: 'past DVT', sketch: { conditions: ['history_of_dvt'] }, fires: [], urgency: null },
  {
    name: 'swollen calf + breathlessness',
    sketch: { redFlags: ['calf_swelling_warmth', 'unexplained_breathlessness'] },
    fires: ['refer.pulmonary_embolism', 'refer.systemic'],
    urgency: 'emergency',
    stops: true,
  },
  {
    name: 'condition dvt + coughing up blood',
    sketch: { conditions: ['dvt'], redFlags: ['haemoptysis'] },
    fires: ['refer.pulmonary_embolism', 'refer.systemic'],
    urgency: 'emergency',
    stops: true,
  },
  {
    name: 'past DVT + breathlessness: no current clot, so the systemic rule alone',
    sketch: { conditions: ['history_of_dvt'], redFlags: ['unexplained_breathlessness'] },
    fires: ['refer.systemic'],
    urgency: 'emergency',
    stops: true,
  },
  // Neurological and systemic.
  {
    name: 'progressive deficit',
    sketch: { redFlags: ['progressive_neurological_deficit'] },
    fires: ['refer.progressive_neuro'],
    urgency: 'urgent',
    stops: false,
  },
  {
    name: 'unexplained breathlessness',
    sketch: { redFlags: ['unexplained_breathlessness'] },
    fires: ['refer.systemic'],
    urgency: 'emergency',
    stops: true,
  },
  {
    name: 'coughing up blood alone',
    sketch: { redFlags: ['haemoptysis'] },
    fires: ['refer.systemic'],
    urgency: 'emergency',
    stops: true,
  },
  // Upper cervical instability.
  {
    name: 'bilateral paraesthesia alone',
    sketch: { redFlags: ['bilateral_paraesthesia'] },
    fires: ['refer.upper_cervical_possible'],
    urgency: 'routine',
  },
  {
    name: 'lump in throat alone',
    sketch: { redFlags: ['lump_in_throat'] },
    fires: ['refer.upper_cervical_possible'],
    urgency: 'routine',
  },
  {
    name: 'bilateral paraesthesia + RA',
    sketch: { redFlags: ['bilateral_paraesthesia'], conditions: ['rheumatoid_arthritis'] },
    fires: ['refer.upper_cervical_instability'],
    urgency: 'urgent',
  },
  {
    name: 'lump in throat + Down syndrome',
    sketch: { redFlags: ['lump_in_throat'], conditions: ['down_syndrome'] },
    fires: ['refer.upper_cervical_instability'],
    urgency: 'urgent',
  },
  {
    name: 'bilateral paraesthesia + trauma',
    sketch: { redFlags: ['bilateral_paraesthesia', 'significant_trauma'] },
    fires: ['refer.fracture_trauma', 'refer.upper_cervical_instability'],
    urgency: 'urgent',
  },
  {
    name: 'drop attacks + RA',
    sketch: { redFlags: ['drop_attacks'], conditions: ['rheumatoid_arthritis'] },
    fires: ['refer.cad_acute', 'refer.upper_cervical_instability'],
    urgency: 'emergency',
    stops: true,
  },
  { name: 'RA alone', sketch: { conditions: ['rheumatoid_arthritis'] }, fires: [], urgency: null },
];

describe('referral rules', () => {
  test.each(rows)('$name → $fires', ({ sketch, fires, urgency, stops }) => {
    const result = run(sketch);
    expect(result.alerts.map((a) => a.ruleId).sort()).toEqual([...fires].sort());
    expect(result.referral?.urgency ?? null).toBe(urgency);
    if (stops !== undefined) expect(result.referral?.stopsTreatment).toBe(stops);
  });

  test('ids are unique and catalogued as refer.*', () => {
    expect(new Set(REFERRAL_RULE_IDS).size).toBe(REFERRAL_RULES.length);
    for (const id of REFERRAL_RULE_IDS) expect(id).toMatch(/^refer\.[a-z_]+$/);
  });

  test.each(REFERRAL_RULES.map((r) => ({ id: r.id, rule: r })))(
    '$id: an emergency stops treatment and every text is filled',
    ({ rule }) => {
      expect(rule.urgency === 'emergency').toBe(rule.stopsTreatment);
      expect(rule.rationale.length).toBeGreaterThan(20);
      expect(rule.source).toMatch(/Finucane|Rushton|WHO|Batavia|NICE|Tandem policy/);
      expect(rule.firesWhen.length).toBeGreaterThan(5);
    },
  );

  test.each(RED_FLAGS.ids.map((flag) => ({ flag })))('$flag alone raises an alert that names it', ({ flag }) => {
    const result = run({ redFlags: [flag], age: 30 });
    const alert = result.alerts.find((a) => (a.inputs['redFlags'] as string[]).includes(flag));
    expect(alert).toBeDefined();
    expect(alert?.reasons).toContain(RED_FLAGS.entries[flag].label);
  });

  test('CAD features come from the vocabulary and include every major sign', () => {
    for (const sign of CAD_MAJOR_SIGNS) expect(CAD_FEATURES).toContain(sign);
    expect(CAD_FEATURES).toEqual(expect.arrayContaining(['dizziness', 'nausea', 'pulsatile_tinnitus']));
  });

  test.each([
    { name: 'dizziness', sketch: { redFlags: ['dizziness'] }, reasons: ['Dizziness'] },
    {
      name: 'cancer history at 51',
      sketch: { redFlags: ['history_of_cancer'], age: 51 },
      reasons: ['Past history of cancer', 'Age 51 (over 50)'],
    },
    {
      name: 'minor fall at 72',
      sketch: { redFlags: ['minor_fall'], age: 72 },
      reasons: ['Minor fall (relevant when older or osteoporotic)', 'Age 72 (over 70)'],
    },
    {
      name: 'immunosuppression with low back pain',
      sketch: { conditions: ['immunosuppression'] },
      reasons: ['Immunosuppression', 'Complaint involves the spine (lower back)'],
    },
    {
      name: 'RA with lump in throat',
      sketch: { redFlags: ['lump_in_throat'], conditions: ['rheumatoid_arthritis'] },
      reasons: ['Sensation of a lump in the throat', 'Rheumatoid arthritis'],
    },
  ] satisfies { name: string; sketch: CaseSketch; reasons: string[] }[])(
    'reasons are readable: $name',
    ({ sketch, reasons }) => {
      const [alert] = run(sketch).alerts;
      expect(alert?.reasons).toEqual(reasons);
    },
  );

  test('the referral takes the most urgent level and every alert’s reasons and rule ids', () => {
    const result = run({ redFlags: ['dizziness', 'history_of_cancer'], age: 51 });
    expect(result.alerts.map((a) => [a.ruleId, a.urgency])).toEqual([
      ['refer.malignancy_cluster', 'urgent'],
      ['refer.cad_possible', 'routine'],
    ]);
    expect(result.referral).toEqual({
      urgency: 'urgent',
      reasons: ['Past history of cancer', 'Age 51 (over 50)', 'Dizziness'],
      ruleIds: ['refer.malignancy_cluster', 'refer.cad_possible'],
      stopsTreatment: false,
    });
  });

  test('an emergency anywhere stops treatment for the whole referral', () => {
    const result = run({ redFlags: ['bladder_dysfunction', 'minor_fall'] });
    expect(result.referral).toMatchObject({
      urgency: 'emergency',
      stopsTreatment: true,
      ruleIds: ['refer.cauda_equina', 'refer.fracture_possible'],
    });
  });

  test('alerts record their inputs', () => {
    const [alert] = run({ redFlags: ['minor_fall'], medications: ['corticosteroid_long_term'], age: 80 }).alerts;
    expect(alert).toMatchObject({
      ruleId: 'refer.fracture_fragility',
      concern: 'fracture',
      inputs: { redFlags: ['minor_fall'], conditions: [], medications: ['corticosteroid_long_term'], age: 80 },
    });
  });

  test.each([
    {
      name: 'dizziness: no neck thrust, neck capped at moderate',
      sketch: { redFlags: ['dizziness'] },
      rule: 'refer.cad_possible',
      avoid: ['joint_manipulation'],
      cap: 'moderate',
      regions: ['cervical'],
    },
    {
      name: 'lone cancer history: no thrust or deep pressure at the complaint',
      sketch: { redFlags: ['history_of_cancer'], regions: ['thoracic'] },
      rule: 'refer.malignancy_single',
      avoid: ['joint_manipulation', 'deep_tissue', 'percussive'],
      cap: 'moderate',
      regions: ['thoracic'],
    },
    {
      name: 'suspected fracture: gentle force at the complaint',
      sketch: { redFlags: ['structural_deformity'], regions: ['thoracic'] },
      rule: 'refer.fracture_possible',
      avoid: ['joint_manipulation'],
      cap: 'gentle',
      regions: ['thoracic'],
    },
    {
      name: 'swollen calf: nothing on the legs',
      sketch: { redFlags: ['calf_swelling_warmth'] },
      rule: 'refer.dvt',
      avoid: ['soft_tissue', 'lymphatic', 'joint_mobilisation'],
      cap: null,
      regions: ['calf', 'thigh', 'foot'],
    },
  ] as const)('referral restrictions: $name', ({ sketch, rule, avoid, cap, regions }) => {
    const result = run(sketch);
    const own = result.restrictions.filter((r) => r.ruleId === rule);
    const avoided = own.filter((r) => r.action === 'avoid');
    for (const c of avoid) expect(avoided.some((r) => r.categories.includes(c))).toBe(true);
    for (const r of own) expect(r.regions).toEqual(expect.arrayContaining([...regions]));
    if (cap !== null) expect(own.some((r) => r.action === 'modify' && r.maxIntensity === cap)).toBe(true);
  });

  test('DVT limits leg exercise', () => {
    const limits = run({ redFlags: ['calf_swelling_warmth'] }).exerciseLimits.filter((l) => l.ruleId === 'refer.dvt');
    expect(limits).toHaveLength(1);
    expect(limits[0]).toMatchObject({ maxLoad: 'light', avoidCategories: ['self_massage'] });
    expect(limits[0]?.regions).toContain('calf');
  });

  test('a suspected DVT asks for same-day assessment and about the signs of a pulmonary embolism', () => {
    const [alert] = run({ redFlags: ['calf_swelling_warmth'] }).alerts;
    expect(alert?.ruleId).toBe('refer.dvt');
    expect(alert?.rationale).toMatch(/same day/);
    for (const sign of [/breathlessness/, /chest pain/, /coughing up blood/, /call emergency services/])
      expect(alert?.rationale).toMatch(sign);
  });

  test('a possible pulmonary embolism says to call emergency services now, and still protects the legs', () => {
    const result = run({ redFlags: ['calf_swelling_warmth', 'haemoptysis'] });
    const alert = result.alerts.find((a) => a.ruleId === 'refer.pulmonary_embolism');
    expect(alert?.rationale).toMatch(/call emergency services now/);
    expect(alert?.inputs['redFlags']).toEqual(['calf_swelling_warmth', 'haemoptysis']);
    const legs = result.restrictions.filter((r) => r.ruleId === 'refer.pulmonary_embolism');
    expect(legs.some((r) => r.action === 'avoid' && r.regions?.includes('calf'))).toBe(true);
  });
});
