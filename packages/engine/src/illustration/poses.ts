// Every figure pose an exercise illustration can use: joint angles (see skeleton.ts for the angle conventions),
// what the body rests on, and where equipment goes. The figure is dropped so its lowest point rests on the ground
// and centred in its panel, so a pose needs no root position of its own.
import type { PoseId } from '../knowledge/pose-ids.ts';
import type { Equipment } from '../vocabulary/equipment.ts';
import type { FigureSpec, JointKey, Side } from './skeleton.ts';

/** A point of the figure: a joint, a point on the trunk (t = 0 pelvis, 1 shoulders), or between two joints. */
export type Anchor = JointKey | readonly ['trunk', number] | readonly [JointKey, JointKey, number];

/** Where equipment goes in a pose; anything not given falls back to the defaults in props.ts. */
export interface Placement {
  /** The wall the figure touches: in front (hands) or behind (back). */
  wall?: 'front' | 'back';
  /** A resistance band from the hands (or feet) to an anchor, given as an offset from the (near) hand; 'foot' loops it under the near foot. */
  band?: { from: 'hand' | 'hands' | 'foot' | 'feet'; to: readonly [number, number] | 'foot' };
  /** Where a loop band goes round the legs. */
  loop?: 'knees' | 'thighs' | 'ankles';
  /** Foam roller on the floor under this point, or lengthwise under the body between two points. */
  roller?: Anchor | { along: readonly [JointKey, JointKey] };
  /** Massage ball on the floor under this point, or pressed behind the back at this trunk point (t, against a wall). */
  ball?: Anchor | { behind: number };
  /** How a kettlebell is held: in the near hand, in both hands (centred), or swung out along the arms. */
  kettlebell?: 'hand' | 'hands' | 'swing';
  /** A chair not sat on: behind the figure (sit to stand) or in front (a hand on its back). */
  chair?: 'behind' | 'front';
  /** The foot that stands on the step. */
  step?: Side;
  /** The point resting on the tabletop. */
  table?: JointKey;
  /** The point resting on the door frame. */
  door?: JointKey;
  towel?: 'strap' | 'neck' | 'forehead' | 'elbow' | 'lumbar' | 'hand';
  dowel?: 'back' | 'hands';
  pillow?: 'head' | 'knees' | 'belly' | 'lumbar';
  gymBall?: 'back' | 'seat' | 'feet' | 'belly' | 'hands';
}

/** A motion cue drawn as a small arrow. */
export type Motion =
  /** Rotation about the trunk (or the given axial angle) at a point: an elliptical arc. */
  | { kind: 'spin'; at: Anchor; r: number; axis?: number; reverse?: boolean }
  /** A circular arc around a joint, from and to angles in degrees (0 = +x, counter-clockwise). */
  | { kind: 'arc'; at: JointKey; r: number; from: number; to: number }
  /** A straight arrow starting at a joint (plus an offset), moving by dx, dy. */
  | { kind: 'shift'; at: JointKey; dx: number; dy: number; ox?: number; oy?: number };

export interface PoseSpec extends FigureSpec {
  /**
   * What the body rests on: 'stand' feet on the floor; 'floor' lying, kneeling, sitting or on all fours on the floor;
   * 'chair' seated on a chair (the chair is always drawn); 'bike' on a stationary bike (always drawn).
   */
  support: 'stand' | 'floor' | 'chair' | 'bike';
  /** Points that rest on the ground (checked by the tests): what makes the pose read as standing, kneeling, lying. */
  contacts: readonly JointKey[];
  /** Height of the figure's lowest point above the ground (feet on pedals, a foot on a step...). Default 0. */
  lift?: number;
  /** Equipment that is part of the pose and drawn even when the exercise does not list it. */
  scene?: readonly Equipment[];
  place?: Placement;
  motion?: readonly Motion[];
}

const FEET: readonly JointKey[] = ['nearHeel', 'nearToe', 'farHeel', 'farToe'];
const STAND_LEGS = { near: [3, 0], far: [-3, 0] } as const;
const STAND_ARMS = { near: [4, 8], far: [-5, -2] } as const;
const WIDE_LEGS = { near: [5, 2], far: [-5, -2] } as const; // front view
const HOOK = { near: [135, 35, 90], far: [132, 38, 90] } as const; // lying on the back, knees bent, feet flat
const SUPINE_ARMS = { near: [84, 88, 90], far: [86, 89, 92] } as const;
const PRONE_LEGS = { near: [-89, -89, -90], far: [-90, -90, -91] } as const;
const SIT_LEGS = { near: [90, 2, 92], far: [88, -2, 88] } as const;
const KNEEL = { near: [0, -90, -95], far: [-2, -92, -97] } as const; // thigh vertical, shin on the floor

