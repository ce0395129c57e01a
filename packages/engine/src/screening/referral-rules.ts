// Red-flag rules (Finucane et al. 2020; IFOMPT cervical framework, Rushton et al. 2023) as data: one row per pattern.
//
// Policy (docs/rules.md):
// - Single red flags have poor diagnostic accuracy, so Tandem weighs clusters: a pattern that needs action within
//   days is `urgent`, a lone flag is a `routine` alert that the clinician documents a decision on.
// - The plan generator builds no treatment phases for `urgent` or `emergency`, so `urgent` is kept for clusters
//   and for findings where waiting is unsafe (fever, trauma, progressive deficit).
// - Only `emergency` stops treatment: cauda equina signs, acute cervical arterial signs, a suspected DVT or pulmonary
//   embolism (same-day assessment, NICE NG158), unexplained breathlessness, chest pain or coughing up blood.
// - Every positive red flag raises at least one alert (each needs a documented clinician decision).
// - Within a concern the rules are mutually exclusive (a cluster rule and its single-flag rule never both fire).
import {
  CONDITIONS,
  MEDICATIONS,
  RED_FLAGS,
  REGIONS,
  type Condition,
  type Medication,
  type RedFlag,
  type RedFlagConcern,
} from '../vocabulary/index.ts';
import { present, type CaseFacts } from './facts.ts';
import { ALL_BUT_THRUST, ALL_TECHNIQUES, LOWER_LIMB } from './groups.ts';
import { SOURCES, cite } from './sources.ts';
import type { ExerciseLimitTemplate, RestrictionTemplate } from './templates.ts';
import type { ReferralUrgency } from './types.ts';

/** Why a rule fired: trigger ids, readable reasons, and the inputs recorded with the alert. */
export interface RuleMatch {
  triggers: string[];
  reasons: string[];
  inputs: Record<string, unknown>;
}

export interface ReferralRule {
  id: string;
  concern: RedFlagConcern;
  urgency: ReferralUrgency;
  stopsTreatment: boolean;
  /** When the rule fires, in words (the rule catalogue). */
  firesWhen: string;
  rationale: string;
  source: string;
  /** The predicate over the case: what made it fire, or null. */
  match: (facts: CaseFacts) => RuleMatch | null;
  /** Techniques restricted while the alert stands (in case the clinician continues care). */
  restrictions: readonly RestrictionTemplate[];
  exerciseLimits: readonly ExerciseLimitTemplate[];
}

// ── Thresholds and flag groups ──────────────────────────────────────────────────────────────────────────────────

/** Age above which age counts as a malignancy feature (Finucane 2020: age > 50). */
export const MALIGNANCY_AGE_ABOVE = 50;
/** Age above which age counts as a fragility factor for fracture (Finucane et al. 2020: age > 70). */
export const FRACTURE_AGE_ABOVE = 70;

