// Equipment drawn with a pose: placed from the figure's joints and the pose's hints (PoseSpec.place), falling back
// to a spot beside the figure, so any listed equipment is always drawn. Model space: y up, floor at 0.
import type { Equipment } from '../vocabulary/equipment.ts';
import type { Anchor, Motion, PoseSpec } from './poses.ts';
import { circle, line, path, polygon, rect, type Box, type Prim } from './shapes.ts';
import { STROKE, joint, jointRadius, trunkPoint, type Figure, type Vec } from './skeleton.ts';

/** Thickness of an exercise mat, height of a step, thickness of a balance pad. */
export const MAT_T = 2;
export const STEP_H = 10;
export const PAD_T = 4.5;
/** Top of walls, door frames and the like (model units above the floor). */
export const SCENE_TOP = 134;
/** Content wider than this is pushed behind the figure instead of beside it. */
export const MAX_CONTENT_WIDTH = 140;

const C = {
  mat: '#9fd8cb',
  matEdge: '#5fa89a',
  wood: '#b07d4f',
  wall: '#e2e8f0',
  wallEdge: '#94a3b8',
  door: '#eadcc6',
  doorEdge: '#b89b72',
  step: '#d6d3d1',
  stepEdge: '#78716c',
  pad: '#c4b5fd',
  padEdge: '#8b5cf6',
  band: '#ef4444',
  bandKnot: '#7f1d1d',
  metal: '#78716c',
  metalFar: '#b8b2ad',
  bell: '#78716c',
  roller: '#93c5fd',
  rollerEdge: '#2563eb',
  ball: '#f59e0b',
  ballEdge: '#b45309',
  gymBall: '#bfdbfe',
  gymBallEdge: '#3b82f6',
  towel: '#2dd4bf',
  pillow: '#e2e8f0',
  pillowEdge: '#94a3b8',
  dowel: '#b45309',
  mirror: '#eef6fb',
  mirrorEdge: '#94a3b8',
  glint: '#cbd5e1',
  bike: '#475569',
  bikeWheel: '#e5e7eb',
  device: '#0f172a',
  motion: '#ea580c',
} as const;

export interface Layers {
  back: Prim[];
  floor: Prim[];
  far: Prim[];
  mid: Prim[];
  body: Prim[];
  near: Prim[];
  front: Prim[];
}

export interface Scene {
  spec: PoseSpec;
  fig: Figure;
  /** Top of the floor (or mat) and the level the figure's lowest point rests on (raised by a pad or a step). */
  floor: number;
  ground: number;
  /** Bounds of the figure, grown as props are added. */
  box: Box;
  layers: Layers;
  props: ReadonlySet<Equipment>;
}

/** Order props are drawn in: what the body rests on first, then what it holds, then walls and backgrounds. */
const ORDER: readonly Equipment[] = [
  'mat',
  'balance_pad',
  'step',
  'chair',
  'stationary_bike',
  'table',
  'foam_roller',
  'massage_ball',
  'gym_ball',
  'pillow',
  'towel',
  'doorway',
  'dowel',
  'resistance_band',
  'loop_band',
  'dumbbell',
  'kettlebell',
  'pedometer',
  'wall',
  'mirror',
];

/** The equipment to draw for a pose: its own scene plus the exercise's, in drawing order. */
export function propsFor(spec: PoseSpec, requested: readonly Equipment[] | undefined): Equipment[] {
  const want = new Set<Equipment>(requested ?? []);
  for (const e of spec.scene ?? []) want.add(e);
  if (spec.support === 'chair' && !(want.has('gym_ball') && !(requested ?? []).includes('chair'))) want.add('chair');
  if (spec.support === 'bike') want.add('stationary_bike');
  return ORDER.filter((e) => want.has(e));
}

/** Top of the floor and the ground level the figure stands on, given its props. */
export function groundFor(spec: PoseSpec, props: readonly Equipment[]): { floor: number; ground: number } {
  const floor = props.includes('mat') ? MAT_T : 0;
  let ground = floor;
  if (props.includes('balance_pad') && spec.contacts.length > 0) ground += PAD_T;
  if (props.includes('step') && spec.place?.step === undefined && spec.support === 'stand') ground += STEP_H;
  return { floor, ground };
}

export function anchorPoint(f: Figure, a: Anchor): Vec {
  if (typeof a === 'string') return joint(f, a);
  if (a[0] === 'trunk') return trunkPoint(f, a[1]);
  const [j1, j2, t] = a;
  const p = joint(f, j1);
  const q = joint(f, j2);
  return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
}

const lying = (s: Scene): 'supine' | 'prone' | 'side' | null => {
  if (s.spec.support !== 'floor') return null;
  if (s.fig.view === 'front' && Math.abs(s.fig.axis.y) < 0.5) return 'side';
  if (s.fig.axis.y > 0.5) return null; // sitting or kneeling up
  if (s.fig.axis.y < -0.5) return null;
  return s.fig.axis.x < 0 ? 'supine' : 'prone';
};

