// Technique and exercise categories, intensities, and practitioner scopes (practitioner.scope in docs/case-file.md).
import { vocabulary } from './vocabulary.ts';

export const TECHNIQUE_CATEGORIES = vocabulary('technique category', {
  soft_tissue: { label: 'Soft-tissue massage', pressure: true, thrust: false },
  myofascial_release: { label: 'Myofascial release', pressure: true, thrust: false },
  deep_tissue: { label: 'Deep-tissue massage', pressure: true, thrust: false },
  trigger_point: { label: 'Trigger-point therapy', pressure: true, thrust: false },
  iastm: { label: 'Instrument-assisted soft-tissue mobilisation', pressure: true, thrust: false },
  percussive: { label: 'Percussive therapy', pressure: true, thrust: false },
  joint_mobilisation: { label: 'Joint mobilisation', pressure: false, thrust: false },
  joint_manipulation: { label: 'Joint manipulation (thrust)', pressure: false, thrust: true },
  mobilisation_with_movement: { label: 'Mobilisation with movement', pressure: false, thrust: false },
  neural_mobilisation: { label: 'Neural mobilisation', pressure: false, thrust: false },
  lymphatic: { label: 'Lymphatic drainage', pressure: true, thrust: false },
});
export type TechniqueCategory = (typeof TECHNIQUE_CATEGORIES.ids)[number];

export const INTENSITIES = vocabulary('intensity', {
  gentle: { label: 'Gentle', rank: 0 },
  moderate: { label: 'Moderate', rank: 1 },
  firm: { label: 'Firm', rank: 2 },
});
export type Intensity = (typeof INTENSITIES.ids)[number];

export const EXERCISE_CATEGORIES = vocabulary('exercise category', {
  mobility: { label: 'Mobility' },
  activation: { label: 'Activation' },
  motor_control: { label: 'Motor control' },
  strength: { label: 'Strength' },
  endurance: { label: 'Endurance' },
  proprioception: { label: 'Balance and proprioception' },
  functional: { label: 'Functional' },
  cardio: { label: 'Cardio' },
  self_massage: { label: 'Self-massage' },
  relaxation: { label: 'Relaxation and breathing' },
});
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES.ids)[number];

export const PRACTITIONER_SCOPES = vocabulary('practitioner scope', {
  ...TECHNIQUE_CATEGORIES.entries,
  exercise: { label: 'Exercise prescription', pressure: false, thrust: false },
});
export type PractitionerScope = (typeof PRACTITIONER_SCOPES.ids)[number];
