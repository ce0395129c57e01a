// Impairments: what reasoning infers from findings, and what techniques and exercises address.
import { vocabulary } from './vocabulary.ts';

export const IMPAIRMENTS = vocabulary('impairment', {
  tissue_restriction: { label: 'Restricted soft-tissue extensibility' },
  muscle_guarding: { label: 'Protective muscle tone and guarding' },
  myofascial_trigger_points: { label: 'Sensitive myofascial trigger points' },
  joint_hypomobility: { label: 'Stiff joint (reduced range or accessory motion)' },
  motor_control_deficit: { label: 'Poor movement control or timing' },
  strength_deficit: { label: 'Weakness' },
  endurance_deficit: { label: 'Low muscular endurance' },
  neural_sensitivity: { label: 'Sensitive nerve tissue (reduced neural glide)' },
  fear_of_movement: { label: 'Fear of movement and avoidance' },
  postural_load_intolerance: { label: 'Poor tolerance of sustained postures' },
  balance_deficit: { label: 'Reduced balance and proprioception' },
  aerobic_deconditioning: { label: 'Low aerobic fitness' },
  pain_sensitisation: { label: 'Heightened pain sensitivity' },
  breathing_pattern_dysfunction: { label: 'Upper-chest or breath-holding pattern' },
});
export type Impairment = (typeof IMPAIRMENTS.ids)[number];