const contactsAtGround = (s: Scene): Vec[] =>
  s.spec.contacts
    .map((k) => joint(s.fig, k))
    .filter((p, i) => {
      const key = s.spec.contacts[i];
      return key !== undefined && p.y - jointRadius(s.fig, key) - s.ground < 3;
    });

function grow(box: Box, prims: readonly Prim[]): void {
  for (const p of prims) {
    const pad = p.kind === 'circle' ? p.r + p.width / 2 : p.width / 2;
    for (let i = 0; i + 1 < p.pts.length; i += 2) {
      const x = p.pts[i] ?? 0;
      const y = p.pts[i + 1] ?? 0;
      box.minX = Math.min(box.minX, x - pad);
      box.maxX = Math.max(box.maxX, x + pad);
      box.minY = Math.min(box.minY, y - pad);
      box.maxY = Math.max(box.maxY, y + pad);
    }
  }
}

/** Adds prims to a layer (and the content box), lifted if needed so nothing goes below the floor. */
function put(s: Scene, layer: keyof Layers, prims: Prim[], floor = s.floor): void {
  let low = Infinity;
  for (const p of prims) {
    const pad = p.kind === 'circle' ? p.r + p.width / 2 : p.width / 2;
    for (let i = 1; i < p.pts.length; i += 2) low = Math.min(low, (p.pts[i] ?? 0) - pad);
  }
  if (low < floor) {
    for (const p of prims) for (let i = 1; i < p.pts.length; i += 2) p.pts[i] = (p.pts[i] ?? 0) + floor - low;
  }
  grow(s.box, prims);
  s.layers[layer].push(...prims);
}

/** x of something `w` wide beside the figure: in front if the panel allows, else behind, else centred behind it. */
function beside(s: Scene, w: number): number {
  const { minX, maxX } = s.box;
  if (maxX + 4 + w - minX <= MAX_CONTENT_WIDTH) return maxX + 4;
  if (maxX - (minX - 4 - w) <= MAX_CONTENT_WIDTH) return minX - 4 - w;
  return (minX + maxX - w) / 2;
}

const fits = (s: Scene, w: number): boolean =>
  s.box.maxX + 4 + w - s.box.minX <= MAX_CONTENT_WIDTH || s.box.maxX - (s.box.minX - 4 - w) <= MAX_CONTENT_WIDTH;

export function drawProp(e: Equipment, s: Scene): void {
  switch (e) {
    case 'mat':
      mat(s);
      return;
    case 'balance_pad':
      pad(s);
      return;
    case 'step':
      step(s);
      return;
    case 'chair':
      chair(s);
      return;
    case 'stationary_bike':
      bike(s);
      return;
    case 'table':
      table(s);
      return;
    case 'foam_roller':
      roller(s);
      return;
    case 'massage_ball':
      massageBall(s);
      return;
    case 'gym_ball':
      gymBall(s);
      return;
    case 'pillow':
      pillow(s);
      return;
    case 'towel':
      towel(s);
      return;
    case 'doorway':
      doorway(s);
      return;
    case 'dowel':
      dowel(s);
      return;
    case 'resistance_band':
      band(s);
      return;
    case 'loop_band':
      loopBand(s);
      return;
    case 'dumbbell':
      dumbbells(s);
      return;
    case 'kettlebell':
      kettlebell(s);
      return;
    case 'pedometer':
      pedometer(s);
      return;
    case 'wall':
      wall(s);
      return;
    case 'mirror':
      mirror(s);
      return;
  }
}

function mat(s: Scene): void {
  const { minX, maxX } = s.box;
  s.layers.floor.push(rect(minX - 5, 0.4, maxX + 5, s.floor, C.mat, C.matEdge, 0.8, 0.8));
}

function pad(s: Scene): void {
  const pts = contactsAtGround(s);
  if (pts.length === 0) {
    const x = beside(s, 16);
    put(s, 'floor', [rect(x, s.floor + 0.5, x + 16, s.floor + PAD_T, C.pad, C.padEdge, 1, 1.5)]);
    return;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of pts) {
    lo = Math.min(lo, p.x);
    hi = Math.max(hi, p.x);
  }
  if (hi - lo > 40) hi = lo + 40;
  put(s, 'floor', [rect(lo - 5, s.floor + 0.5, hi + 5, s.ground, C.pad, C.padEdge, 1, 1.5)]);
}

function stepBox(s: Scene, x1: number, x2: number, top: number): void {
  put(s, 'floor', [rect(x1, s.floor + 0.5, x2, top, C.step, C.stepEdge, 1, 0.8)]);
}