export const CAUDA_EQUINA_FLAGS: readonly RedFlag[] = [
  'saddle_anaesthesia',
  'bladder_dysfunction',
  'bowel_dysfunction',
  'sexual_dysfunction',
  'bilateral_sciatica',
];
/** Every cervical arterial dysfunction feature in the vocabulary (the 5 Ds and 3 Ns, carotid features, ...). */
export const CAD_FEATURES: readonly RedFlag[] = RED_FLAGS.ids.filter(
  (id) => RED_FLAGS.entries[id].concern === 'cervical_arterial',
);
/** CAD features that on their own are acute neurological signs (IFOMPT cervical framework: emergency). */
export const CAD_MAJOR_SIGNS: readonly RedFlag[] = [
  'diplopia',
  'dysarthria',
  'dysphagia',
  'drop_attacks',
  'nystagmus',
  'ataxia',
  'horners_syndrome',
  'cranial_nerve_signs',
  'tia_symptoms',
  'worst_ever_headache',
  'facial_numbness',
];
export const CANCER_HISTORY_CONDITIONS: readonly Condition[] = ['cancer_history', 'cancer_active', 'bone_metastases'];
export const MALIGNANCY_FEATURES: readonly RedFlag[] = [
  'unexplained_weight_loss',
  'constant_night_pain',
  'failure_to_improve',
];
export const FRACTURE_SIGNS: readonly RedFlag[] = ['minor_fall', 'structural_deformity', 'spinal_point_tenderness'];
export const FRAGILITY_CONDITIONS: readonly Condition[] = ['osteoporosis', 'osteopenia'];
export const FRAGILITY_MEDICATIONS: readonly Medication[] = ['corticosteroid_long_term'];
export const INFECTION_RISK_FLAGS: readonly RedFlag[] = ['iv_drug_use', 'recent_infection', 'recent_spinal_injection'];
export const IMMUNOSUPPRESSION_CONDITIONS: readonly Condition[] = ['immunosuppression'];
export const IMMUNOSUPPRESSION_MEDICATIONS: readonly Medication[] = ['immunosuppressant', 'chemotherapy'];
export const UPPER_CERVICAL_FLAGS: readonly RedFlag[] = ['bilateral_paraesthesia', 'lump_in_throat', 'drop_attacks'];
export const UPPER_CERVICAL_RISK_CONDITIONS: readonly Condition[] = ['rheumatoid_arthritis', 'down_syndrome'];
/** Chest signs that, with a suspected clot, point to a pulmonary embolism (NICE NG158). */
export const PULMONARY_EMBOLISM_FLAGS: readonly RedFlag[] = ['unexplained_breathlessness', 'haemoptysis'];

// ── Evidence: readable reasons and recorded inputs ─────────────────────────────────────────────────────────────────

interface Evidence {
  redFlags?: readonly RedFlag[];
  conditions?: readonly Condition[];
  medications?: readonly Medication[];
  /** Age, when the rule used it, and the words for why. */
  age?: { value: number; words: string };
  extra?: readonly string[];
  extraInputs?: Record<string, unknown>;
}

function evidence(e: Evidence): RuleMatch {
  const redFlags = e.redFlags ?? [];
  const conditions = e.conditions ?? [];
  const medications = e.medications ?? [];
  return {
    triggers: [...redFlags, ...conditions, ...medications, ...(e.age ? ['age'] : [])],
    reasons: [
      ...redFlags.map((id) => RED_FLAGS.entries[id].label),
      ...conditions.map((id) => CONDITIONS.entries[id].label),
      ...medications.map((id) => MEDICATIONS.entries[id].label),
      ...(e.age ? [e.age.words] : []),
      ...(e.extra ?? []),
    ],
    inputs: {
      redFlags: [...redFlags],
      conditions: [...conditions],
      medications: [...medications],
      ...(e.age ? { age: e.age.value } : {}),
      ...e.extraInputs,
    },
  };
}

const cancerHistory = (f: CaseFacts) => ({
  redFlags: present(f.redFlags, ['history_of_cancer']),
  conditions: present(f.conditions, CANCER_HISTORY_CONDITIONS),
});

/** Cancer history with any other feature (age > 50 counts), or two of the other features without it. */
function malignancyCluster(f: CaseFacts): boolean {
  const history = cancerHistory(f);
  const hasHistory = history.redFlags.length + history.conditions.length > 0;
  const features = present(f.redFlags, MALIGNANCY_FEATURES).length;
  return (hasHistory && (features > 0 || f.age > MALIGNANCY_AGE_ABOVE)) || features >= 2;
}

function malignancyEvidence(f: CaseFacts): RuleMatch {
  const history = cancerHistory(f);
  return evidence({
    redFlags: [...history.redFlags, ...present(f.redFlags, MALIGNANCY_FEATURES)],
    conditions: history.conditions,
    ...(f.age > MALIGNANCY_AGE_ABOVE
      ? { age: { value: f.age, words: `Age ${f.age} (over ${MALIGNANCY_AGE_ABOVE})` } }
      : {}),
  });
}

