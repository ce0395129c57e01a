// Assessment findings: posture, movement, range of motion (with normal ranges), strength and functional tests.
import type { Impairment } from './impairments.ts';
import type { Region } from './regions.ts';
import { vocabulary } from './vocabulary.ts';

const f = (label: string, region: Region, suggests: readonly Impairment[]) => ({ label, region, suggests });

export const POSTURE_FINDINGS = vocabulary('posture finding', {
  anterior_pelvic_tilt: f('Anterior pelvic tilt', 'pelvis', ['tissue_restriction', 'motor_control_deficit']),
  posterior_pelvic_tilt: f('Posterior pelvic tilt', 'pelvis', ['tissue_restriction', 'motor_control_deficit']),
  forward_head: f('Forward head posture', 'cervical', ['postural_load_intolerance', 'endurance_deficit']),
  rounded_shoulders: f('Rounded shoulders', 'shoulder', ['tissue_restriction', 'postural_load_intolerance']),
  increased_thoracic_kyphosis: f('Increased thoracic kyphosis', 'thoracic', [
    'joint_hypomobility',
    'postural_load_intolerance',
  ]),
  flat_back: f('Flattened lumbar curve', 'lumbar', ['joint_hypomobility']),
  lateral_shift: f('Lateral shift of the trunk', 'lumbar', ['muscle_guarding']),
  scoliosis: f('Scoliosis', 'thoracic', ['postural_load_intolerance']),
  elevated_shoulder: f('Elevated shoulder girdle', 'upper_trapezius', ['muscle_guarding', 'tissue_restriction']),
  winged_scapula: f('Winging of the shoulder blade', 'scapula', ['strength_deficit', 'motor_control_deficit']),
  knee_valgus: f('Knees drift inward in standing', 'knee', ['strength_deficit', 'motor_control_deficit']),
  knee_hyperextension: f('Knees lock into hyperextension', 'knee', ['motor_control_deficit']),
  flat_feet: f('Flat feet (low arch)', 'foot', ['strength_deficit']),
  leg_length_difference: f('Apparent leg-length difference', 'pelvis', ['motor_control_deficit']),
});
export type PostureFinding = (typeof POSTURE_FINDINGS.ids)[number];