function step(s: Scene): void {
  const side = s.spec.place?.step;
  const { legs } = s.fig;
  if (side !== undefined) {
    const foot = legs[side];
    const other = legs[side === 'near' ? 'far' : 'near'];
    const top = Math.min(foot.heel.y, foot.toe.y) - STROKE.limb / 2;
    const heel = Math.min(foot.heel.x, foot.toe.x);
    const toe = Math.max(foot.heel.x, foot.toe.x);
    // The step runs away from the other foot: forwards when stepping up, backwards when stepping down.
    if (other.ankle.x > foot.ankle.x) stepBox(s, heel - 18, toe + 1.5, top);
    else stepBox(s, heel - 3, toe + 14, top);
    return;
  }
  if (s.spec.support === 'stand') {
    const xs = [legs.near.heel.x, legs.near.toe.x, legs.far.heel.x, legs.far.toe.x];
    stepBox(s, Math.min(...xs) + 2, Math.max(...xs) + 14, s.ground);
    return;
  }
  const x = beside(s, 22);
  stepBox(s, x, x + 22, s.floor + STEP_H);
}

const SIT_SEAT = 22.6; // seat height for a chair nobody sits on (that of the 'sit' pose)

function chairSide(s: Scene, front: number, seat: number, layer: keyof Layers = 'back'): void {
  const back = front - 20;
  put(s, layer, [
    line(front - 1.5, seat - 2, front - 1.5, s.floor + 1.2, C.wood, 2.4),
    line(back + 1.5, seat - 2, back + 1.5, s.floor + 1.2, C.wood, 2.4),
    line(back + 1.5, seat, back - 1, seat + 29, C.wood, 2.4),
    line(back + 0.8, seat + 17, back - 0.8, seat + 28, C.wood, 4),
    rect(back, seat - 2.6, front, seat, C.wood, C.wood, 0.6, 0.6),
  ]);
}

function chair(s: Scene): void {
  const { fig, spec } = s;
  if (spec.support === 'chair') {
    const seat = fig.pelvis.y - jointRadius(fig, 'pelvis');
    if (fig.view === 'front') {
      const x = fig.pelvis.x;
      put(s, 'back', [
        rect(x - 11, seat, x + 11, seat + 30, '#d9b894', C.wood, 1.2, 1),
        line(x - 12, seat - 2, x - 12, s.floor + 1.2, C.wood, 2.4),
        line(x + 12, seat - 2, x + 12, s.floor + 1.2, C.wood, 2.4),
        rect(x - 14, seat - 3, x + 14, seat, C.wood, C.wood, 0.6, 0.6),
      ]);
      return;
    }
    chairSide(s, fig.pelvis.x + 9, seat);
    return;
  }
  const heels = Math.min(fig.legs.near.heel.x, fig.legs.far.heel.x);
  if (spec.place?.chair === 'front') {
    const h = fig.arms.near.hand;
    // Facing away from the figure: the back post at the hand.
    const x = h.x + 2;
    const seat = Math.min(SIT_SEAT + s.floor, h.y - 12);
    put(s, 'back', [
      line(x + 18.5, seat - 2, x + 18.5, s.floor + 1.2, C.wood, 2.4),
      line(x + 1.5, seat - 2, x + 1.5, s.floor + 1.2, C.wood, 2.4),
      line(x + 1.5, seat, x + 0.5, h.y + 1, C.wood, 2.4),
      rect(x, seat - 2.6, x + 20, seat, C.wood, C.wood, 0.6, 0.6),
    ]);
    return;
  }
  if (spec.support === 'stand' || spec.place?.chair === 'behind') {
    const front = spec.place?.chair === 'behind' ? Math.min(heels - 4, fig.pelvis.x + 6) : heels - 3;
    chairSide(s, front, SIT_SEAT + s.floor);
    return;
  }
  const x = beside(s, 20);
  chairSide(s, x + 20, SIT_SEAT + s.floor);
}

function bike(s: Scene): void {
  const { fig } = s;
  const onBike = s.spec.support === 'bike';
  const a = fig.legs.near.ankle;
  const b = fig.legs.far.ankle;
  const crank = onBike ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : { x: beside(s, 44) + 14, y: s.floor + 12 };
  const cr = onBike ? Math.max(4, Math.hypot(a.x - b.x, a.y - b.y) / 2) : 6;
  const seat = onBike
    ? { x: fig.pelvis.x, y: fig.pelvis.y - jointRadius(fig, 'pelvis') - 1 }
    : { x: crank.x - 6, y: crank.y + 26 };
  const wheel = { x: crank.x + 17, y: Math.max(crank.y + 2, s.floor + 10.5) };
  const bar = onBike
    ? { x: (fig.arms.near.hand.x + fig.arms.far.hand.x) / 2, y: (fig.arms.near.hand.y + fig.arms.far.hand.y) / 2 - 2 }
    : { x: wheel.x + 4, y: seat.y + 6 };
  const base = s.floor + 1.5;
  put(s, 'back', [
    line(crank.x - 18, base, wheel.x + 12, base, C.bike, 3),
    line(crank.x - 12, base, crank.x, crank.y, C.bike, 2.6),
    line(wheel.x + 6, base, wheel.x, wheel.y, C.bike, 2.6),
    circle(wheel.x, wheel.y, 9, C.bikeWheel, C.bike, 1.6),
    line(crank.x, crank.y, wheel.x, wheel.y, C.bike, 2.6),
    line(seat.x - 1, seat.y, crank.x, crank.y, C.bike, 2.6),
    line(wheel.x, wheel.y, bar.x, bar.y, C.bike, 2.6),
    line(bar.x - 2, bar.y + 1, bar.x + 3, bar.y - 1, C.bike, 3.2),
    circle(crank.x, crank.y, cr, null, C.bike, 1.2),
    line(seat.x - 6, seat.y, seat.x + 4, seat.y, C.bike, 3.2),
  ]);
  if (onBike) {
    put(s, 'front', [line(a.x - 2.5, a.y - 2.6, a.x + 2.5, a.y - 2.6, C.bike, 1.6)]);
    put(s, 'mid', [line(b.x - 2.5, b.y - 2.6, b.x + 2.5, b.y - 2.6, C.bike, 1.6)]);
  }
}

