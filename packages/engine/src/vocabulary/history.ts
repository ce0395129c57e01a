// Conditions and medication classes that matter for safety, red flags, and the shape of a complaint.
import { vocabulary } from './vocabulary.ts';

export const CONDITIONS = vocabulary('condition', {
  osteopenia: { label: 'Osteopenia' },
  osteoporosis: { label: 'Osteoporosis' },
  bleeding_disorder: { label: 'Bleeding disorder' },
  dvt: { label: 'Deep vein thrombosis (current or suspected)' },
  history_of_dvt: { label: 'Past deep vein thrombosis (treated)' },
  pre_eclampsia: { label: 'Pre-eclampsia' },
  cancer_active: { label: 'Cancer under treatment' },
  cancer_history: { label: 'Past cancer' },
  bone_metastases: { label: 'Bone metastases' },
  lymphoedema: { label: 'Lymphoedema or lymph nodes removed' },
  hypertension: { label: 'High blood pressure (controlled)' },
  uncontrolled_hypertension: { label: 'High blood pressure (uncontrolled)' },
  hypercholesterolaemia: { label: 'High cholesterol (hypercholesterolaemia)' },
  smoker: { label: 'Smokes (current)' },
  cardiovascular_disease: { label: 'Heart or vascular disease' },
  unstable_cardiac_condition: { label: 'Unstable heart condition' },
  aortic_aneurysm: { label: 'Aortic aneurysm' },
  recent_stroke_or_tia: { label: 'Recent stroke or TIA' },
  rheumatoid_arthritis: { label: 'Rheumatoid arthritis' },
  inflammatory_arthritis_flare: { label: 'Inflammatory arthritis flare' },
  acute_inflammation: { label: 'Acute local inflammation' },
  local_infection: { label: 'Local skin or soft-tissue infection' },
  spinal_infection: { label: 'Spinal infection' },
  diabetes: { label: 'Diabetes' },
  peripheral_neuropathy: { label: 'Peripheral neuropathy (reduced sensation)' },
  immunosuppression: { label: 'Immunosuppression' },
  fragile_skin: { label: 'Fragile skin' },
  open_wound: { label: 'Open wound' },
  hypermobility_syndrome: { label: 'Hypermobility syndrome' },
  connective_tissue_disorder: { label: 'Connective tissue disorder' },
  down_syndrome: { label: 'Down syndrome' },
  spinal_fusion: { label: 'Spinal fusion or fixation hardware' },
  joint_replacement: { label: 'Joint replacement' },
  fibromyalgia: { label: 'Fibromyalgia' },
  osteoarthritis: { label: 'Osteoarthritis' },
  migraine: { label: 'Migraine' },
  recent_neck_trauma: { label: 'Neck injury in the last weeks (e.g. whiplash)' },
  varicose_veins: { label: 'Varicose veins' },
  epilepsy: { label: 'Epilepsy' },
  depression_or_anxiety: { label: 'Depression or anxiety' },
});
export type Condition = (typeof CONDITIONS.ids)[number];

export const MEDICATIONS = vocabulary('medication class', {
  anticoagulant: { label: 'Anticoagulant (e.g. warfarin, DOAC)' },
  antiplatelet: { label: 'Antiplatelet (e.g. aspirin, clopidogrel)' },
  corticosteroid_long_term: { label: 'Long-term oral corticosteroid' },
  immunosuppressant: { label: 'Immunosuppressant' },
  chemotherapy: { label: 'Chemotherapy' },
  bisphosphonate: { label: 'Bisphosphonate' },
  opioid: { label: 'Opioid' },
  nsaid: { label: 'Anti-inflammatory (NSAID)' },
  antihypertensive: { label: 'Blood pressure medicine' },
  antidepressant: { label: 'Antidepressant' },
  gabapentinoid: { label: 'Gabapentinoid' },
  muscle_relaxant: { label: 'Muscle relaxant' },
  insulin: { label: 'Insulin' },
  oral_contraceptive: { label: 'Oral contraceptive (the pill)' },
});
export type Medication = (typeof MEDICATIONS.ids)[number];

/** Positive red-flag findings. `concern` groups them for screening (Finucane 2020; IFOMPT cervical framework). */
export type RedFlagConcern =
  | 'cauda_equina'
  | 'malignancy'
  | 'fracture'
  | 'infection'
  | 'cervical_arterial'
  | 'upper_cervical_instability'
  | 'dvt'
  | 'neurological'
  | 'systemic';