function fragility(f: CaseFacts): Evidence {
  return {
    conditions: present(f.conditions, FRAGILITY_CONDITIONS),
    medications: present(f.medications, FRAGILITY_MEDICATIONS),
    ...(f.age > FRACTURE_AGE_ABOVE
      ? { age: { value: f.age, words: `Age ${f.age} (over ${FRACTURE_AGE_ABOVE})` } }
      : {}),
  };
}

const hasFragility = (f: CaseFacts): boolean => {
  const e = fragility(f);
  return (e.conditions?.length ?? 0) + (e.medications?.length ?? 0) > 0 || e.age !== undefined;
};

function spinalWords(f: CaseFacts): string[] {
  return f.spinalComplaint
    ? [
        `Complaint involves the spine (${f.complaintRegions.map((r) => REGIONS.entries[r].label.toLowerCase()).join(', ')})`,
      ]
    : [];
}

function infectionEvidence(f: CaseFacts, flags: readonly RedFlag[]): RuleMatch {
  return evidence({
    redFlags: flags,
    conditions: present(f.conditions, IMMUNOSUPPRESSION_CONDITIONS),
    medications: present(f.medications, IMMUNOSUPPRESSION_MEDICATIONS),
    extra: spinalWords(f),
    extraInputs: { spinalComplaint: f.spinalComplaint },
  });
}

const immunosuppressed = (f: CaseFacts): boolean =>
  present(f.conditions, IMMUNOSUPPRESSION_CONDITIONS).length +
    present(f.medications, IMMUNOSUPPRESSION_MEDICATIONS).length >
  0;

/** A suspected or current clot in the leg: the calf signs or the condition. */
const clotEvidence = (f: CaseFacts) => ({
  redFlags: present(f.redFlags, ['calf_swelling_warmth']),
  conditions: present(f.conditions, ['dvt']),
});

const upperCervicalRisk = (f: CaseFacts) => ({
  redFlags: present(f.redFlags, ['significant_trauma']),
  conditions: present(f.conditions, UPPER_CERVICAL_RISK_CONDITIONS),
});

// ── Restriction templates shared by several rules ───────────────────────────────────────────────────────────────

const NO_THRUST_EVERYWHERE: RestrictionTemplate = {
  action: 'avoid',
  categories: ['joint_manipulation'],
  regions: 'everywhere',
  rationale: 'No thrust manipulation until a doctor has assessed the red flags.',
};

const SUSPECTED_FRACTURE: readonly RestrictionTemplate[] = [
  {
    action: 'avoid',
    categories: ['joint_manipulation'],
    regions: 'complaint',
    rationale: 'No thrust over a possible fracture.',
  },
  {
    action: 'modify',
    categories: ['joint_mobilisation', 'mobilisation_with_movement', 'deep_tissue', 'iastm', 'percussive'],
    maxIntensity: 'gentle',
    regions: 'complaint',
    rationale: 'Only gentle force over a possible fracture until imaging has ruled it out.',
  },
];

const SUSPECTED_MALIGNANCY: readonly RestrictionTemplate[] = [
  {
    action: 'avoid',
    categories: ['joint_manipulation', 'deep_tissue', 'percussive'],
    regions: 'complaint',
    rationale: 'No thrust and no deep pressure over a site where a tumour has not been ruled out.',
  },
  {
    action: 'modify',
    categories: [
      'soft_tissue',
      'myofascial_release',
      'trigger_point',
      'iastm',
      'joint_mobilisation',
      'mobilisation_with_movement',
    ],
    maxIntensity: 'moderate',
    regions: 'complaint',
    rationale: 'No firm pressure or force over a site where a tumour has not been ruled out.',
  },
];