function table(s: Scene): void {
  const key = s.spec.place?.table;
  if (key !== undefined) {
    const p = joint(s.fig, key);
    const e = s.fig.arms.near.elbow;
    const top = p.y - STROKE.limb / 2;
    const x1 = Math.min(e.x, p.x) - 10;
    const x2 = Math.max(e.x, p.x) + 0.5;
    put(s, 'back', [
      rect(x1, top - 3, x2, top, C.wood, C.wood, 0.6, 0.6),
      line(x1 + 2, top - 3, x1 + 2, s.floor + 1.2, C.wood, 2.4),
      line(x2 - 2, top - 3, x2 - 2, s.floor + 1.2, C.wood, 2.4),
    ]);
    return;
  }
  const h = s.fig.arms.near.hand;
  const handOnTop = h.x > s.fig.pelvis.x + 4 && h.y - s.floor > 18 && h.y - s.floor < 55;
  const top = handOnTop ? h.y - 2.2 : s.floor + 42;
  const x1 = handOnTop ? h.x - 6 : beside(s, 30);
  put(s, 'back', [
    rect(x1, top - 3, x1 + 30, top, C.wood, C.wood, 0.6, 0.6),
    line(x1 + 2, top - 3, x1 + 2, s.floor + 1.2, C.wood, 2.4),
    line(x1 + 28, top - 3, x1 + 28, s.floor + 1.2, C.wood, 2.4),
  ]);
}

export const ROLLER_R = 4.6;

function roller(s: Scene): void {
  let at = s.spec.place?.roller;
  if (at === undefined) {
    const l = lying(s);
    if (l === 'supine') at = ['trunk', 0.7];
    else if (l === 'prone') at = ['nearHip', 'nearKnee', 0.5];
    else if (l === 'side') at = ['farHip', 'farKnee', 0.5];
  }
  if (at !== undefined && typeof at !== 'string' && 'along' in at) {
    const p = joint(s.fig, at.along[0]);
    const q = joint(s.fig, at.along[1]);
    put(s, 'floor', [
      rect(
        Math.min(p.x, q.x) - 3,
        s.floor,
        Math.max(p.x, q.x) + 3,
        s.floor + 2 * ROLLER_R,
        C.roller,
        C.rollerEdge,
        1.2,
        ROLLER_R,
      ),
    ]);
    return;
  }
  const x = at === undefined ? beside(s, 2 * ROLLER_R) + ROLLER_R : anchorPoint(s.fig, at).x;
  put(s, 'floor', [
    circle(x, s.floor + ROLLER_R + 0.6, ROLLER_R, C.roller, C.rollerEdge, 1.2),
    circle(x, s.floor + ROLLER_R + 0.6, 1.5, null, C.rollerEdge, 0.8),
  ]);
}

export const BALL_R = 3.1;

function massageBall(s: Scene): void {
  const at = s.spec.place?.ball;
  if (at !== undefined && typeof at !== 'string' && 'behind' in at) {
    const p = trunkPoint(s.fig, at.behind);
    const d = jointRadius(s.fig, 'pelvis') + BALL_R;
    put(s, 'floor', [circle(p.x - s.fig.normal.x * d, p.y - s.fig.normal.y * d, BALL_R, C.ball, C.ballEdge, 0.9)]);
    return;
  }
  const x = at === undefined ? beside(s, 2 * BALL_R) + BALL_R : anchorPoint(s.fig, at).x;
  put(s, 'floor', [circle(x, s.floor + BALL_R + 0.5, BALL_R, C.ball, C.ballEdge, 0.9)]);
}

const GYM_R = 16;

