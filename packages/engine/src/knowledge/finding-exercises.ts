// Which exercises answer a specific finding best: the clinician's first choice, tried before generic matching.
import type { MovementFinding, PostureFinding, Region, Structure } from '../vocabulary/index.ts';

/** Finding → exercise ids in order of preference (easier first; the plan moves along each chain by phase). */
export const FINDING_EXERCISES: Partial<Record<MovementFinding | PostureFinding, readonly string[]>> = {
  poor_hip_hinge: ['hip_hinge_dowel', 'goblet_squat', 'kettlebell_deadlift'],
  transversus_abdominis_inhibition: ['dead_bug', 'bird_dog'],
  anterior_pelvic_tilt: ['pelvic_tilt', 'glute_bridge'],
  movement_guarding: ['cat_cow', 'pelvic_tilt'],
  deep_neck_flexor_weakness: ['chin_nod_supine', 'chin_tuck_seated', 'chin_tuck_head_lift'],
  forward_head: ['chin_tuck_seated', 'open_book'],
  rounded_shoulders: ['doorway_pec_stretch', 'scapular_retraction', 'open_book'],
  scapular_dyskinesis: ['scapular_retraction', 'wall_slide', 'band_row'],
  lower_trapezius_weakness: ['prone_y_raise', 'wall_slide'],
  painful_arc: ['band_external_rotation', 'wall_slide'],
  thoracic_rotation_limited: ['open_book', 'seated_thoracic_rotation'],
  thoracic_extension_limited: ['thoracic_extension_roller', 'cat_cow_thoracic'],
  cervical_rotation_limited: ['neck_rotation_active'],
};

/** Palpated structure → a stretch or self-treatment that keeps what the hands-on work gained. */
export const STRUCTURE_EXERCISES: Partial<Record<Structure, readonly string[]>> = {
  upper_trapezius: ['upper_trapezius_stretch'],
  levator_scapulae: ['levator_scapulae_stretch'],
  pectoralis_minor: ['doorway_pec_stretch'],
  quadratus_lumborum: ['side_plank_knees'],
  erector_spinae: ['cat_cow'],
};

/**
 * Early post-operative staples by operated region, preferred while the region heals (under 12 weeks): isometric
 * activation, assisted range and light closed-chain work (Bade & Stevens-Lapsley 2011, J Orthop Sports Phys Ther
 * 41(12):932; Tandem policy [P] for the choice of records). Screening still checks each against the load allowed.
 */
export const POST_OPERATIVE_EXERCISES: Partial<Record<Region, readonly string[]>> = {
  knee: [
    'quad_set',
    'straight_leg_raise',
    'heel_slide',
    'heel_prop_knee_extension',
    'short_arc_quad',
    'mini_squat',
    'ankle_pumps',
  ],
  thigh: ['quad_set', 'straight_leg_raise', 'heel_slide'],
  hip: ['ankle_pumps', 'glute_set_supine', 'quad_set', 'heel_slide', 'sit_to_stand'],
  ankle: ['ankle_pumps', 'ankle_alphabet', 'seated_heel_raise', 'towel_calf_stretch_seated'],
  foot: ['ankle_pumps', 'towel_scrunch', 'seated_heel_raise'],
  shoulder: ['pendulum', 'table_slide', 'shoulder_flexion_dowel_supine', 'shoulder_isometric_external_rotation'],
  elbow: ['elbow_bend_straighten', 'forearm_rotation_active', 'grip_squeeze'],
  wrist: ['wrist_active_range', 'grip_squeeze', 'forearm_rotation_active'],
};

/**
 * For a client at high fall risk: sit-to-stand practice and a supported, progressive balance program (Sherrington
 * et al. 2019, Cochrane CD012424; Otago Exercise Programme), first in every plan.
 */
export const FALL_RISK_EXERCISES: readonly string[] = [
  'sit_to_stand',
  'supported_sideways_walking',
  'supported_tandem_stance',
  'supported_heel_raise',
  'supported_knee_bend',
];