export const MOVEMENT_FINDINGS = vocabulary('movement finding', {
  poor_hip_hinge: f('Bends from the spine instead of the hips', 'lumbar', ['motor_control_deficit']),
  transversus_abdominis_inhibition: f('Poor deep abdominal activation', 'lumbar', [
    'motor_control_deficit',
    'endurance_deficit',
  ]),
  lumbar_flexion_intolerance: f('Pain with repeated or sustained bending', 'lumbar', [
    'postural_load_intolerance',
    'fear_of_movement',
  ]),
  lumbar_extension_intolerance: f('Pain with arching back or standing long', 'lumbar', ['postural_load_intolerance']),
  excessive_lumbar_extension: f('Arches the low back to move', 'lumbar', ['motor_control_deficit']),
  movement_guarding: f('Guarded, stiff, slow movement', 'lumbar', ['fear_of_movement', 'muscle_guarding']),
  thoracic_rotation_limited: f('Limited mid-back rotation', 'thoracic', ['joint_hypomobility']),
  thoracic_extension_limited: f('Limited mid-back extension', 'thoracic', ['joint_hypomobility']),
  breathing_pattern_dysfunction: f('Upper-chest breathing or breath holding', 'chest', [
    'breathing_pattern_dysfunction',
  ]),
  deep_neck_flexor_weakness: f('Deep neck flexors fatigue early', 'cervical', [
    'endurance_deficit',
    'motor_control_deficit',
  ]),
  cervical_rotation_limited: f('Limited neck rotation', 'cervical', ['joint_hypomobility', 'tissue_restriction']),
  upper_limb_neural_tension: f('Arm nerve tension test reproduces symptoms', 'cervical', ['neural_sensitivity']),
  painful_arc: f('Painful arc on raising the arm', 'shoulder', ['motor_control_deficit', 'strength_deficit']),
  scapular_dyskinesis: f('Shoulder blade moves poorly', 'scapula', ['motor_control_deficit']),
  lower_trapezius_weakness: f('Weak lower trapezius', 'scapula', ['strength_deficit']),
  rotator_cuff_weakness: f('Weak rotator cuff', 'shoulder', ['strength_deficit', 'endurance_deficit']),
  shoulder_internal_rotation_deficit: f('Limited shoulder internal rotation', 'shoulder', [
    'joint_hypomobility',
    'tissue_restriction',
  ]),
  grip_pain: f('Gripping provokes elbow pain', 'elbow', ['strength_deficit']),
  wrist_extensor_weakness: f('Weak wrist extensors', 'forearm', ['strength_deficit']),
  gluteus_medius_weakness: f('Hip drops on single-leg stance (Trendelenburg)', 'gluteal', ['strength_deficit']),
  dynamic_knee_valgus: f('Knee caves in on squat or step-down', 'knee', ['motor_control_deficit', 'strength_deficit']),
  poor_squat_pattern: f('Poor squat pattern', 'hip', ['motor_control_deficit', 'joint_hypomobility']),
  hip_flexor_tightness: f('Tight hip flexors (Thomas test)', 'hip', ['tissue_restriction']),
  hamstring_tightness: f('Tight hamstrings', 'thigh', ['tissue_restriction']),
  positive_slump: f('Slump or straight-leg raise reproduces leg symptoms', 'lumbar', ['neural_sensitivity']),
  limited_ankle_dorsiflexion: f('Limited ankle dorsiflexion', 'ankle', ['joint_hypomobility', 'tissue_restriction']),
  quadriceps_weakness: f('Weak quadriceps', 'thigh', ['strength_deficit']),
  calf_weakness: f('Weak calf (few single-leg heel raises)', 'calf', ['strength_deficit', 'endurance_deficit']),
  poor_single_leg_balance: f('Poor single-leg balance', 'ankle', ['balance_deficit']),
  widespread_tenderness: f('Tender in many regions', 'widespread', ['pain_sensitisation']),
  low_activity_tolerance: f('Tires quickly with walking or activity', 'widespread', [
    'aerobic_deconditioning',
    'endurance_deficit',
  ]),
});
export type MovementFinding = (typeof MOVEMENT_FINDINGS.ids)[number];

/**
 * Normal active range of motion in degrees: AAOS 1965 as tabulated in Norkin & White, Measurement of Joint Motion
 * (peripheral joints); AMA Guides 5th ed. (spine). [R] recalled; see docs/rules.md.
 */
export const ROM_NORMS = {
  cervical: { flexion: 45, extension: 45, lateral_flexion: 45, rotation: 60 },
  thoracic: { rotation: 30, flexion: 45 },
  lumbar: { flexion: 60, extension: 25, lateral_flexion: 25 },
  shoulder: {
    flexion: 180,
    extension: 60,
    abduction: 180,
    internal_rotation: 70,
    external_rotation: 90,
    horizontal_adduction: 135,
  },
  elbow: { flexion: 150, extension: 0, pronation: 80, supination: 80 },
  wrist: { flexion: 80, extension: 70, radial_deviation: 20, ulnar_deviation: 30 },
  hip: { flexion: 120, extension: 30, abduction: 45, adduction: 30, internal_rotation: 45, external_rotation: 45 },
  knee: { flexion: 135, extension: 0 },
  ankle: { dorsiflexion: 20, plantarflexion: 50, inversion: 35, eversion: 15 },
} as const satisfies Partial<Record<Region, Record<string, number>>>;

export type RomJoint = keyof typeof ROM_NORMS;
export const ROM_JOINTS = vocabulary('ROM joint', {
  cervical: { label: 'Neck' },
  thoracic: { label: 'Mid back' },
  lumbar: { label: 'Lower back' },
  shoulder: { label: 'Shoulder' },
  elbow: { label: 'Elbow and forearm' },
  wrist: { label: 'Wrist' },
  hip: { label: 'Hip' },
  knee: { label: 'Knee' },
  ankle: { label: 'Ankle' },
} satisfies Record<RomJoint, { label: string }>);