function gymBall(s: Scene): void {
  const { fig, spec } = s;
  const l = lying(s);
  const where =
    spec.place?.gymBall ??
    (spec.support === 'chair'
      ? 'seat'
      : spec.support === 'stand'
        ? 'back'
        : l === 'supine'
          ? 'feet'
          : l === 'prone'
            ? 'belly'
            : null);
  const ball = (x: number, y: number, r: number, layer: keyof Layers): void => {
    put(s, layer, [
      circle(x, y, r, C.gymBall, C.gymBallEdge, 1.2),
      path('MQ', [x - r * 0.55, y + r * 0.45, x - r * 0.1, y + r * 0.8, x + r * 0.35, y + r * 0.7], '#ffffff', 1.2),
    ]);
  };
  switch (where) {
    case 'seat': {
      const r = Math.max(6, Math.min(GYM_R, (fig.pelvis.y - jointRadius(fig, 'pelvis') - s.floor) / 2));
      ball(fig.pelvis.x - 1, s.floor + r, r, 'back');
      return;
    }
    case 'back': {
      const p = trunkPoint(fig, 0.45);
      const d = jointRadius(fig, 'pelvis') + GYM_R;
      ball(p.x - fig.normal.x * d, p.y - fig.normal.y * d, GYM_R, 'back');
      return;
    }
    case 'feet': {
      const a = fig.legs.near.ankle;
      ball(a.x + 4, s.floor + GYM_R, GYM_R, 'back');
      return;
    }
    case 'belly': {
      const p = trunkPoint(fig, 0.2);
      ball(p.x, s.floor + GYM_R, GYM_R, 'back');
      return;
    }
    case 'hands': {
      // Held out in front, the hands on its near side (against a wall when there is one).
      const h = fig.arms.near.hand;
      ball(h.x + GYM_R - 1, h.y, GYM_R, 'front');
      return;
    }
    case null: {
      const w = 2 * GYM_R;
      const x = fits(s, w) ? beside(s, w) : (s.box.minX + s.box.maxX) / 2 - GYM_R;
      ball(x + GYM_R, s.floor + GYM_R, GYM_R, 'back');
      return;
    }
  }
}

function pillow(s: Scene): void {
  const { fig } = s;
  const l = lying(s);
  const knees = s.spec.contacts.filter((k) => k === 'nearKnee' || k === 'farKnee');
  const where =
    s.spec.place?.pillow ??
    (knees.length > 0
      ? 'knees'
      : l === 'supine' || l === 'side'
        ? 'head'
        : l === 'prone'
          ? 'belly'
          : s.spec.support === 'chair'
            ? 'lumbar'
            : null);
  const soft = (x1: number, y1: number, x2: number, y2: number, layer: keyof Layers = 'floor'): void => {
    put(s, layer, [rect(x1, y1, x2, y2, C.pillow, C.pillowEdge, 1, 2.5)]);
  };
  switch (where) {
    case 'head': {
      const h = fig.head;
      soft(h.x - 9, s.floor + 0.5, h.x + 8, Math.max(s.floor + 3.5, h.y - 1));
      return;
    }
    case 'knees': {
      const k = joint(fig, knees[0] ?? 'nearKnee');
      soft(k.x - 8, s.floor + 0.5, k.x + 8, Math.max(s.floor + 3.5, k.y - 1));
      return;
    }
    case 'belly': {
      const p = trunkPoint(fig, 0.35);
      soft(p.x - 10, s.floor + 0.5, p.x + 10, Math.max(s.floor + 3.5, p.y - 1));
      return;
    }
    case 'lumbar': {
      const p = trunkPoint(fig, 0.3);
      const d = jointRadius(fig, 'pelvis') + 2.4;
      const x = p.x - fig.normal.x * d;
      const y = p.y - fig.normal.y * d;
      soft(x - 2.6, y - 5, x + 2.6, y + 5, 'back');
      return;
    }
    case null: {
      const x = beside(s, 16);
      soft(x, s.floor + 0.5, x + 16, s.floor + 5);
      return;
    }
  }
}

function soleLoop(s: Scene, from: readonly Vec[], ink: string, width: number, layer: keyof Layers): void {
  const leg = s.fig.legs.near;
  const fx = leg.toe.x - leg.heel.x;
  const fy = leg.toe.y - leg.heel.y;
  const len = Math.hypot(fx, fy) || 1;
  // Sole side: the normal of the foot pointing away from the knee.
  let nx = -fy / len;
  let ny = fx / len;
  if ((leg.knee.x - leg.ankle.x) * nx + (leg.knee.y - leg.ankle.y) * ny > 0) {
    nx = -nx;
    ny = -ny;
  }
  const off = STROKE.limb / 2 + width / 2;
  const t = { x: leg.toe.x - (fx / len) * 1.5 + nx * off, y: leg.toe.y - (fy / len) * 1.5 + ny * off };
  const h = { x: leg.heel.x + (fx / len) * 1 + nx * off, y: leg.heel.y + (fy / len) * 1 + ny * off };
  const prims: Prim[] = [];
  for (const p of from) prims.push(path('MLLL', [p.x, p.y, t.x, t.y, h.x, h.y, p.x, p.y], ink, width));
  put(s, layer, prims);
}

