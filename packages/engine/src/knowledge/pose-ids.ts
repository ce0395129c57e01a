// Names of the figure poses exercise illustrations are drawn from (rendered by ../illustration).
export const POSE_IDS = [
  // standing family
  'stand', 'stand_arms_overhead', 'stand_arms_forward', 'stand_arms_out', 'stand_arm_row', 'stand_hinge', 'stand_hinge_deep',
  'squat_half', 'squat_deep', 'goblet_squat', 'lunge_split', 'lunge_forward', 'step_up', 'step_down', 'single_leg_stand',
  'heel_raise', 'toe_raise', 'stand_side_bend', 'stand_rotation', 'wall_slide_start', 'wall_slide_end', 'wall_lean',
  'wall_pushup', 'calf_stretch_wall', 'walk', 'march', 'carry', 'deadlift_bottom', 'kettlebell_swing_top', 'doorway_stretch',
  'stand_chin_tuck', 'stand_neck_rotation', 'stand_neck_side_bend', 'stand_shoulder_shrug', 'stand_external_rotation',
  'stand_internal_rotation', 'stand_pallof', 'stand_wrist_curl',
  // seated
  'sit', 'sit_chair_tall', 'sit_slump', 'sit_knee_extension', 'sit_thoracic_rotation', 'sit_to_stand_mid', 'sit_wrist_on_table',
  'sit_bike', 'sit_neck_stretch',
  // lying on the back
  'supine', 'supine_knees_bent', 'supine_bridge', 'supine_single_leg_bridge', 'supine_dead_bug', 'supine_knee_to_chest',
  'supine_straight_leg_raise', 'supine_hamstring_stretch', 'supine_figure_four', 'supine_knees_rotation', 'supine_arms_overhead',
  'supine_chin_nod', 'supine_on_roller', 'supine_breathing', 'supine_heel_slide', 'supine_pelvic_tilt',
  // lying on the front / side
  'prone', 'prone_press_up', 'prone_on_elbows', 'prone_superman', 'prone_y_raise', 'prone_t_raise', 'prone_hip_extension',
  'side_lying', 'side_lying_clam', 'side_lying_leg_raise', 'side_lying_open_book', 'side_lying_external_rotation',
  'side_plank_knees', 'side_plank',
  // all fours and kneeling
  'quadruped', 'quadruped_bird_dog', 'quadruped_cat', 'quadruped_cow', 'quadruped_rock_back', 'quadruped_thread_needle',
  'child_pose', 'plank_knees', 'plank', 'pushup_bottom', 'half_kneeling', 'half_kneeling_hip_flexor_stretch', 'tall_kneeling',
  // self-massage
  'roller_thoracic', 'roller_quads', 'roller_calf', 'roller_itb', 'ball_wall_upper_back', 'ball_glute', 'ball_foot',
] as const;
export type PoseId = (typeof POSE_IDS)[number];
