// The figure: a 2D stick model seen from the side (or from the front), its forward kinematics and its drawing.
//
// Angles are in degrees and absolute (world), and +90 always points the way the figure faces (+x):
//  - axial segments (trunk, neck, head) measure from straight UP: 0 upright, 90 lying face down with the head
//    forward, -90 lying face up with the head back;
//  - limbs (upper arm, forearm, hand, thigh, shank, foot) measure from straight DOWN: 0 hanging, 90 forward,
//    180 up, -90 back.
// Model space has y up with the floor at 0; the renderer flips it for SVG.
import { line, path, polygon, circle, type Prim } from './shapes.ts';

export interface Vec {
  x: number;
  y: number;
}

/** Segment lengths for an adult about 100 units tall (after Winter's anthropometric proportions, lightly stylised). */
export const BODY = {
  trunk: 30,
  neck: 6,
  headR: 6.2,
  upperArm: 17.5,
  forearm: 14,
  hand: 3.6,
  thigh: 24.5,
  shank: 24.6,
  foot: 8.5,
  heel: 2.5,
  /** Half the shoulder and hip widths, used in the front view only. */
  shoulderHalf: 7,
  hipHalf: 4.5,
} as const;

export const STROKE = { trunk: 9, torso: 3, neck: 4.5, limb: 5, halo: 1 } as const;

export const INK = { near: '#1f2937', far: '#94a3b8', halo: '#ffffff' } as const;

export type Side = 'near' | 'far';
/** Upper arm, forearm (defaults to the upper arm: straight elbow), hand (defaults to the forearm). */
export type ArmAngles = readonly [upper: number, fore?: number, hand?: number];
/** Thigh, shank (defaults to the thigh: straight knee), foot (defaults to flat when the shin is within 60° of upright, else the shank + 90: ankle neutral). */
export type LegAngles = readonly [thigh: number, shank?: number, foot?: number];
export type Segment = 'UpperArm' | 'Forearm' | 'Hand' | 'Thigh' | 'Shank' | 'Foot';
export type SegmentKey = `${Side}${Segment}`;

export interface FigureSpec {
  /** 'side' (sagittal, default) or 'front' (the figure faces the viewer; side-lying poses use it too). */
  view?: 'side' | 'front';
  trunk: number;
  /** Bend of the trunk: positive rounds it (flexion, bulging backwards), negative arches it. Units of sag at mid-trunk. */
  curve?: number;
  neck?: number;
  head?: number;
  /** Draw the nose (profile). Default: true in the side view, false in the front view. */
  nose?: boolean;
  /** Front view: lift of the shoulders (a shrug), in units. */
  shrug?: number;
  arms: { near: ArmAngles; far?: ArmAngles };
  legs: { near: LegAngles; far?: LegAngles };
  /** Foreshortening: a segment drawn at this fraction of its length (it points towards or away from the viewer). */
  scale?: Partial<Record<SegmentKey, number>>;
}

export interface Arm {
  shoulder: Vec;
  elbow: Vec;
  wrist: Vec;
  hand: Vec;
}
export interface Leg {
  hip: Vec;
  knee: Vec;
  ankle: Vec;
  heel: Vec;
  toe: Vec;
}

export interface Figure {
  view: 'side' | 'front';
  pelvis: Vec;
  /** Top of the trunk (between the shoulders). */
  shoulder: Vec;
  /** Control point of the trunk's quadratic curve. */
  bend: Vec;
  neck: Vec;
  head: Vec;
  /** Unit vector the face points to; `nose` says whether it is drawn. */
  face: Vec;
  nose: boolean;
  /** Unit vector along the trunk (pelvis to shoulders) and the unit normal on its front (side view) or near side. */
  axis: Vec;
  normal: Vec;
  arms: Record<Side, Arm>;
  legs: Record<Side, Leg>;
}

export type JointKey =
  | 'pelvis'
  | 'shoulder'
  | 'neck'
  | 'head'
  | `${Side}${'Shoulder' | 'Elbow' | 'Wrist' | 'Hand' | 'Hip' | 'Knee' | 'Ankle' | 'Heel' | 'Toe'}`;

const RAD = Math.PI / 180;
const limbX = (a: number): number => Math.sin(a * RAD);
const limbY = (a: number): number => -Math.cos(a * RAD);
const axialX = (a: number): number => Math.sin(a * RAD);
const axialY = (a: number): number => Math.cos(a * RAD);

const SIDES: readonly Side[] = ['near', 'far'];
/** Where the arms hang from along the trunk in the side view (0 pelvis, 1 top of the trunk). */
const ARM_ROOT = 0.9;

