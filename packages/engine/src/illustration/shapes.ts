// Drawing primitives for exercise illustrations: the plain-data shapes handed to SVG and PDF, and the mutable
// model-space primitives they are built from (y up, floor at 0) before a panel transform places them.

export type ShapeKind = 'line' | 'circle' | 'rect' | 'path' | 'polygon';

/** Paint of a shape: colours as #rrggbb or null for none; `width` is the stroke width. */
export interface Paint {
  stroke: string | null;
  fill: string | null;
  width: number;
}

/**
 * One drawn shape in SVG user units (y down). Strokes always use round caps and joins.
 * `path.d` holds only absolute M, L, Q, C and Z commands, so pdfkit's `doc.path(d)` draws it as is.
 * `polygon.points` is flat: [x0, y0, x1, y1, ...].
 */
export type Shape =
  | ({ kind: 'line'; x1: number; y1: number; x2: number; y2: number } & Paint)
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | ({ kind: 'rect'; x: number; y: number; w: number; h: number; rx: number } & Paint)
  | ({ kind: 'path'; d: string } & Paint)
  | ({ kind: 'polygon'; points: number[] } & Paint);

/**
 * A primitive in model space (y up). `pts` holds x,y pairs: a line's two ends, a circle's centre, a rect's two
 * opposite corners, a path's points in command order, a polygon's corners. `ops` spells a path's commands
 * (M and L take one point, Q two, C three, Z none). `r` is a circle's radius or a rect's corner radius.
 */
export interface Prim {
  kind: ShapeKind;
  pts: number[];
  ops: string;
  r: number;
  stroke: string | null;
  fill: string | null;
  width: number;
}

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number): Prim => ({
  kind: 'line',
  pts: [x1, y1, x2, y2],
  ops: '',
  r: 0,
  stroke,
  fill: null,
  width,
});

export const circle = (
  cx: number,
  cy: number,
  r: number,
  fill: string | null,
  stroke: string | null = null,
  width = 0,
): Prim => ({ kind: 'circle', pts: [cx, cy], ops: '', r, stroke, fill, width });

export const rect = (
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  fill: string | null,
  stroke: string | null = null,
  width = 0,
  rx = 0,
): Prim => ({ kind: 'rect', pts: [x1, y1, x2, y2], ops: '', r: rx, stroke, fill, width });

export const path = (
  ops: string,
  pts: number[],
  stroke: string | null,
  width: number,
  fill: string | null = null,
): Prim => ({ kind: 'path', pts, ops, r: 0, stroke, fill, width });

export const polygon = (pts: number[], fill: string | null, stroke: string | null = null, width = 0): Prim => ({
  kind: 'polygon',
  pts,
  ops: '',
  r: 0,
  stroke,
  fill,
  width,
});

export const emptyBox = (): Box => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });

/** Grows `box` to hold `p` with its stroke (Bézier control points bound their curves, so paths are covered). */
export function addBounds(box: Box, p: Prim): Box {
  const pad = p.kind === 'circle' ? p.r + p.width / 2 : p.width / 2;
  const { pts } = p;
  for (let i = 0; i + 1 < pts.length; i += 2) {
    const x = pts[i] ?? 0;
    const y = pts[i + 1] ?? 0;
    if (x - pad < box.minX) box.minX = x - pad;
    if (x + pad > box.maxX) box.maxX = x + pad;
    if (y - pad < box.minY) box.minY = y - pad;
    if (y + pad > box.maxY) box.maxY = y + pad;
  }
  return box;
}

export function boundsOf(prims: readonly Prim[], box: Box = emptyBox()): Box {
  for (const p of prims) addBounds(box, p);
  return box;
}

/** Bounds of a drawn shape in its own (SVG) units, stroke included. */
export function shapeBounds(s: Shape): Box {
  const h = s.width / 2;
  switch (s.kind) {
    case 'line':
      return {
        minX: Math.min(s.x1, s.x2) - h,
        minY: Math.min(s.y1, s.y2) - h,
        maxX: Math.max(s.x1, s.x2) + h,
        maxY: Math.max(s.y1, s.y2) + h,
      };
    case 'circle':
      return { minX: s.cx - s.r - h, minY: s.cy - s.r - h, maxX: s.cx + s.r + h, maxY: s.cy + s.r + h };
    case 'rect':
      return { minX: s.x - h, minY: s.y - h, maxX: s.x + s.w + h, maxY: s.y + s.h + h };
    case 'polygon':
      return pairsBounds(s.points, h);
    case 'path':
      return pairsBounds(pathNumbers(s.d), h);
  }
}

function pairsBounds(nums: readonly number[], pad: number): Box {
  const box = emptyBox();
  for (let i = 0; i + 1 < nums.length; i += 2) {
    const x = nums[i] ?? 0;
    const y = nums[i + 1] ?? 0;
    box.minX = Math.min(box.minX, x - pad);
    box.maxX = Math.max(box.maxX, x + pad);
    box.minY = Math.min(box.minY, y - pad);
    box.maxY = Math.max(box.maxY, y + pad);
  }
  return box;
}

/** The coordinates of a path made of absolute M/L/Q/C/Z commands, as x,y pairs. */
export function pathNumbers(d: string): number[] {
  const out: number[] = [];
  for (const token of d.split(/[\s,MLQCZ]+/)) {
    if (token !== '') out.push(Number(token));
  }
  return out;
}