const flag = (label: string, concern: RedFlagConcern) => ({ label, concern });

export const RED_FLAGS = vocabulary('red flag', {
  saddle_anaesthesia: flag('Numbness in the saddle area', 'cauda_equina'),
  bladder_dysfunction: flag('New bladder retention or incontinence', 'cauda_equina'),
  bowel_dysfunction: flag('New bowel incontinence or loss of rectal sensation', 'cauda_equina'),
  sexual_dysfunction: flag('New sexual dysfunction', 'cauda_equina'),
  bilateral_sciatica: flag('Leg pain or neurological signs in both legs', 'cauda_equina'),
  progressive_neurological_deficit: flag('Progressive weakness or numbness', 'neurological'),
  history_of_cancer: flag('Past history of cancer', 'malignancy'),
  unexplained_weight_loss: flag('Unexplained weight loss', 'malignancy'),
  constant_night_pain: flag('Constant or night pain not eased by rest or position', 'malignancy'),
  failure_to_improve: flag('No improvement after 4–6 weeks of conservative care', 'malignancy'),
  significant_trauma: flag('Significant trauma', 'fracture'),
  minor_fall: flag('Minor fall (relevant when older or osteoporotic)', 'fracture'),
  structural_deformity: flag('New structural deformity', 'fracture'),
  spinal_point_tenderness: flag('Sharp point tenderness over the spine', 'fracture'),
  fever: flag('Fever, chills or feeling systemically unwell', 'infection'),
  iv_drug_use: flag('Intravenous drug use', 'infection'),
  recent_infection: flag('Recent bacterial infection (e.g. urinary, skin)', 'infection'),
  recent_spinal_injection: flag('Recent spinal injection or procedure', 'infection'),
  dizziness: flag('Dizziness', 'cervical_arterial'),
  diplopia: flag('Double vision', 'cervical_arterial'),
  dysarthria: flag('Slurred speech', 'cervical_arterial'),
  dysphagia: flag('Difficulty swallowing', 'cervical_arterial'),
  drop_attacks: flag('Drop attacks', 'cervical_arterial'),
  nausea: flag('Nausea', 'cervical_arterial'),
  nystagmus: flag('Nystagmus', 'cervical_arterial'),
  facial_numbness: flag('Numbness of the face or lips', 'cervical_arterial'),
  ataxia: flag('Unsteady gait or clumsiness', 'cervical_arterial'),
  worst_ever_headache: flag('New, unusual, worst-ever head or neck pain', 'cervical_arterial'),
  horners_syndrome: flag('Drooping eyelid with small pupil (Horner)', 'cervical_arterial'),
  cranial_nerve_signs: flag('Cranial nerve signs', 'cervical_arterial'),
  pulsatile_tinnitus: flag('Pulsing sound in the ear', 'cervical_arterial'),
  tia_symptoms: flag('Transient stroke-like or visual symptoms', 'cervical_arterial'),
  bilateral_paraesthesia: flag('Pins and needles in both arms or legs', 'upper_cervical_instability'),
  lump_in_throat: flag('Sensation of a lump in the throat', 'upper_cervical_instability'),
  calf_swelling_warmth: flag('Swollen, warm, tender calf', 'dvt'),
  unexplained_breathlessness: flag('Unexplained breathlessness or chest pain', 'systemic'),
  haemoptysis: flag('Coughing up blood', 'systemic'),
});
export type RedFlag = (typeof RED_FLAGS.ids)[number];

export const ONSETS = vocabulary('onset', {
  gradual: { label: 'Gradual' },
  sudden: { label: 'Sudden, without injury' },
  traumatic: { label: 'After an injury' },
  post_surgical: { label: 'After surgery' },
});

export const PAIN_QUALITIES = vocabulary('pain quality', {
  aching: { label: 'Aching' },
  sharp: { label: 'Sharp' },
  tight: { label: 'Tight' },
  stiff: { label: 'Stiff' },
  burning: { label: 'Burning' },
  throbbing: { label: 'Throbbing' },
  shooting: { label: 'Shooting' },
  tingling: { label: 'Tingling or pins and needles' },
  numb: { label: 'Numb' },
  dull: { label: 'Dull' },
  cramping: { label: 'Cramping' },
});
