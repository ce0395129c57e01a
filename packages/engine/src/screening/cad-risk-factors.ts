// Risk factors for cervical arterial pathology (dissection or atherosclerosis) that the IFOMPT cervical framework
// (Rushton et al. 2023, J Orthop Sports Phys Ther 53(1):7) asks about before end-range or thrust neck techniques.
// Each factor counts once however many of its history items are present (hypertension, controlled or not, is one).
import type { Condition, Medication, RedFlag } from '../vocabulary/index.ts';

export interface CadRiskFactor {
  id: string;
  /** Lower-case words for notices ("high blood pressure"). */
  words: string;
  conditions?: readonly Condition[];
  medications?: readonly Medication[];
  redFlags?: readonly RedFlag[];
}

/** The framework's risk factors Tandem's vocabulary can record (IFOMPT 2023, risk factors for vascular pathology). */
export const CAD_RISK_FACTORS: readonly CadRiskFactor[] = [
  { id: 'hypertension', words: 'high blood pressure', conditions: ['hypertension', 'uncontrolled_hypertension'] },
  { id: 'hypercholesterolaemia', words: 'high cholesterol', conditions: ['hypercholesterolaemia'] },
  {
    id: 'cardiovascular_disease',
    words: 'cardiovascular disease (heart, vessels, stroke or TIA)',
    conditions: ['cardiovascular_disease', 'recent_stroke_or_tia'],
  },
  { id: 'smoking', words: 'smoking', conditions: ['smoker'] },
  { id: 'migraine', words: 'migraine-type headache', conditions: ['migraine'] },
  { id: 'recent_neck_trauma', words: 'recent neck trauma', conditions: ['recent_neck_trauma'] },
  { id: 'connective_tissue_disorder', words: 'connective tissue disorder', conditions: ['connective_tissue_disorder'] },
  { id: 'oral_contraceptive', words: 'oral contraceptive', medications: ['oral_contraceptive'] },
  { id: 'recent_infection', words: 'recent infection', redFlags: ['recent_infection'] },
  {
    id: 'clotting_disorder',
    words: 'clotting disorder or anticoagulant',
    conditions: ['bleeding_disorder'],
    medications: ['anticoagulant'],
  },
];

/** From this many distinct factors, thrust to the neck and upper back is avoided (Tandem policy [P]: two or more). */
export const CAD_RISK_FACTORS_AVOID_THRUST_FROM = 2;

/** The recorded history a factor is looked up in. */
export interface CadHistory {
  conditions: ReadonlySet<Condition>;
  medications: ReadonlySet<Medication>;
  redFlags: ReadonlySet<RedFlag>;
}

const holds = (factor: CadRiskFactor, history: CadHistory): boolean =>
  (factor.conditions ?? []).some((id) => history.conditions.has(id)) ||
  (factor.medications ?? []).some((id) => history.medications.has(id)) ||
  (factor.redFlags ?? []).some((id) => history.redFlags.has(id));

/** The risk factors present in this case, in table order. */
export const cadRiskFactorsOf = (history: CadHistory): CadRiskFactor[] =>
  CAD_RISK_FACTORS.filter((f) => holds(f, history));