const SUSPECTED_CLOT: readonly RestrictionTemplate[] = [
  {
    action: 'avoid',
    categories: ALL_TECHNIQUES,
    regions: { regions: LOWER_LIMB },
    rationale: 'No manual therapy on the legs with a suspected clot: it could break loose.',
  },
];

const SUSPECTED_CLOT_EXERCISE: readonly ExerciseLimitTemplate[] = [
  {
    regions: { regions: LOWER_LIMB },
    maxLoad: 'light',
    avoidFeatures: [],
    avoidPositions: [],
    avoidCategories: ['self_massage'],
    rationale: 'No self-massage and only light leg exercise until a suspected clot is cleared.',
  },
];

const UPPER_CERVICAL: readonly RestrictionTemplate[] = [
  {
    action: 'avoid',
    categories: ['joint_manipulation'],
    regions: { regions: ['cervical'] },
    rationale: 'No neck manipulation while the upper neck may be unstable.',
  },
  {
    action: 'modify',
    categories: ['joint_mobilisation', 'mobilisation_with_movement'],
    maxIntensity: 'gentle',
    regions: { regions: ['cervical'] },
    rationale: 'Only gentle neck mobilisation while the upper neck may be unstable.',
  },
];

// ── The rule table ─────────────────────────────────────────────────────────────────────────────────────────────