/** Forward kinematics: joint positions for a spec with the pelvis at (x, y). */
export function forwardKinematics(spec: FigureSpec, x: number, y: number): Figure {
  const view = spec.view ?? 'side';
  const front = view === 'front';
  const scale = spec.scale ?? {};
  const ax = axialX(spec.trunk);
  const ay = axialY(spec.trunk);
  const nx = ay; // the normal: the axis turned clockwise (front of the body in the side view)
  const ny = -ax;
  const pelvis = { x, y };
  const shoulder = { x: x + ax * BODY.trunk, y: y + ay * BODY.trunk };
  const curve = spec.curve ?? 0;
  const bend = { x: (x + shoulder.x) / 2 - nx * curve * 2, y: (y + shoulder.y) / 2 - ny * curve * 2 };
  const neckA = spec.neck ?? spec.trunk;
  const headA = spec.head ?? neckA;
  const neck = { x: shoulder.x + axialX(neckA) * BODY.neck, y: shoulder.y + axialY(neckA) * BODY.neck };
  const hx = axialX(headA);
  const hy = axialY(headA);
  const face = { x: hy, y: -hx };
  const head = {
    x: neck.x + hx * BODY.headR * 0.8 + face.x * BODY.headR * 0.12,
    y: neck.y + hy * BODY.headR * 0.8 + face.y * BODY.headR * 0.12,
  };
  const sw = front ? BODY.shoulderHalf : 0;
  // In the side view the arms hang from a point a little below the top of the (curved) trunk.
  const u = 1 - ARM_ROOT;
  const armRoot = {
    x: u * u * x + 2 * u * ARM_ROOT * bend.x + ARM_ROOT * ARM_ROOT * shoulder.x,
    y: u * u * y + 2 * u * ARM_ROOT * bend.y + ARM_ROOT * ARM_ROOT * shoulder.y,
  };
  const hw = front ? BODY.hipHalf : 0;
  const shrug = spec.shrug ?? 0;
  const arms = {} as Record<Side, Arm>;
  const legs = {} as Record<Side, Leg>;
  for (const side of SIDES) {
    const sign = side === 'near' ? 1 : -1;
    const a = (side === 'far' ? spec.arms.far : undefined) ?? spec.arms.near;
    const upper = a[0];
    const fore = a[1] ?? upper;
    const hand = a[2] ?? fore;
    const s = front
      ? { x: shoulder.x + nx * sw * sign + ax * shrug, y: shoulder.y + ny * sw * sign + ay * shrug }
      : { x: armRoot.x + ax * shrug, y: armRoot.y + ay * shrug };
    const lu = BODY.upperArm * (scale[`${side}UpperArm`] ?? 1);
    const lf = BODY.forearm * (scale[`${side}Forearm`] ?? 1);
    const lh = BODY.hand * (scale[`${side}Hand`] ?? 1);
    const elbow = { x: s.x + limbX(upper) * lu, y: s.y + limbY(upper) * lu };
    const wrist = { x: elbow.x + limbX(fore) * lf, y: elbow.y + limbY(fore) * lf };
    arms[side] = { shoulder: s, elbow, wrist, hand: { x: wrist.x + limbX(hand) * lh, y: wrist.y + limbY(hand) * lh } };

    const l = (side === 'far' ? spec.legs.far : undefined) ?? spec.legs.near;
    const thigh = l[0];
    const shank = l[1] ?? thigh;
    // Default foot: flat on the floor while the shin is roughly upright, else at a neutral ankle.
    const foot = l[2] ?? (front ? shank + 90 * sign : Math.abs(shank) <= 60 ? 90 : shank + 90);
    const footScale = scale[`${side}Foot`] ?? (front ? 0.45 : 1);
    const hip = { x: x + nx * hw * sign, y: y + ny * hw * sign };
    const lt = BODY.thigh * (scale[`${side}Thigh`] ?? 1);
    const ls = BODY.shank * (scale[`${side}Shank`] ?? 1);
    const knee = { x: hip.x + limbX(thigh) * lt, y: hip.y + limbY(thigh) * lt };
    const ankle = { x: knee.x + limbX(shank) * ls, y: knee.y + limbY(shank) * ls };
    const fx = limbX(foot);
    const fy = limbY(foot);
    legs[side] = {
      hip,
      knee,
      ankle,
      toe: { x: ankle.x + fx * BODY.foot * footScale, y: ankle.y + fy * BODY.foot * footScale },
      heel: { x: ankle.x - fx * BODY.heel * footScale, y: ankle.y - fy * BODY.heel * footScale },
    };
  }
  return {
    view,
    pelvis,
    shoulder,
    bend,
    neck,
    head,
    face,
    nose: spec.nose ?? !front,
    axis: { x: ax, y: ay },
    normal: { x: nx, y: ny },
    arms,
    legs,
  };
}

/** A named joint of a figure. */
export function joint(f: Figure, key: JointKey): Vec {
  switch (key) {
    case 'pelvis':
      return f.pelvis;
    case 'shoulder':
      return f.shoulder;
    case 'neck':
      return f.neck;
    case 'head':
      return f.head;
    case 'nearShoulder':
      return f.arms.near.shoulder;
    case 'nearElbow':
      return f.arms.near.elbow;
    case 'nearWrist':
      return f.arms.near.wrist;
    case 'nearHand':
      return f.arms.near.hand;
    case 'farShoulder':
      return f.arms.far.shoulder;
    case 'farElbow':
      return f.arms.far.elbow;
    case 'farWrist':
      return f.arms.far.wrist;
    case 'farHand':
      return f.arms.far.hand;
    case 'nearHip':
      return f.legs.near.hip;
    case 'nearKnee':
      return f.legs.near.knee;
    case 'nearAnkle':
      return f.legs.near.ankle;
    case 'nearHeel':
      return f.legs.near.heel;
    case 'nearToe':
      return f.legs.near.toe;
    case 'farHip':
      return f.legs.far.hip;
    case 'farKnee':
      return f.legs.far.knee;
    case 'farAnkle':
      return f.legs.far.ankle;
    case 'farHeel':
      return f.legs.far.heel;
    case 'farToe':
      return f.legs.far.toe;
  }
}

