// Exercise illustrations: keyframes side by side in panels, as plain shapes (for pdfkit) and as a standalone SVG
// string built from those shapes. Pure and deterministic; one scale for every pose and every exercise.
import type { PoseId } from '../knowledge/pose-ids.ts';
import type { Equipment } from '../vocabulary/equipment.ts';
import { POSE_SPECS } from './poses.ts';
import { drawMotion, drawProp, groundFor, propsFor, type Layers, type Scene } from './props.ts';
import { boundsOf, emptyBox, type Prim, type Shape } from './shapes.ts';
import { drawFigure, forwardKinematics, type Figure } from './skeleton.ts';

export interface IllustrationInput {
  keyframes: readonly { pose: PoseId; mirror?: boolean | undefined }[];
  props?: readonly Equipment[] | undefined;
}

export interface RenderOptions {
  /** Size of the SVG element; give one and the other follows the drawing's aspect. Default height 160. */
  width?: number;
  height?: number;
  /** Accessible name, rendered as <title>. */
  title?: string;
}

/** Panel geometry in drawing units (the figure is about 100 units tall). */
export const PANEL = { width: 150, height: 142, floorY: 138, gap: 22 } as const;

export interface IllustrationDrawing {
  /** Size of the drawing (the SVG viewBox is 0 0 width height). */
  width: number;
  height: number;
  /** y of the floor line in every panel; nothing but the floor line's own stroke goes below it. */
  floorY: number;
  /** Left edge of each panel (each PANEL.width wide). */
  panels: number[];
  shapes: Shape[];
}

const INK = { floor: '#94a3b8', arrow: '#64748b' } as const;

/** The drawing as plain shapes, in the order to paint them. */
export function illustrationShapes(illustration: IllustrationInput): IllustrationDrawing {
  const frames = illustration.keyframes;
  const n = Math.max(1, frames.length);
  const width = n * PANEL.width + (n - 1) * PANEL.gap;
  const shapes: Shape[] = [];
  const panels: number[] = [];
  for (let i = 0; i < n; i++) {
    const left = i * (PANEL.width + PANEL.gap);
    panels.push(left);
    shapes.push({
      kind: 'line',
      x1: left + 3,
      y1: PANEL.floorY,
      x2: left + PANEL.width - 3,
      y2: PANEL.floorY,
      stroke: INK.floor,
      fill: null,
      width: 1.2,
    });
    const frame = frames[i];
    if (frame !== undefined) {
      const prims = panelPrims(frame.pose, illustration.props);
      const box = boundsOf(prims);
      const cx = prims.length > 0 ? (box.minX + box.maxX) / 2 : 0;
      // One scale for everything; only an unusual pile of equipment that would not fit is shrunk to fit.
      const k =
        prims.length > 0 ? Math.min(1, (PANEL.width - 2) / (box.maxX - box.minX), (PANEL.floorY - 2) / box.maxY) : 1;
      place(prims, left + PANEL.width / 2, cx, frame.mirror === true ? -k : k, k, shapes);
    }
    if (i > 0) arrow(left - PANEL.gap, shapes);
  }
  return { width, height: PANEL.height, floorY: PANEL.floorY, panels, shapes };
}

/** A pose's figure dropped onto its ground (model space: y up, floor at 0), with the props it is drawn with. */
export function posedFigure(
  pose: PoseId,
  requested?: readonly Equipment[],
): { fig: Figure; floor: number; ground: number; props: Equipment[] } {
  const spec = POSE_SPECS[pose];
  const props = propsFor(spec, requested);
  const { floor, ground } = groundFor(spec, props);
  const probe = drawFigure(forwardKinematics(spec, 0, 0));
  const low = boundsOf(probe.body, boundsOf(probe.near, boundsOf(probe.far))).minY;
  return { fig: forwardKinematics(spec, 0, ground + (spec.lift ?? 0) - low), floor, ground, props };
}

/** One pose with its equipment, in model space (y up, floor at 0), not yet centred. */
function panelPrims(pose: PoseId, requested: readonly Equipment[] | undefined): Prim[] {
  const spec = POSE_SPECS[pose];
  const { fig, floor, ground, props } = posedFigure(pose, requested);
  const drawn = drawFigure(fig);
  const layers: Layers = {
    back: [],
    floor: [],
    far: drawn.far,
    mid: [],
    body: drawn.body,
    near: drawn.near,
    front: [],
  };
  const box = boundsOf(drawn.body, boundsOf(drawn.near, boundsOf(drawn.far, emptyBox())));
  const scene: Scene = { spec, fig, floor, ground, box, layers, props: new Set(props) };
  for (const m of spec.motion ?? []) drawMotion(m, scene);
  for (const e of props) drawProp(e, scene);
  return [
    ...layers.back,
    ...layers.floor,
    ...layers.far,
    ...layers.mid,
    ...layers.body,
    ...layers.near,
    ...layers.front,
  ];
}