function towel(s: Scene): void {
  const { fig } = s;
  const l = lying(s);
  const where =
    s.spec.place?.towel ??
    (l === 'supine'
      ? 'neck'
      : l === 'prone'
        ? 'forehead'
        : l === 'side'
          ? 'neck'
          : s.spec.support === 'chair'
            ? 'lumbar'
            : 'hand');
  switch (where) {
    case 'strap':
      soleLoop(s, [fig.arms.near.hand], C.towel, 2.4, 'front');
      return;
    case 'neck': {
      const x = (fig.shoulder.x + 2 * fig.neck.x) / 3;
      put(s, 'floor', [rect(x - 3.5, s.floor + 0.5, x + 3.5, s.floor + 4.5, C.towel, null, 0, 2)]);
      return;
    }
    case 'forehead': {
      const h = fig.head;
      put(s, 'floor', [rect(h.x - 5, s.floor + 0.5, h.x + 7, s.floor + 2.5, C.towel, null, 0, 1)]);
      return;
    }
    case 'elbow': {
      const e = fig.arms.near.elbow;
      const t = trunkPoint(fig, 0.55);
      const dx = t.x - e.x;
      const dy = t.y - e.y;
      const d = Math.hypot(dx, dy) || 1;
      put(s, 'near', [circle(e.x + (dx / d) * 3.8, e.y + (dy / d) * 3.8, 2.4, C.towel, '#0f766e', 0.6)]);
      return;
    }
    case 'lumbar': {
      const p = trunkPoint(fig, 0.3);
      const d = jointRadius(fig, 'pelvis') + 2.2;
      put(s, 'back', [circle(p.x - fig.normal.x * d, p.y - fig.normal.y * d, 2.6, C.towel, '#0f766e', 0.6)]);
      return;
    }
    case 'hand': {
      const h = fig.arms.near.hand;
      put(s, 'front', [rect(h.x - 1.8, h.y - 11, h.x + 1.8, h.y + 0.5, C.towel, null, 0, 0.8)]);
      return;
    }
  }
}

function doorway(s: Scene): void {
  const key = s.spec.place?.door;
  const x = key === undefined ? s.box.maxX + 5 : joint(s.fig, key).x;
  put(s, 'back', [rect(x - 3.5, s.floor, x + 3.5, SCENE_TOP, C.door, C.doorEdge, 1)]);
}

function dowel(s: Scene): void {
  const { fig, spec } = s;
  const hinge = spec.support === 'stand' && fig.axis.y < 0.87 && fig.axis.y > 0.1;
  const where = spec.place?.dowel ?? (hinge ? 'back' : 'hands');
  if (where === 'back') {
    const off = jointRadius(fig, 'pelvis') + 1.3;
    const { axis: a, normal: n } = fig;
    const x0 = fig.pelvis.x - a.x * 8 - n.x * off;
    const y0 = fig.pelvis.y - a.y * 8 - n.y * off;
    const len = 8 + 30 + 20;
    put(s, 'front', [line(x0, y0, x0 + a.x * len, y0 + a.y * len, C.dowel, 2.2)]);
    return;
  }
  const p = fig.arms.near.hand;
  const q = fig.arms.far.hand;
  const d = Math.hypot(p.x - q.x, p.y - q.y);
  if (d > 12) {
    const ux = (p.x - q.x) / d;
    const uy = (p.y - q.y) / d;
    put(s, 'front', [line(q.x - ux * 7, q.y - uy * 7, p.x + ux * 7, p.y + uy * 7, C.dowel, 2.2)]);
    return;
  }
  const w = fig.arms.near.wrist;
  const fx = p.x - w.x;
  const fy = p.y - w.y;
  const f = Math.hypot(fx, fy) || 1;
  put(s, 'front', [line(p.x - (fy / f) * 6, p.y + (fx / f) * 6, p.x + (fy / f) * 6, p.y - (fx / f) * 6, C.dowel, 2.2)]);
}

function band(s: Scene): void {
  const { fig, spec } = s;
  const hint = spec.place?.band;
  const hands = (which: 'hand' | 'hands' | 'foot' | 'feet'): Vec[] =>
    which === 'hands'
      ? [fig.arms.near.hand, fig.arms.far.hand]
      : which === 'hand'
        ? [fig.arms.near.hand]
        : which === 'feet'
          ? [fig.legs.near.toe, fig.legs.far.toe]
          : [fig.legs.near.toe];
  if (hint !== undefined && hint.to !== 'foot') {
    const from = hands(hint.from);
    const p = from[0] ?? fig.arms.near.hand;
    bandTo(s, from, { x: p.x + hint.to[0], y: Math.max(s.floor + 3, p.y + hint.to[1]) });
    return;
  }
  if (hint !== undefined) {
    soleLoop(s, hands(hint.from), C.band, 1.8, 'front');
    return;
  }
  const h = fig.arms.near.hand;
  if (spec.support === 'floor' || h.y - s.floor < 30) {
    soleLoop(s, [h], C.band, 1.8, 'front');
    return;
  }
  if (h.x > fig.pelvis.x + 5 && h.y > fig.pelvis.y) {
    bandTo(s, [h], { x: Math.max(s.box.maxX, h.x) + 16, y: h.y });
    return;
  }
  // Standing on the band: from the hand down under the near foot.
  soleLoop(s, [h], C.band, 1.8, 'front');
}