export const REFERRAL_RULES: readonly ReferralRule[] = [
  {
    id: 'refer.cauda_equina',
    concern: 'cauda_equina',
    urgency: 'emergency',
    stopsTreatment: true,
    firesWhen: 'any cauda equina sign: saddle numbness, bladder, bowel or sexual dysfunction, leg signs in both legs',
    rationale:
      'Signs of cauda equina compression need same-day emergency assessment; no manual therapy or exercise until it is ruled out.',
    source: SOURCES.finucane,
    match: (f) => {
      const flags = present(f.redFlags, CAUDA_EQUINA_FLAGS);
      return flags.length > 0 ? evidence({ redFlags: flags }) : null;
    },
    restrictions: [NO_THRUST_EVERYWHERE],
    exerciseLimits: [],
  },
  {
    id: 'refer.cad_acute',
    concern: 'cervical_arterial',
    urgency: 'emergency',
    stopsTreatment: true,
    firesWhen: `any major cervical arterial sign (${CAD_MAJOR_SIGNS.join(', ')}) or two or more cervical arterial features`,
    rationale:
      'These signs can mean a dissecting neck artery or a stroke in progress: send the client for emergency care today.',
    source: SOURCES.ifomptCervical,
    match: (f) => {
      const features = present(f.redFlags, CAD_FEATURES);
      const major = present(f.redFlags, CAD_MAJOR_SIGNS);
      return major.length > 0 || features.length >= 2 ? evidence({ redFlags: features }) : null;
    },
    restrictions: [
      {
        action: 'avoid',
        categories: ALL_TECHNIQUES,
        regions: { regions: ['cervical'] },
        rationale: 'No manual therapy to the neck with acute cervical arterial signs.',
      },
    ],
    exerciseLimits: [],
  },
  {
    id: 'refer.cad_possible',
    concern: 'cervical_arterial',
    urgency: 'routine',
    stopsTreatment: false,
    firesWhen:
      'exactly one cervical arterial feature and it is not a major sign (dizziness, nausea or pulsatile tinnitus alone)',
    rationale:
      'A single non-specific feature such as dizziness rarely means arterial disease, but the neck is treated cautiously and the doctor is told.',
    source: SOURCES.ifomptCervical,
    match: (f) => {
      const features = present(f.redFlags, CAD_FEATURES);
      return features.length === 1 && present(f.redFlags, CAD_MAJOR_SIGNS).length === 0
        ? evidence({ redFlags: features })
        : null;
    },
    restrictions: [
      {
        action: 'avoid',
        categories: ['joint_manipulation'],
        regions: { regions: ['cervical'] },
        rationale: 'No neck manipulation while a cervical arterial cause is possible.',
      },
      {
        // Maitland grades III–IV work at the end of range, so neck joint techniques stay at grades I–II.
        action: 'modify',
        categories: ['joint_mobilisation', 'mobilisation_with_movement', 'neural_mobilisation'],
        maxIntensity: 'gentle',
        regions: { regions: ['cervical'] },
        rationale:
          'Neck joint techniques stay gentle (grades I–II, short of end range) while a cervical arterial cause is possible.',
      },
      {
        action: 'modify',
        categories: ALL_BUT_THRUST,
        maxIntensity: 'moderate',
        regions: { regions: ['cervical'] },
        rationale: 'No firm or end-range neck techniques while a cervical arterial cause is possible.',
      },
    ],
    exerciseLimits: [],
  },
  {
    id: 'refer.malignancy_cluster',
    concern: 'malignancy',
    urgency: 'urgent',
    stopsTreatment: false,
    firesWhen: `cancer history (flag or condition) with unexplained weight loss, constant night pain, failure to improve or age over ${MALIGNANCY_AGE_ABOVE}; or two of those three flags`,
    rationale: 'This cluster raises the chance of a spinal malignancy enough to need medical review before a plan.',
    source: SOURCES.finucane,
    match: (f) => (malignancyCluster(f) ? malignancyEvidence(f) : null),
    restrictions: SUSPECTED_MALIGNANCY,
    exerciseLimits: [],
  },
  {
    id: 'refer.malignancy_single',
    concern: 'malignancy',
    urgency: 'routine',
    stopsTreatment: false,
    firesWhen: 'one malignancy flag or cancer history, without the cluster',
    rationale: 'One malignancy feature alone predicts little, so care may go on cautiously while the doctor is told.',
    source: SOURCES.finucane,
    match: (f) => {
      if (malignancyCluster(f)) return null;
      const history = cancerHistory(f);
      const any =
        history.redFlags.length + history.conditions.length + present(f.redFlags, MALIGNANCY_FEATURES).length > 0;
      return any ? malignancyEvidence(f) : null;
    },
    restrictions: SUSPECTED_MALIGNANCY,
    exerciseLimits: [],
  },
  {
    id: 'refer.fracture_trauma',
    concern: 'fracture',
    urgency: 'urgent',
    stopsTreatment: false,
    firesWhen: 'significant trauma',
    rationale: 'After significant trauma a fracture must be ruled out by imaging before treatment.',
    source: SOURCES.finucane,
    match: (f) => {
      if (!f.redFlags.has('significant_trauma')) return null;
      const frag = fragility(f);
      return evidence({ ...frag, redFlags: present(f.redFlags, ['significant_trauma', ...FRACTURE_SIGNS]) });
    },
    restrictions: SUSPECTED_FRACTURE,
    exerciseLimits: [],
  },
  {
    id: 'refer.fracture_fragility',
    concern: 'fracture',
    urgency: 'urgent',
    stopsTreatment: false,
    firesWhen: `a minor fall, structural deformity or spinal point tenderness with a fragility factor (osteoporosis, osteopenia, long-term corticosteroid, age over ${FRACTURE_AGE_ABOVE}), without significant trauma`,
    rationale:
      'In fragile bone a small fall or a new deformity can mean a fracture, which needs imaging before treatment.',
    source: cite(SOURCES.finucane, SOURCES.who),
    match: (f) => {
      const signs = present(f.redFlags, FRACTURE_SIGNS);
      if (f.redFlags.has('significant_trauma') || signs.length === 0 || !hasFragility(f)) return null;
      return evidence({ ...fragility(f), redFlags: signs });
    },
    restrictions: SUSPECTED_FRACTURE,
    exerciseLimits: [],
  },
  {
    id: 'refer.fracture_possible',
    concern: 'fracture',
    urgency: 'routine',
    stopsTreatment: false,
    firesWhen:
      'a minor fall, structural deformity or spinal point tenderness without a fragility factor or significant trauma',
    rationale:
      'Without trauma or fragile bone a fracture is unlikely, but force over the area stays low until the doctor has reviewed it.',
    source: SOURCES.finucane,
    match: (f) => {
      const signs = present(f.redFlags, FRACTURE_SIGNS);
      if (f.redFlags.has('significant_trauma') || signs.length === 0 || hasFragility(f)) return null;
      return evidence({ redFlags: signs });
    },
    restrictions: SUSPECTED_FRACTURE,
    exerciseLimits: [],
  },
  {
    id: 'refer.infection',
    concern: 'infection',
    urgency: 'urgent',
    stopsTreatment: false,
    firesWhen: 'fever or feeling systemically unwell',
    rationale: 'Fever with musculoskeletal pain needs medical review for infection; no manual therapy while feverish.',
    source: cite(SOURCES.finucane, SOURCES.who),
    match: (f) =>
      f.redFlags.has('fever') ? infectionEvidence(f, present(f.redFlags, ['fever', ...INFECTION_RISK_FLAGS])) : null,
    restrictions: [
      {
        action: 'avoid',
        categories: ALL_TECHNIQUES,
        regions: 'everywhere',
        rationale: 'No manual therapy while the client has a fever.',
      },
    ],
    exerciseLimits: [
      {
        regions: 'everywhere',
        maxLoad: 'light',
        avoidFeatures: [],
        avoidPositions: [],
        avoidCategories: [],
        rationale: 'Only light activity while the client has a fever.',
      },
    ],
  },
  {
    id: 'refer.infection_risk',
    concern: 'infection',
    urgency: 'routine',
    stopsTreatment: false,
    firesWhen:
      'intravenous drug use, recent infection or recent spinal injection, or immunosuppression with a spinal complaint; without fever',
    rationale:
      'A risk factor for spinal infection without fever calls for the doctor to be told and for watching for fever or night pain.',
    source: SOURCES.finucane,
    match: (f) => {
      if (f.redFlags.has('fever')) return null;
      const flags = present(f.redFlags, INFECTION_RISK_FLAGS);
      return flags.length > 0 || (immunosuppressed(f) && f.spinalComplaint) ? infectionEvidence(f, flags) : null;
    },
    restrictions: [
      {
        action: 'avoid',
        categories: ['joint_manipulation'],
        regions: 'complaint',
        rationale: 'No thrust at the complaint while an infection has not been ruled out.',
      },
    ],
    exerciseLimits: [],
  },
  {
    id: 'refer.dvt',
    concern: 'dvt',
    urgency: 'emergency',
    stopsTreatment: true,
    firesWhen: 'a swollen, warm, tender calf, or a current or suspected deep vein thrombosis, without chest signs',
    rationale:
      'A suspected deep vein thrombosis needs medical assessment the same day (NICE NG158): stop treatment and arrange it today. Ask about breathlessness, chest pain and coughing up blood: with any of them, call emergency services (possible pulmonary embolism).',
    source: cite(SOURCES.niceVte, SOURCES.batavia),
    match: (f) => {
      if (present(f.redFlags, PULMONARY_EMBOLISM_FLAGS).length > 0) return null;
      const clot = clotEvidence(f);
      return clot.redFlags.length + clot.conditions.length > 0 ? evidence(clot) : null;
    },
    restrictions: SUSPECTED_CLOT,
    exerciseLimits: SUSPECTED_CLOT_EXERCISE,
  },
  {
    id: 'refer.pulmonary_embolism',
    concern: 'dvt',
    urgency: 'emergency',
    stopsTreatment: true,
    firesWhen:
      'a swollen, warm, tender calf or a current or suspected deep vein thrombosis, with unexplained breathlessness or chest pain, or coughing up blood',
    rationale:
      'A clot in the leg with breathlessness, chest pain or coughing up blood may have reached the lungs (pulmonary embolism): call emergency services now and do not treat.',
    source: SOURCES.niceVte,
    match: (f) => {
      const chest = present(f.redFlags, PULMONARY_EMBOLISM_FLAGS);
      const clot = clotEvidence(f);
      return chest.length > 0 && clot.redFlags.length + clot.conditions.length > 0
        ? evidence({ redFlags: [...clot.redFlags, ...chest], conditions: clot.conditions })
        : null;
    },
    restrictions: SUSPECTED_CLOT,
    exerciseLimits: SUSPECTED_CLOT_EXERCISE,
  },
  {
    id: 'refer.progressive_neuro',
    concern: 'neurological',
    urgency: 'urgent',
    stopsTreatment: false,
    firesWhen: 'progressive weakness or numbness',
    rationale:
      'A worsening neurological deficit needs medical review before treatment; manipulation is contraindicated.',
    source: cite(SOURCES.finucane, SOURCES.who),
    match: (f) =>
      f.redFlags.has('progressive_neurological_deficit')
        ? evidence({ redFlags: ['progressive_neurological_deficit'] })
        : null,
    restrictions: [NO_THRUST_EVERYWHERE],
    exerciseLimits: [],
  },
  {
    id: 'refer.upper_cervical_instability',
    concern: 'upper_cervical_instability',
    urgency: 'urgent',
    stopsTreatment: false,
    firesWhen:
      'pins and needles in both arms or legs, lump in the throat or drop attacks, with rheumatoid arthritis, Down syndrome or significant trauma',
    rationale:
      'These symptoms with a cause of ligament laxity suggest upper neck instability, which needs imaging before treatment.',
    source: cite(SOURCES.ifomptCervical, SOURCES.who),
    match: (f) => {
      const flags = present(f.redFlags, UPPER_CERVICAL_FLAGS);
      const risk = upperCervicalRisk(f);
      if (flags.length === 0 || risk.redFlags.length + risk.conditions.length === 0) return null;
      return evidence({ redFlags: [...flags, ...risk.redFlags], conditions: risk.conditions });
    },
    restrictions: UPPER_CERVICAL,
    exerciseLimits: [],
  },
  {
    id: 'refer.upper_cervical_possible',
    concern: 'upper_cervical_instability',
    urgency: 'routine',
    stopsTreatment: false,
    firesWhen:
      'pins and needles in both arms or legs, lump in the throat or drop attacks, without a cause of ligament laxity',
    rationale:
      'Without a cause of ligament laxity instability is less likely, but the neck is treated cautiously and the doctor is told.',
    source: SOURCES.ifomptCervical,
    match: (f) => {
      const flags = present(f.redFlags, UPPER_CERVICAL_FLAGS);
      const risk = upperCervicalRisk(f);
      return flags.length > 0 && risk.redFlags.length + risk.conditions.length === 0
        ? evidence({ redFlags: flags })
        : null;
    },
    restrictions: UPPER_CERVICAL,
    exerciseLimits: [],
  },
  {
    id: 'refer.systemic',
    concern: 'systemic',
    urgency: 'emergency',
    stopsTreatment: true,
    firesWhen: 'unexplained breathlessness or chest pain, or coughing up blood',
    rationale:
      'Unexplained breathlessness, chest pain or coughing up blood can be a clot in the lung or a heart problem: send the client for emergency care.',
    source: cite(SOURCES.niceVte, SOURCES.policy),
    match: (f) => {
      const flags = present(f.redFlags, PULMONARY_EMBOLISM_FLAGS);
      return flags.length > 0 ? evidence({ redFlags: flags }) : null;
    },
    restrictions: [],
    exerciseLimits: [],
  },
];

export const REFERRAL_RULE_IDS: readonly string[] = REFERRAL_RULES.map((r) => r.id);