const r2 = (v: number): number => {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r;
};

/** Model space to drawing units: x centred on `ox` (mirrored when sx < 0), y flipped onto the floor line, scaled by k. */
function place(prims: readonly Prim[], ox: number, cx: number, sx: number, k: number, out: Shape[]): void {
  const X = (x: number): number => r2(ox + sx * (x - cx));
  const Y = (y: number): number => r2(PANEL.floorY - k * y);
  for (const p of prims) {
    const { pts, stroke, fill } = p;
    const width = r2(p.width * k);
    const at = (i: number): number => pts[i] ?? 0;
    switch (p.kind) {
      case 'line':
        out.push({ kind: 'line', x1: X(at(0)), y1: Y(at(1)), x2: X(at(2)), y2: Y(at(3)), stroke, fill: null, width });
        break;
      case 'circle':
        out.push({ kind: 'circle', cx: X(at(0)), cy: Y(at(1)), r: r2(p.r * k), stroke, fill, width });
        break;
      case 'rect': {
        const xa = X(at(0));
        const xb = X(at(2));
        const ya = Y(at(1));
        const yb = Y(at(3));
        const x = Math.min(xa, xb);
        const y = Math.min(ya, yb);
        out.push({
          kind: 'rect',
          x,
          y,
          w: r2(Math.max(xa, xb) - x),
          h: r2(Math.max(ya, yb) - y),
          rx: r2(p.r * k),
          stroke,
          fill,
          width,
        });
        break;
      }
      case 'polygon': {
        const points: number[] = [];
        for (let i = 0; i + 1 < pts.length; i += 2) points.push(X(at(i)), Y(at(i + 1)));
        out.push({ kind: 'polygon', points, stroke, fill, width });
        break;
      }
      case 'path': {
        let d = '';
        let j = 0;
        for (const op of p.ops) {
          const k = op === 'Q' ? 2 : op === 'C' ? 3 : op === 'Z' ? 0 : 1;
          d += d === '' ? op : ` ${op}`;
          for (let m = 0; m < k; m++, j += 2) d += ` ${X(at(j))} ${Y(at(j + 1))}`;
        }
        out.push({ kind: 'path', d, stroke, fill, width });
        break;
      }
    }
  }
}

function arrow(left: number, out: Shape[]): void {
  const y = PANEL.floorY - 58;
  const x1 = left + 5;
  const x2 = left + PANEL.gap - 5;
  out.push({ kind: 'line', x1, y1: y, x2: x2 - 4, y2: y, stroke: INK.arrow, fill: null, width: 2 });
  out.push({ kind: 'polygon', points: [x2, y, x2 - 6, y - 4, x2 - 6, y + 4], stroke: null, fill: INK.arrow, width: 0 });
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const paint = (s: Shape): string =>
  ` fill="${s.fill ?? 'none'}"` + (s.stroke === null ? '' : ` stroke="${s.stroke}" stroke-width="${s.width}"`);

/** SVG markup for one shape. */
export function shapeToSvg(s: Shape): string {
  switch (s.kind) {
    case 'line':
      return `<line x1="${s.x1}" y1="${s.y1}" x2="${s.x2}" y2="${s.y2}"${paint(s)}/>`;
    case 'circle':
      return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}"${paint(s)}/>`;
    case 'rect':
      return `<rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}"${s.rx > 0 ? ` rx="${s.rx}"` : ''}${paint(s)}/>`;
    case 'path':
      return `<path d="${s.d}"${paint(s)}/>`;
    case 'polygon':
      return `<polygon points="${s.points.join(' ')}"${paint(s)}/>`;
  }
}

/** A standalone SVG of the illustration, built from illustrationShapes. */
export function renderIllustration(illustration: IllustrationInput, options: RenderOptions = {}): string {
  const d = illustrationShapes(illustration);
  const aspect = d.width / d.height;
  const h = options.height ?? (options.width === undefined ? 160 : options.width / aspect);
  const w = options.width ?? h * aspect;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${d.width} ${d.height}" width="${r2(w)}" height="${r2(h)}"`,
    options.title === undefined ? ' aria-hidden="true">' : ` role="img"><title>${escapeXml(options.title)}</title>`,
    '<g stroke-linecap="round" stroke-linejoin="round">',
  ];
  for (const s of d.shapes) parts.push(shapeToSvg(s));
  parts.push('</g></svg>');
  return parts.join('');
}