function bandTo(s: Scene, from: readonly Vec[], a: Vec): void {
  const prims: Prim[] = [];
  for (const p of from) prims.push(line(p.x, p.y, a.x, a.y, C.band, 1.8));
  prims.push(rect(a.x - 1.4, a.y - 2.4, a.x + 1.4, a.y + 2.4, C.bandKnot, null, 0, 0.6));
  put(s, 'front', prims);
}

function loopBand(s: Scene): void {
  const { legs } = s.fig;
  const where = s.spec.place?.loop ?? 'knees';
  const at = (side: 'near' | 'far'): Vec => {
    const l = legs[side];
    const [p, q, t] =
      where === 'ankles' ? [l.knee, l.ankle, 0.85] : where === 'thighs' ? [l.hip, l.knee, 0.6] : [l.hip, l.knee, 0.82];
    return { x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t };
  };
  const a = at('near');
  const b = at('far');
  const d = Math.hypot(a.x - b.x, a.y - b.y);
  if (d < 4) {
    // Seen from the side: a band across the leg, perpendicular to it.
    const l = legs.near;
    const [p, q] = where === 'ankles' ? [l.knee, l.ankle] : [l.hip, l.knee];
    const lx = q.x - p.x;
    const ly = q.y - p.y;
    const len = Math.hypot(lx, ly) || 1;
    const nx = (-ly / len) * 4.2;
    const ny = (lx / len) * 4.2;
    put(s, 'front', [line(a.x - nx, a.y - ny, a.x + nx, a.y + ny, C.band, 2.4)]);
    return;
  }
  const cx = (a.x + b.x) / 2;
  const cy = (a.y + b.y) / 2;
  const ux = (a.x - b.x) / d;
  const uy = (a.y - b.y) / d;
  put(s, 'front', [ellipse(cx, cy, ux, uy, d / 2 + 2.6, 2.2, C.band, 1.8)]);
}

/** An ellipse as four cubic Béziers: centre, unit major axis, semi-axes. */
function ellipse(
  cx: number,
  cy: number,
  ux: number,
  uy: number,
  a: number,
  b: number,
  ink: string,
  width: number,
): Prim {
  const k = 0.5523;
  const vx = -uy;
  const vy = ux;
  const P = (s: number, t: number): [number, number] => [cx + ux * a * s + vx * b * t, cy + uy * a * s + vy * b * t];
  const pts = [
    ...P(1, 0),
    ...P(1, k),
    ...P(k, 1),
    ...P(0, 1),
    ...P(-k, 1),
    ...P(-1, k),
    ...P(-1, 0),
    ...P(-1, -k),
    ...P(-k, -1),
    ...P(0, -1),
    ...P(k, -1),
    ...P(1, -k),
    ...P(1, 0),
  ];
  return path('MCCCCZ', pts, ink, width);
}

function dumbbellAt(hand: Vec, wrist: Vec, ink: string): Prim[] {
  const fx = hand.x - wrist.x;
  const fy = hand.y - wrist.y;
  const f = Math.hypot(fx, fy) || 1;
  const ux = fx / f;
  const uy = fy / f;
  // The bar across the fist, plates at its ends.
  const bx = -uy * 4.5;
  const by = ux * 4.5;
  const c = { x: hand.x - ux * 0.6, y: hand.y - uy * 0.6 };
  const plate = (sx: number, sy: number): Prim =>
    line(sx - ux * 2.6, sy - uy * 2.6, sx + ux * 2.6, sy + uy * 2.6, ink, 3);
  return [line(c.x - bx, c.y - by, c.x + bx, c.y + by, ink, 1.6), plate(c.x - bx, c.y - by), plate(c.x + bx, c.y + by)];
}

function dumbbells(s: Scene): void {
  const { arms } = s.fig;
  put(s, 'mid', dumbbellAt(arms.far.hand, arms.far.wrist, C.metalFar));
  put(s, 'front', dumbbellAt(arms.near.hand, arms.near.wrist, C.metal));
}