/** Half the drawn thickness at a joint: how far below the joint the drawing reaches. */
export function jointRadius(f: Figure, key: JointKey): number {
  if (key === 'head') return BODY.headR;
  if (key === 'pelvis' || key === 'shoulder') return f.view === 'side' ? STROKE.trunk / 2 : STROKE.torso / 2;
  if (key === 'neck') return STROKE.neck / 2;
  return STROKE.limb / 2;
}

/** A point on the (curved) trunk, t = 0 at the pelvis and 1 at the shoulders. */
export function trunkPoint(f: Figure, t: number): Vec {
  const u = 1 - t;
  return {
    x: u * u * f.pelvis.x + 2 * u * t * f.bend.x + t * t * f.shoulder.x,
    y: u * u * f.pelvis.y + 2 * u * t * f.bend.y + t * t * f.shoulder.y,
  };
}

export interface FigureLayers {
  far: Prim[];
  body: Prim[];
  near: Prim[];
}

/** The figure as primitives: far limbs, then trunk and head, then near limbs (each with a thin white halo). */
export function drawFigure(f: Figure): FigureLayers {
  const far: Prim[] = [];
  const body: Prim[] = [];
  const near: Prim[] = [];
  limbs(f, 'far', INK.far, far, false);
  const ink = INK.near;
  if (f.view === 'side') {
    body.push(path('MQ', [f.pelvis.x, f.pelvis.y, f.bend.x, f.bend.y, f.shoulder.x, f.shoulder.y], ink, STROKE.trunk));
  } else {
    const { near: n, far: r } = f.arms;
    const hn = f.legs.near.hip;
    const hf = f.legs.far.hip;
    body.push(
      polygon([n.shoulder.x, n.shoulder.y, r.shoulder.x, r.shoulder.y, hf.x, hf.y, hn.x, hn.y], ink, ink, STROKE.torso),
    );
  }
  body.push(line(f.shoulder.x, f.shoulder.y, f.neck.x, f.neck.y, ink, STROKE.neck));
  body.push(circle(f.head.x, f.head.y, BODY.headR, ink));
  if (f.nose) {
    const { head: h, face: fc } = f;
    const ux = -fc.y; // along the head, towards its crown
    const uy = fc.x;
    const r = BODY.headR;
    body.push(
      polygon(
        [
          h.x + fc.x * (r - 1) + ux * 1.4,
          h.y + fc.y * (r - 1) + uy * 1.4,
          h.x + fc.x * (r + 2) - ux * 0.8,
          h.y + fc.y * (r + 2) - uy * 0.8,
          h.x + fc.x * (r - 1) - ux * 1.6,
          h.y + fc.y * (r - 1) - uy * 1.6,
        ],
        ink,
      ),
    );
  }
  limbs(f, 'near', ink, near, true);
  return { far, body, near };
}

function limbs(f: Figure, side: Side, ink: string, out: Prim[], halo: boolean): void {
  const leg = f.legs[side];
  const arm = f.arms[side];
  const legPts = [
    leg.hip.x,
    leg.hip.y,
    leg.knee.x,
    leg.knee.y,
    leg.ankle.x,
    leg.ankle.y,
    leg.heel.x,
    leg.heel.y,
    leg.toe.x,
    leg.toe.y,
  ];
  const armPts = [
    arm.shoulder.x,
    arm.shoulder.y,
    arm.elbow.x,
    arm.elbow.y,
    arm.wrist.x,
    arm.wrist.y,
    arm.hand.x,
    arm.hand.y,
  ];
  if (halo) {
    out.push(path('MLLML', fromThird(legPts), INK.halo, STROKE.limb + 2 * STROKE.halo));
  }
  out.push(path('MLLML', legPts, ink, STROKE.limb));
  if (halo) {
    out.push(path('MLLL', fromThird(armPts), INK.halo, STROKE.limb + 2 * STROKE.halo));
  }
  out.push(path('MLLL', armPts, ink, STROKE.limb));
}

/** The same points with the first moved 40% of the way to the second (a halo that does not bite into the trunk). */
function fromThird(pts: readonly number[]): number[] {
  const out = pts.slice();
  const x0 = pts[0] ?? 0;
  const y0 = pts[1] ?? 0;
  out[0] = x0 + ((pts[2] ?? 0) - x0) * 0.4;
  out[1] = y0 + ((pts[3] ?? 0) - y0) * 0.4;
  return out;
}