export const POSES = {
  // ── standing ──────────────────────────────────────────────────────────────────────────────
  stand: { support: 'stand', trunk: 0, neck: 6, head: 0, arms: STAND_ARMS, legs: STAND_LEGS, contacts: FEET },
  stand_arms_overhead: {
    support: 'stand', trunk: 0, neck: 2, head: 0, arms: { near: [168, 172], far: [164, 168] }, legs: STAND_LEGS, contacts: FEET,
  },
  stand_arms_forward: {
    support: 'stand', trunk: 0, neck: 4, head: 0, arms: { near: [90, 90], far: [84, 84] }, legs: STAND_LEGS, contacts: FEET,
  },
  stand_arms_out: {
    support: 'stand', view: 'front', trunk: 0, arms: { near: [90, 90], far: [-90, -90] }, legs: WIDE_LEGS, contacts: FEET,
  },
  stand_arm_row: {
    support: 'stand', trunk: 6, neck: 4, head: 0, arms: { near: [-38, 88, 90], far: [-32, 92, 92] },
    legs: { near: [12, -4], far: [-6, -8] }, contacts: FEET,
    place: { band: { from: 'hands', to: [36, 0] } },
  },
  stand_hinge: {
    support: 'stand', trunk: 48, neck: 48, arms: { near: [2, 0], far: [-3, -3] }, legs: { near: [22, -9], far: [19, -7] },
    contacts: FEET, place: { dowel: 'back', kettlebell: 'hands' },
  },
  stand_hinge_deep: {
    support: 'stand', trunk: 76, neck: 70, head: 72, arms: { near: [4, 2], far: [-2, -2] }, legs: { near: [30, -10], far: [27, -8] },
    contacts: FEET, place: { dowel: 'back', kettlebell: 'hands' },
  },
  squat_half: {
    support: 'stand', trunk: 26, neck: 14, head: 4, arms: { near: [78, 80], far: [72, 76] }, legs: { near: [52, -24], far: [49, -22] },
    contacts: FEET,
  },
  squat_deep: {
    support: 'stand', trunk: 36, neck: 20, head: 6, curve: 1, arms: { near: [84, 88], far: [78, 84] },
    legs: { near: [96, -34], far: [92, -32] }, contacts: FEET,
  },
  goblet_squat: {
    support: 'stand', trunk: 28, neck: 12, head: 2, arms: { near: [22, 162, 170], far: [16, 158, 168] },
    legs: { near: [88, -31], far: [84, -29] }, contacts: FEET, place: { kettlebell: 'hands' },
  },
  lunge_split: {
    support: 'stand', trunk: 0, neck: 4, head: 0, arms: { near: [2, 4], far: [-3, -1] },
    legs: { near: [86, 1, 90], far: [-9, -97, 46] }, contacts: ['nearHeel', 'nearToe', 'farToe'],
  },
  lunge_forward: {
    support: 'stand', trunk: 6, neck: 6, head: 0, arms: { near: [-18, -8], far: [24, 40] },
    legs: { near: [70, -12, 90], far: [-28, -78, 42] }, contacts: ['nearHeel', 'nearToe', 'farToe'],
  },
  step_up: {
    support: 'stand', trunk: 16, neck: 10, head: 0, arms: { near: [-16, -6], far: [18, 30] },
    legs: { near: [62, -12, 90], far: [-8, -6] }, contacts: ['farHeel', 'farToe'], scene: ['step'], place: { step: 'near' },
  },
  step_down: {
    support: 'stand', trunk: 20, neck: 14, head: 4, arms: { near: [30, 44], far: [20, 36] },
    legs: { near: [58, -24, 90], far: [30, 30, 122] }, contacts: ['farHeel'], scene: ['step'], place: { step: 'near' },
  },
  single_leg_stand: {
    support: 'stand', trunk: 0, neck: 4, head: 0, arms: { near: [20, 28], far: [14, 22] },
    legs: { near: [38, -58, 30], far: [0, 0] }, contacts: ['farHeel', 'farToe'],
  },
  heel_raise: {
    support: 'stand', trunk: 0, neck: 4, head: 0, arms: STAND_ARMS, legs: { near: [2, 2, 36], far: [-2, -2, 34] },
    contacts: ['nearToe', 'farToe'], motion: [{ kind: 'shift', at: 'nearHeel', dx: 0, dy: 8, ox: -6, oy: -4 }],
  },
  toe_raise: {
    support: 'stand', trunk: -2, neck: 4, head: 0, arms: STAND_ARMS, legs: { near: [2, 0, 122], far: [-2, -2, 120] },
    contacts: ['nearHeel', 'farHeel'], motion: [{ kind: 'shift', at: 'nearToe', dx: 0, dy: 7, ox: 5, oy: 2 }],
  },
  stand_side_bend: {
    support: 'stand', view: 'front', trunk: -18, curve: 2, neck: -26, head: -28,
    arms: { near: [200, 218], far: [-6, -4] }, legs: WIDE_LEGS, contacts: FEET,
  },
  stand_rotation: {
    support: 'stand', view: 'front', trunk: 0, neck: 0, head: 0, nose: true,
    arms: { near: [88, 90], far: [62, 84] }, legs: WIDE_LEGS, contacts: FEET,
    motion: [{ kind: 'spin', at: ['trunk', 0.55], r: 15 }],
  },
  wall_slide_start: {
    support: 'stand', trunk: -2, neck: -2, head: 0, arms: { near: [-100, 178], far: [-96, 178] },
    scale: { nearUpperArm: 0.45, farUpperArm: 0.45 }, legs: { near: [10, -4], far: [8, -4] },
    contacts: FEET, scene: ['wall'], place: { wall: 'back' },
  },
  wall_slide_end: {
    support: 'stand', trunk: -2, neck: -2, head: 0, arms: { near: [196, 190], far: [194, 188] },
    legs: { near: [10, -4], far: [8, -4] }, contacts: FEET, scene: ['wall'], place: { wall: 'back' },
  },
  wall_lean: {
    support: 'stand', trunk: 18, neck: 18, head: 14, arms: { near: [100, 100, 160], far: [96, 96, 156] },
    legs: { near: [-18, -18, 90], far: [-16, -16, 90] }, contacts: FEET, scene: ['wall'], place: { wall: 'front', gymBall: 'hands' },
  },
  wall_pushup: {
    support: 'stand', trunk: 30, neck: 30, head: 26, arms: { near: [56, 150, 178], far: [52, 146, 176] },
    legs: { near: [-30, -30, 90], far: [-28, -28, 90] }, contacts: FEET, scene: ['wall'], place: { wall: 'front', gymBall: 'hands' },
  },
  calf_stretch_wall: {
    support: 'stand', trunk: 20, neck: 16, head: 8, arms: { near: [88, 110, 160], far: [84, 106, 156] },
    legs: { near: [-22, -22, 90], far: [34, -8, 90] }, contacts: FEET, scene: ['wall'], place: { wall: 'front' },
  },
  walk: {
    support: 'stand', trunk: 3, neck: 6, head: 0, arms: { near: [-22, -10], far: [24, 44] },
    legs: { near: [24, 18, 116], far: [-16, -30, 62] }, contacts: ['nearHeel', 'farToe'],
  },
  march: {
    support: 'stand', trunk: 0, neck: 4, head: 0, arms: { near: [-28, -14], far: [40, 96] },
    legs: { near: [86, 2, 70], far: [0, 0] }, contacts: ['farHeel', 'farToe'],
  },
  carry: {
    support: 'stand', trunk: 0, neck: 4, head: 0, arms: { near: [2, 1], far: [-2, -2] },
    legs: { near: [16, 8, 104], far: [-12, -24, 70] }, contacts: ['nearHeel', 'farToe'], place: { kettlebell: 'hand' },
  },
  deadlift_bottom: {
    support: 'stand', trunk: 50, neck: 42, head: 30, arms: { near: [0, 0], far: [-2, -2] },
    legs: { near: [48, -10], far: [45, -8] }, contacts: FEET, place: { kettlebell: 'hands' },
  },
  kettlebell_swing_top: {
    support: 'stand', trunk: -3, neck: 0, head: 0, arms: { near: [88, 88], far: [84, 84] },
    legs: { near: [4, 0], far: [-4, 0] }, contacts: FEET, place: { kettlebell: 'swing' },
  },
  doorway_stretch: {
    support: 'stand', trunk: 10, neck: 8, head: 4, arms: { near: [-92, 180, 180], far: [-86, 178, 178] },
    scale: { nearUpperArm: 0.6, farUpperArm: 0.55 }, legs: { near: [26, 0], far: [-14, -14, 90] },
    contacts: FEET, scene: ['doorway'], place: { door: 'nearElbow' },
  },
  stand_chin_tuck: {
    support: 'stand', trunk: 0, neck: -4, head: -6, arms: STAND_ARMS, legs: STAND_LEGS, contacts: FEET,
    motion: [{ kind: 'shift', at: 'head', dx: -7, dy: 0, ox: 13, oy: -3 }],
  },
  stand_neck_rotation: {
    support: 'stand', view: 'front', trunk: 0, neck: 0, head: 0, nose: true, arms: { near: [3, 3], far: [-3, -3] },
    legs: WIDE_LEGS, contacts: FEET, motion: [{ kind: 'spin', at: 'head', r: 10, axis: 0 }],
  },
  stand_neck_side_bend: {
    support: 'stand', view: 'front', trunk: 0, neck: 22, head: 28, arms: { near: [3, 3], far: [-3, -3] },
    legs: WIDE_LEGS, contacts: FEET, motion: [{ kind: 'arc', at: 'neck', r: 15, from: 100, to: 50 }],
  },
  stand_shoulder_shrug: {
    support: 'stand', view: 'front', trunk: 0, shrug: 4, arms: { near: [4, 4], far: [-4, -4] },
    legs: WIDE_LEGS, contacts: FEET,
    motion: [
      { kind: 'shift', at: 'nearShoulder', dx: 0, dy: 8, ox: 5, oy: 3 },
      { kind: 'shift', at: 'farShoulder', dx: 0, dy: 8, ox: -5, oy: 3 },
    ],
  },
  stand_external_rotation: {
    support: 'stand', view: 'front', trunk: 0, arms: { near: [4, 92, 92], far: [-4, -4] },
    legs: WIDE_LEGS, contacts: FEET, place: { band: { from: 'hand', to: [-44, 0] }, towel: 'elbow' },
    motion: [{ kind: 'arc', at: 'nearElbow', r: 19, from: 105, to: 55 }],
  },
  stand_internal_rotation: {
    support: 'stand', view: 'front', trunk: 0, arms: { near: [4, -86, -86], far: [-4, -4] },
    legs: WIDE_LEGS, contacts: FEET, place: { band: { from: 'hand', to: [40, 0] }, towel: 'elbow' },
  },
  stand_pallof: {
    support: 'stand', view: 'front', trunk: 0, arms: { near: [-20, -120], far: [20, 120] },
    scale: { nearUpperArm: 0.6, farUpperArm: 0.6, nearForearm: 0.35, farForearm: 0.35, nearHand: 0.5, farHand: 0.5 },
    legs: { near: [7, 3], far: [-7, -3] }, contacts: FEET, place: { band: { from: 'hands', to: [40, 0] } },
  },
  stand_wrist_curl: {
    support: 'stand', trunk: 0, neck: 8, head: 10, arms: { near: [4, 92, 140], far: [-4, 88, 88] },
    legs: STAND_LEGS, contacts: FEET, motion: [{ kind: 'arc', at: 'nearWrist', r: 8, from: -20, to: 50 }],
  },

  // ── seated ────────────────────────────────────────────────────────────────────────────────
  sit: {
    support: 'chair', trunk: -4, neck: 10, head: 2, curve: 1.5, arms: { near: [12, 78], far: [8, 74] }, legs: SIT_LEGS,
    contacts: FEET,
  },
  sit_chair_tall: {
    support: 'chair', trunk: 2, neck: 0, head: 0, curve: -1, arms: { near: [14, 82], far: [10, 78] }, legs: SIT_LEGS,
    contacts: FEET,
  },
  sit_slump: {
    support: 'chair', trunk: -12, curve: 5, neck: 34, head: 16, arms: { near: [20, 70], far: [16, 66] }, legs: SIT_LEGS,
    contacts: FEET,
  },
  sit_knee_extension: {
    support: 'chair', trunk: 0, neck: 2, head: 0, arms: { near: [8, 10], far: [4, 6] },
    legs: { near: [92, 88, 170], far: [88, -2, 88] }, contacts: ['farHeel', 'farToe'],
  },
  sit_thoracic_rotation: {
    support: 'chair', trunk: 0, neck: 0, head: 0, arms: { near: [40, 150], far: [30, 146] }, legs: SIT_LEGS, contacts: FEET,
    motion: [{ kind: 'spin', at: ['trunk', 0.75], r: 15 }],
  },
  sit_to_stand_mid: {
    support: 'stand', trunk: 46, neck: 30, head: 12, arms: { near: [64, 70], far: [58, 66] },
    legs: { near: [78, -16, 90], far: [74, -14, 88] }, contacts: FEET, scene: ['chair'], place: { chair: 'behind' },
  },
  sit_wrist_on_table: {
    support: 'chair', trunk: 6, neck: 10, head: 14, arms: { near: [36, 90, 120], far: [30, 86, 86] }, legs: SIT_LEGS,
    contacts: FEET, scene: ['table'], place: { table: 'nearWrist' },
    motion: [{ kind: 'arc', at: 'nearWrist', r: 8, from: -30, to: 40 }],
  },
  sit_bike: {
    support: 'bike', trunk: 24, neck: 12, head: 0, arms: { near: [62, 86], far: [58, 84] },
    legs: { near: [70, -18, 96], far: [38, 14, 80] }, contacts: [], lift: 5, scene: ['stationary_bike'],
  },
  sit_neck_stretch: {
    support: 'chair', view: 'front', trunk: 0, neck: -24, head: -34,
    arms: { near: [8, 8], far: [-150, 95, 70] }, legs: { near: [80, 0], far: [-80, 0] },
    scale: { nearThigh: 0.4, farThigh: 0.4 }, contacts: FEET,
  },

  // ── lying on the back ─────────────────────────────────────────────────────────────────────
  supine: {
    support: 'floor', trunk: -90, arms: SUPINE_ARMS, legs: { near: [90, 90, 172], far: [89, 89, 170] },
    contacts: ['head', 'nearHeel', 'pelvis'],
  },
  supine_knees_bent: { support: 'floor', trunk: -90, arms: SUPINE_ARMS, legs: HOOK, contacts: ['head', 'nearHeel', 'nearToe', 'pelvis'] },
  supine_bridge: {
    support: 'floor', trunk: -114, neck: -92, head: -90, arms: { near: [82, 86, 90], far: [84, 88, 90] },
    legs: { near: [114, 14, 90], far: [112, 16, 90] }, contacts: ['head', 'nearHeel', 'nearToe', 'nearHand'],
  },
  supine_single_leg_bridge: {
    support: 'floor', trunk: -114, neck: -92, head: -90, arms: { near: [82, 86, 90], far: [84, 88, 90] },
    legs: { near: [114, 114, 200], far: [112, 16, 90] }, contacts: ['head', 'farHeel', 'farToe', 'nearHand'],
  },
  supine_dead_bug: {
    support: 'floor', trunk: -90, arms: { near: [180, 180], far: [176, 176] }, legs: { near: [180, 90], far: [176, 88] },
    contacts: ['head', 'pelvis'],
  },
  supine_knee_to_chest: {
    support: 'floor', trunk: -90, arms: { near: [140, 120, 100], far: [136, 116, 96] },
    legs: { near: [215, 78, 150], far: [90, 90, 172] }, contacts: ['head', 'pelvis', 'farHeel'],
  },
  supine_straight_leg_raise: {
    support: 'floor', trunk: -90, arms: SUPINE_ARMS, legs: { near: [136, 136, 222], far: [131, 34, 90] },
    contacts: ['head', 'pelvis', 'farHeel', 'farToe'],
  },
  supine_hamstring_stretch: {
    support: 'floor', trunk: -90, arms: { near: [138, 118], far: [134, 114] }, legs: { near: [170, 170, 250], far: [90, 90, 172] },
    contacts: ['head', 'pelvis', 'farHeel'], place: { towel: 'strap' },
  },
  supine_figure_four: {
    support: 'floor', trunk: -90, arms: { near: [128, 108], far: [124, 104] },
    legs: { near: [150, 92, 170], far: [131, 34, 90] }, scale: { nearThigh: 0.72 },
    contacts: ['head', 'pelvis', 'farHeel', 'farToe'],
  },
  supine_knees_rotation: {
    support: 'floor', trunk: -90, arms: SUPINE_ARMS, legs: { near: [120, 60, 90], far: [117, 62, 92] },
    scale: { nearThigh: 0.75, farThigh: 0.72 }, contacts: ['head', 'pelvis', 'nearToe'],
    motion: [{ kind: 'spin', at: 'nearKnee', r: 9, axis: -90 }],
  },
  supine_arms_overhead: {
    support: 'floor', trunk: -90, arms: { near: [-124, -114, -100], far: [-120, -110, -96] }, legs: HOOK,
    contacts: ['head', 'pelvis', 'nearHeel'],
  },
  supine_chin_nod: {
    support: 'floor', trunk: -90, neck: -90, head: -74, arms: SUPINE_ARMS, legs: HOOK, contacts: ['head', 'pelvis', 'nearHeel'],
    motion: [{ kind: 'arc', at: 'head', r: 10, from: 150, to: 100 }], place: { towel: 'neck' },
  },
  supine_on_roller: {
    support: 'floor', trunk: -90, arms: { near: [52, 64, 80], far: [48, 60, 76] }, legs: { near: [102, 21.5, 90], far: [104, 24, 90] },
    contacts: ['nearHeel', 'nearToe', 'nearHand'], scene: ['foam_roller'], place: { roller: { along: ['pelvis', 'head'] } },
  },
  supine_breathing: {
    support: 'floor', trunk: -90, arms: { near: [150, 42, 90], far: [152, 40, 88] }, legs: HOOK,
    contacts: ['head', 'pelvis', 'nearHeel'],
  },
  supine_heel_slide: {
    support: 'floor', trunk: -90, arms: SUPINE_ARMS, legs: { near: [112, 64, 112], far: [131, 34, 90] },
    contacts: ['head', 'pelvis', 'nearHeel', 'farToe'], motion: [{ kind: 'shift', at: 'nearHeel', dx: 9, dy: 0, ox: 2, oy: -1 }],
  },
  supine_pelvic_tilt: {
    support: 'floor', trunk: -90, curve: -1, arms: SUPINE_ARMS, legs: HOOK, contacts: ['head', 'pelvis', 'nearHeel'],
    motion: [{ kind: 'arc', at: 'pelvis', r: 10, from: 160, to: 60 }],
  },

  // ── lying on the front ────────────────────────────────────────────────────────────────────
  prone: {
    support: 'floor', trunk: 90, neck: 70, head: 60, arms: { near: [-88, -88, -90], far: [-87, -87, -90] },
    legs: PRONE_LEGS, contacts: ['pelvis', 'nearToe'],
  },
  prone_press_up: {
    support: 'floor', trunk: 30, curve: -3, neck: 22, head: 20, arms: { near: [46.5, 18, 90], far: [42.5, 16, 90] },
    legs: { near: [-88, -88, -90], far: [-89, -89, -91] }, contacts: ['pelvis', 'nearHand', 'nearToe'],
  },
  prone_on_elbows: {
    support: 'floor', trunk: 54, curve: -1.5, neck: 48, head: 40, arms: { near: [0, 90, 90], far: [-2, 88, 90] },
    legs: { near: [-89.5, -89.5, -90], far: [-89, -89, -91] }, contacts: ['pelvis', 'nearElbow', 'nearHand', 'nearToe'],
  },
  prone_superman: {
    support: 'floor', trunk: 80, neck: 90, head: 70, curve: -1, arms: { near: [134, 130], far: [131, 127] },
    legs: { near: [-98, -98, -100], far: [-97, -97, -99] }, contacts: ['pelvis'],
  },
  prone_y_raise: {
    support: 'floor', trunk: 88, neck: 92, head: 70, arms: { near: [132, 128, 130], far: [128, 124, 126] },
    scale: { nearUpperArm: 0.92, nearForearm: 0.92 }, legs: PRONE_LEGS, contacts: ['pelvis', 'nearToe'],
  },
  prone_t_raise: {
    support: 'floor', trunk: 88, neck: 70, head: 62, arms: { near: [172, 176], far: [168, 172] },
    scale: { nearUpperArm: 0.35, nearForearm: 0.3, farUpperArm: 0.3, farForearm: 0.3 }, legs: PRONE_LEGS,
    contacts: ['pelvis', 'nearToe'], motion: [{ kind: 'shift', at: 'nearHand', dx: 0, dy: 7, ox: 5, oy: -4 }],
  },
  prone_hip_extension: {
    support: 'floor', trunk: 90, neck: 75, head: 70, arms: { near: [-88, -88, -90], far: [-87, -87, -90] },
    legs: { near: [-108, -108, -112], far: [-87, -87, -90] }, contacts: ['pelvis', 'farToe'],
  },

  // ── lying on the side (seen from the front: "near" is the top side) ──────────────────────
  side_lying: {
    support: 'floor', view: 'front', trunk: -85, neck: -90, head: -90, arms: { near: [70, 86], far: [-92, -90] },
    legs: { near: [76, 90], far: [90, 90, 160] }, contacts: ['farShoulder', 'farHip', 'farKnee', 'farHeel'],
  },
  side_lying_clam: {
    support: 'floor', view: 'front', trunk: -85, neck: -90, head: -90, arms: { near: [70, 86], far: [-92, -90] },
    legs: { near: [128, 38], far: [90, 90, 160] }, scale: { nearThigh: 0.75, nearShank: 0.92, farThigh: 0.7, farShank: 0.7 },
    contacts: ['farShoulder', 'farHip', 'farKnee', 'farAnkle'], place: { loop: 'knees' },
  },
  side_lying_leg_raise: {
    support: 'floor', view: 'front', trunk: -85, neck: -90, head: -90, arms: { near: [70, 86], far: [-92, -90] },
    legs: { near: [118, 118], far: [90, 90, 160] }, contacts: ['farShoulder', 'farHip', 'farKnee', 'farHeel'],
    motion: [{ kind: 'arc', at: 'nearHip', r: 30, from: 16, to: 44 }],
  },
  side_lying_open_book: {
    support: 'floor', view: 'front', trunk: -85, neck: -90, head: -90, nose: true,
    arms: { near: [182, 182], far: [92, 92] }, scale: { farUpperArm: 0.4, farForearm: 0.4 },
    legs: { near: [100, 62], far: [92, 92, 160] }, contacts: ['farShoulder', 'farHip'],
    motion: [{ kind: 'spin', at: ['trunk', 0.8], r: 12, axis: -90 }],
  },
  side_lying_external_rotation: {
    support: 'floor', view: 'front', trunk: -85, neck: -90, head: -90, arms: { near: [86, 178], far: [-92, -90] },
    legs: { near: [76, 90], far: [90, 90, 160] }, contacts: ['farShoulder', 'farHip', 'farHeel'], place: { towel: 'elbow' },
    motion: [{ kind: 'arc', at: 'nearElbow', r: 16, from: 30, to: 80 }],
  },
  side_plank_knees: {
    support: 'floor', view: 'front', trunk: -71, neck: -71, head: -71, arms: { near: [100, 110], far: [0, 90] },
    scale: { farForearm: 0.35, nearShank: 0.35, farShank: 0.35 },
    legs: { near: [68, 90, 180], far: [68, 90, 180] }, contacts: ['farElbow', 'farKnee'],
  },
  side_plank: {
    support: 'floor', view: 'front', trunk: -76, neck: -76, head: -76, arms: { near: [176, 176], far: [0, 90] },
    scale: { farForearm: 0.35 }, legs: { near: [76, 76, 166], far: [78, 78, 168] }, contacts: ['farElbow', 'farHeel'],
  },

  // ── all fours and kneeling ────────────────────────────────────────────────────────────────
  quadruped: {
    support: 'floor', trunk: 76, neck: 80, head: 110, arms: { near: [10, 6, 90], far: [2, 2, 88] }, legs: { near: [4, -90, -95], far: [0, -92, -97] },
    contacts: ['nearHand', 'farHand', 'nearKnee', 'farKnee'],
  },
  quadruped_bird_dog: {
    support: 'floor', trunk: 78, neck: 100, head: 122, arms: { near: [96, 96], far: [3, 2, 88] },
    legs: { near: [0, -90, -95], far: [-94, -94, -176] }, contacts: ['farHand', 'nearKnee'],
  },
  quadruped_cat: {
    support: 'floor', trunk: 80, curve: 6, neck: 140, head: 160, arms: { near: [6, 4, 90], far: [3, 2, 88] }, legs: KNEEL,
    contacts: ['nearHand', 'nearKnee'],
  },
  quadruped_cow: {
    support: 'floor', trunk: 72, curve: -4, neck: 40, head: 60, arms: { near: [3, 2, 90], far: [3, 2, 88] }, legs: { near: [8, -90, -95], far: [-2, -92, -97] },
    contacts: ['nearHand', 'nearKnee'],
  },
  quadruped_rock_back: {
    support: 'floor', trunk: 92, curve: 1, neck: 100, head: 120, arms: { near: [60, 60, 90], far: [58, 58, 88] },
    legs: { near: [45, -90, -95], far: [43, -92, -97] }, contacts: ['nearHand', 'nearKnee', 'nearToe'],
  },
  quadruped_thread_needle: {
    support: 'floor', trunk: 98, neck: 120, head: 150, arms: { near: [-40, -80], far: [56, -32, 88] },
    scale: { nearUpperArm: 0.7, nearForearm: 0.6 }, legs: KNEEL, contacts: ['farHand', 'nearKnee'],
    motion: [{ kind: 'spin', at: ['trunk', 0.8], r: 13 }],
  },
  child_pose: {
    support: 'floor', trunk: 93, curve: 3, neck: 105, head: 134, arms: { near: [62, 86, 90], far: [66, 84, 90] },
    legs: { near: [67, -90, -95], far: [70, -92, -97] }, contacts: ['nearHand', 'nearKnee', 'head'],
  },
  plank_knees: {
    support: 'floor', trunk: 70, neck: 72, head: 90, arms: { near: [0, 90, 90], far: [-2, 88, 90] },
    legs: { near: [-70, -120, -150], far: [-70, -116, -146] }, contacts: ['nearElbow', 'nearHand', 'nearKnee'],
  },
  plank: {
    support: 'floor', trunk: 82, neck: 84, head: 96, arms: { near: [0, 90, 90], far: [-2, 88, 90] },
    legs: { near: [-82, -82, 8], far: [-82, -82, 6] }, contacts: ['nearElbow', 'nearHand', 'nearToe'],
  },
  pushup_bottom: {
    support: 'floor', trunk: 94, neck: 90, head: 100, arms: { near: [-104, 1, 90], far: [-110, 0, 88] },
    legs: { near: [-86, -86, 10], far: [-86, -86, 8] }, contacts: ['nearHand', 'nearToe'],
  },
  half_kneeling: {
    support: 'floor', trunk: 0, neck: 4, head: 0, arms: { near: [10, 60], far: [-4, -2] },
    legs: { near: [88, -2, 90], far: [0, -90, -95] }, contacts: ['nearHeel', 'nearToe', 'farKnee'],
  },
  half_kneeling_hip_flexor_stretch: {
    support: 'floor', trunk: -2, neck: 2, head: 0, arms: { near: [10, 60], far: [172, 176] },
    legs: { near: [84, -26, 90], far: [-22, -92, -95] }, contacts: ['nearHeel', 'nearToe', 'farKnee'],
  },
  tall_kneeling: {
    support: 'floor', trunk: 0, neck: 4, head: 0, arms: STAND_ARMS, legs: KNEEL, contacts: ['nearKnee', 'farKnee'],
  },

  // ── self-massage ──────────────────────────────────────────────────────────────────────────
  roller_thoracic: {
    support: 'floor', trunk: -64, neck: -74, head: -80, arms: { near: [156, -64, -90], far: [150, -70, -94] },
    legs: { near: [138, 36, 90], far: [134, 40, 90] }, contacts: ['pelvis', 'nearHeel', 'nearToe'],
    scene: ['foam_roller'], place: { roller: ['trunk', 0.72] },
  },
  roller_quads: {
    support: 'floor', trunk: 78, neck: 76, head: 90, arms: { near: [0, 90, 90], far: [-2, 88, 90] },
    legs: { near: [-79, -92, -20], far: [-82, -86, -24] }, contacts: ['nearElbow', 'nearHand'],
    scene: ['foam_roller'], place: { roller: ['nearHip', 'nearKnee', 0.6] },
  },
  roller_calf: {
    support: 'floor', trunk: -17, neck: -6, head: 0, arms: { near: [-33.5, -26, -90], far: [-28, -26, -92] },
    legs: { near: [101, 104.5, 194], far: [98, 98, 176] }, contacts: ['nearHand', 'pelvis'],
    scene: ['foam_roller'], place: { roller: ['nearKnee', 'nearAnkle', 0.5] },
  },
  roller_itb: {
    support: 'floor', view: 'front', trunk: -82.5, neck: -84, head: -84, arms: { near: [60, 60], far: [0, 90] },
    scale: { farForearm: 0.35, nearThigh: 0.8 }, legs: { near: [91, 0], far: [63.5, 81, 171] },
    contacts: ['farElbow', 'farHeel', 'nearToe'], scene: ['foam_roller'], place: { roller: ['farHip', 'farKnee', 0.55] },
  },
  ball_wall_upper_back: {
    support: 'stand', trunk: -8, neck: -4, head: 0, arms: { near: [30, 150], far: [24, 146] },
    legs: { near: [16, -6], far: [14, -6] }, contacts: FEET, scene: ['wall', 'massage_ball'],
    place: { wall: 'back', ball: { behind: 0.78 } },
  },
  ball_glute: {
    support: 'floor', trunk: -40, neck: -20, head: 0, arms: { near: [20, 80], far: [-19, -21, -90] },
    legs: { near: [140, 90, 170], far: [124, 25, 90] }, scale: { nearThigh: 0.8 },
    contacts: ['farHand', 'farHeel', 'farToe'], scene: ['massage_ball'], place: { ball: 'pelvis' },
  },
  ball_foot: {
    support: 'chair', trunk: 2, neck: 14, head: 16, arms: { near: [12, 78], far: [8, 74] },
    legs: { near: [89.5, 39.5, 100], far: [88, -2, 88] }, contacts: ['farHeel', 'farToe'],
    scene: ['massage_ball'], place: { ball: ['nearHeel', 'nearToe', 0.5] },
  },
} satisfies Record<PoseId, PoseSpec>;

/** The pose table, typed for look-ups by id. */
export const POSE_SPECS: Readonly<Record<PoseId, PoseSpec>> = POSES;