function kettlebell(s: Scene): void {
  const { arms } = s.fig;
  const n = arms.near.hand;
  const f = arms.far.hand;
  const together = Math.hypot(n.x - f.x, n.y - f.y) < 9;
  const how = s.spec.place?.kettlebell ?? (together ? 'hands' : 'hand');
  const grip = how === 'hand' ? n : { x: (n.x + f.x) / 2, y: (n.y + f.y) / 2 };
  let dx = 0;
  let dy = -1;
  if (how === 'swing') {
    const w = arms.near.wrist;
    const d = Math.hypot(n.x - w.x, n.y - w.y) || 1;
    dx = (n.x - w.x) / d;
    dy = (n.y - w.y) / d;
  }
  put(s, 'front', [
    circle(grip.x + dx * 1.6, grip.y + dy * 1.6, 2.6, null, C.bell, 1.6),
    circle(grip.x + dx * 7.6, grip.y + dy * 7.6, 4.6, C.bell),
  ]);
}

function pedometer(s: Scene): void {
  const { fig } = s;
  const p = trunkPoint(fig, 0.12);
  const d = jointRadius(fig, 'pelvis');
  const x = p.x + fig.normal.x * d * 0.6;
  const y = p.y + fig.normal.y * d * 0.6;
  put(s, 'front', [rect(x - 1.3, y - 1.8, x + 1.3, y + 1.8, C.device, '#ffffff', 0.6, 0.5)]);
}

function wall(s: Scene): void {
  const side = s.spec.place?.wall ?? (s.spec.support === 'floor' ? 'front' : 'back');
  const x = side === 'back' ? s.box.minX : s.box.maxX;
  const [x1, x2] = side === 'back' ? [x - 6, x] : [x, x + 6];
  put(s, 'back', [rect(x1, 0, x2, SCENE_TOP, C.wall, C.wallEdge, 1)], 0);
}

function mirror(s: Scene): void {
  // In front of the figure, which faces it; behind the figure if the panel is too narrow.
  const { minX, maxX } = s.box;
  const cx = fits(s, 30) ? maxX + 18 : (minX + maxX) / 2 + 10;
  const y1 = s.floor + 24;
  const y2 = Math.min(SCENE_TOP - 6, y1 + 78);
  put(s, 'back', [
    rect(cx - 14, y1, cx + 14, y2, C.mirror, C.mirrorEdge, 2, 1.5),
    line(cx - 8, y2 - 10, cx + 2, y2 - 20, C.glint, 1.4),
    line(cx - 8, y2 - 18, cx - 3, y2 - 23, C.glint, 1.4),
  ]);
}

/** Motion cues: small orange arrows. */
export function drawMotion(m: Motion, s: Scene): void {
  const ink = C.motion;
  const w = 1.5;
  const pts: number[] = [];
  switch (m.kind) {
    case 'shift': {
      const p = joint(s.fig, m.at);
      pts.push(p.x + (m.ox ?? 0), p.y + (m.oy ?? 0), p.x + (m.ox ?? 0) + m.dx, p.y + (m.oy ?? 0) + m.dy);
      break;
    }
    case 'arc': {
      const p = joint(s.fig, m.at);
      const n = 10;
      for (let i = 0; i <= n; i++) {
        const a = ((m.from + ((m.to - m.from) * i) / n) * Math.PI) / 180;
        pts.push(p.x + Math.cos(a) * m.r, p.y + Math.sin(a) * m.r);
      }
      break;
    }
    case 'spin': {
      const p = anchorPoint(s.fig, m.at);
      const ux = m.axis === undefined ? s.fig.axis.x : Math.sin((m.axis * Math.PI) / 180);
      const uy = m.axis === undefined ? s.fig.axis.y : Math.cos((m.axis * Math.PI) / 180);
      const nx = uy;
      const ny = -ux;
      const n = 16;
      for (let i = 0; i <= n; i++) {
        const t = ((m.reverse === true ? 250 - (290 * i) / n : -40 + (290 * i) / n) * Math.PI) / 180;
        pts.push(
          p.x + nx * m.r * Math.cos(t) + ux * m.r * 0.32 * Math.sin(t),
          p.y + ny * m.r * Math.cos(t) + uy * m.r * 0.32 * Math.sin(t),
        );
      }
      break;
    }
  }
  const k = pts.length;
  const ex = pts[k - 2] ?? 0;
  const ey = pts[k - 1] ?? 0;
  const dx = ex - (pts[k - 4] ?? 0);
  const dy = ey - (pts[k - 3] ?? 0);
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  // Stop the line short of the tip so the head stays sharp.
  pts[k - 2] = ex - ux * 2;
  pts[k - 1] = ey - uy * 2;
  const ops = 'M' + 'L'.repeat(k / 2 - 1);
  put(s, 'front', [
    path(ops, pts, ink, w),
    polygon(
      [
        ex + ux * 1.2,
        ey + uy * 1.2,
        ex - ux * 2.8 - uy * 2.1,
        ey - uy * 2.8 + ux * 2.1,
        ex - ux * 2.8 + uy * 2.1,
        ey - uy * 2.8 - ux * 2.1,
      ],
      ink,
    ),
  ]);
}