export const ROM_MOTIONS = vocabulary('ROM motion', {
  flexion: { label: 'Flexion' },
  extension: { label: 'Extension' },
  lateral_flexion: { label: 'Side bending' },
  rotation: { label: 'Rotation' },
  abduction: { label: 'Abduction' },
  adduction: { label: 'Adduction' },
  internal_rotation: { label: 'Internal rotation' },
  external_rotation: { label: 'External rotation' },
  horizontal_adduction: { label: 'Horizontal adduction' },
  pronation: { label: 'Pronation' },
  supination: { label: 'Supination' },
  radial_deviation: { label: 'Radial deviation' },
  ulnar_deviation: { label: 'Ulnar deviation' },
  dorsiflexion: { label: 'Dorsiflexion' },
  plantarflexion: { label: 'Plantarflexion' },
  inversion: { label: 'Inversion' },
  eversion: { label: 'Eversion' },
});
export type RomMotion = (typeof ROM_MOTIONS.ids)[number];

/** Normal range for a joint and motion, or undefined when that motion is not measured at that joint. */
export function romNorm(joint: RomJoint, motion: RomMotion): number | undefined {
  const norms: Partial<Record<RomMotion, number>> = ROM_NORMS[joint];
  return norms[motion];
}

/** Below this share of the normal range a ROM measure counts as limited. [P] Tandem policy, see docs/rules.md. */
export const ROM_LIMITED_FRACTION = 0.8;

/** Manual muscle testing grades (MRC / Oxford scale 0–5; Medical Research Council 1976). */
export const STRENGTH_GRADE_MIN = 0;
export const STRENGTH_GRADE_MAX = 5;
/** Grade 4 or below counts as weakness for reasoning ("movement against some resistance" or less). */
export const STRENGTH_WEAK_AT_OR_BELOW = 4;

export const FUNCTIONAL_TESTS = vocabulary('functional test', {
  single_leg_stance: { label: 'Single-leg stance, eyes open', unit: 's', better: 'higher', lateral: true },
  timed_up_and_go: { label: 'Timed up and go', unit: 's', better: 'lower', lateral: false },
  sit_to_stand_30s: { label: '30-second chair stand', unit: 'count', better: 'higher', lateral: false },
  five_times_sit_to_stand: { label: 'Five times sit to stand', unit: 's', better: 'lower', lateral: false },
  six_minute_walk: { label: 'Six-minute walk', unit: 'm', better: 'higher', lateral: false },
  side_plank_hold: { label: 'Side plank hold', unit: 's', better: 'higher', lateral: true },
  trunk_extensor_endurance: {
    label: 'Trunk extensor endurance (Sorensen)',
    unit: 's',
    better: 'higher',
    lateral: false,
  },
  deep_neck_flexor_endurance: { label: 'Deep neck flexor endurance', unit: 's', better: 'higher', lateral: false },
  single_leg_heel_raise: { label: 'Single-leg heel raises', unit: 'count', better: 'higher', lateral: true },
  grip_strength: { label: 'Grip strength', unit: 'kg', better: 'higher', lateral: true },
  step_down: { label: 'Step-down quality (count of good reps)', unit: 'count', better: 'higher', lateral: true },
  daily_steps: { label: 'Daily step count', unit: 'steps', better: 'higher', lateral: false },
});
export type FunctionalTest = (typeof FUNCTIONAL_TESTS.ids)[number];

/** The seven FMS tests; bilateral ones are scored per side. */
export const FMS_TESTS = {
  deep_squat: { label: 'Deep squat', bilateral: false },
  hurdle_step: { label: 'Hurdle step', bilateral: true },
  inline_lunge: { label: 'In-line lunge', bilateral: true },
  shoulder_mobility: { label: 'Shoulder mobility', bilateral: true },
  active_straight_leg_raise: { label: 'Active straight-leg raise', bilateral: true },
  trunk_stability_pushup: { label: 'Trunk stability push-up', bilateral: false },
  rotary_stability: { label: 'Rotary stability', bilateral: true },
} as const;
export type FmsTest = keyof typeof FMS_TESTS;
