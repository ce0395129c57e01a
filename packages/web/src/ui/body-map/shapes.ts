// The drawing of the body map: one shape per region and side, front and back. Coordinates are for the figure's
// left half as the viewer sees it (viewBox 0 0 200 410); the right half is the mirror image. In the front view the
// viewer's left is the client's right; in the back view it is the client's left.
import type { Region } from '@tandem/engine';

export type Shape =
  | { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; r: number }
  | { kind: 'path'; d: string };

export type View = 'front' | 'back';
export interface RegionShape {
  region: Region;
  lateral: boolean;
  shape: Shape;
}

const ellipse = (cx: number, cy: number, rx: number, ry: number): Shape => ({ kind: 'ellipse', cx, cy, rx, ry });
const rect = (x: number, y: number, w: number, h: number, r = 6): Shape => ({ kind: 'rect', x, y, w, h, r });

const LIMBS: RegionShape[] = [
  { region: 'shoulder', lateral: true, shape: ellipse(63, 84, 13, 12) },
  { region: 'upper_arm', lateral: true, shape: rect(45, 97, 16, 45, 7) },
  { region: 'elbow', lateral: true, shape: ellipse(52, 150, 9, 7.5) },
  { region: 'forearm', lateral: true, shape: rect(41, 159, 15, 39, 6) },
  { region: 'wrist', lateral: true, shape: rect(39, 200, 15, 9, 3) },
  { region: 'hand', lateral: true, shape: ellipse(45, 224, 9, 13) },
  { region: 'knee', lateral: true, shape: ellipse(86, 281, 12, 10) },
  { region: 'calf', lateral: true, shape: rect(76, 293, 20, 68, 9) },
  { region: 'ankle', lateral: true, shape: rect(78, 363, 16, 10, 4) },
];

const HEAD_NECK: RegionShape[] = [
  { region: 'head', lateral: false, shape: ellipse(100, 31, 21, 26) },
  { region: 'cervical', lateral: false, shape: rect(90, 58, 20, 13, 4) },
];

export const FRONT: RegionShape[] = [
  ...HEAD_NECK,
  { region: 'jaw', lateral: true, shape: ellipse(90, 50, 6, 5) },
  { region: 'chest', lateral: true, shape: rect(76, 73, 23, 44) },
  { region: 'abdomen', lateral: false, shape: rect(78, 119, 44, 39) },
  { region: 'hip', lateral: true, shape: rect(74, 160, 25, 24) },
  { region: 'thigh', lateral: true, shape: rect(74, 186, 24, 83, 10) },
  ...LIMBS,
  { region: 'foot', lateral: true, shape: ellipse(84, 387, 11, 12) },
];

export const BACK: RegionShape[] = [
  ...HEAD_NECK,
  { region: 'upper_trapezius', lateral: true, shape: rect(73, 66, 25, 12, 5) },
  { region: 'scapula', lateral: true, shape: rect(76, 80, 18, 31) },
  { region: 'thoracic', lateral: false, shape: { kind: 'path', d: 'M96 80 H104 V112 H124 V128 H76 V112 H96 Z' } },
  { region: 'lumbar', lateral: false, shape: rect(78, 130, 44, 28) },
  { region: 'pelvis', lateral: true, shape: rect(86, 160, 13, 13, 4) },
  { region: 'gluteal', lateral: true, shape: rect(74, 175, 25, 27, 10) },
  { region: 'thigh', lateral: true, shape: rect(74, 204, 24, 65, 10) },
  ...LIMBS,
  { region: 'foot', lateral: true, shape: ellipse(86, 383, 10, 9) },
];

const mirrorPath = (d: string): string =>
  d.replace(/([MLHVZQ])([^MLHVZQ]*)/gi, (_, cmd: string, args: string) => {
    const nums = args
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'H') return `H${nums.map((n) => 200 - n).join(' ')} `;
    if (cmd === 'V' || cmd === 'Z') return `${cmd}${nums.join(' ')} `;
    return `${cmd}${nums.map((n, i) => (i % 2 === 0 ? 200 - n : n)).join(' ')} `;
  });

/** The same shape reflected about the figure's midline. */
export function mirror(shape: Shape): Shape {
  switch (shape.kind) {
    case 'ellipse':
      return { ...shape, cx: 200 - shape.cx };
    case 'rect':
      return { ...shape, x: 200 - shape.x - shape.w };
    case 'path':
      return { kind: 'path', d: mirrorPath(shape.d) };
  }
}
