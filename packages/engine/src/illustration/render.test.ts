import { describe, expect, test } from 'vitest';
import { POSE_IDS, type PoseId } from '../knowledge/pose-ids.ts';
import { EQUIPMENT, type Equipment } from '../vocabulary/equipment.ts';
import { POSES } from './poses.ts';
import { propsFor } from './props.ts';
import { illustrationShapes, PANEL, renderIllustration } from './render.ts';
import { shapeBounds, type Shape } from './shapes.ts';

/** Checks tags nest and close; returns the tag names seen. */
function parseTags(svg: string): string[] {
  const stack: string[] = [];
  const seen: string[] = [];
  const re = /<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m = re.exec(svg); m !== null; m = re.exec(svg)) {
    const between = svg.slice(last, m.index);
    if (between.includes('<') || between.includes('>')) throw new Error(`stray bracket before ${m[0]}`);
    last = re.lastIndex;
    const [, close, name, attrs, selfClose] = m;
    if (name === undefined) continue;
    if (((attrs ?? '').match(/"/g) ?? []).length % 2 !== 0) throw new Error(`unbalanced quotes in <${name}>`);
    seen.push(name);
    if (close === '/') {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}>`);
    } else if (selfClose !== '/') {
      stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
  return seen;
}

const isFloorLine = (s: Shape): boolean => s.kind === 'line' && s.y1 === PANEL.floorY && s.y2 === PANEL.floorY;

function expectInsidePanel(pose: PoseId, mirror: boolean, props?: Equipment[]): void {
  const d = illustrationShapes({ keyframes: [{ pose, mirror }], props });
  for (const s of d.shapes) {
    if (isFloorLine(s)) continue;
    const b = shapeBounds(s);
    const what = `${pose}${mirror ? ' mirrored' : ''}${props ? ` with ${props.join(',')}` : ''}: ${s.kind} ${JSON.stringify(b)}`;
    expect(b.minX, what).toBeGreaterThanOrEqual(0);
    expect(b.maxX, what).toBeLessThanOrEqual(PANEL.width);
    expect(b.minY, what).toBeGreaterThanOrEqual(0);
    // Nothing is drawn below the floor line.
    expect(b.maxY, what).toBeLessThanOrEqual(PANEL.floorY + 0.01);
  }
}

describe('renderIllustration', () => {
  test.each(POSE_IDS)('%s renders a valid standalone SVG', (pose) => {
    const svg = renderIllustration({ keyframes: [{ pose }] }, { title: 'An exercise' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ')).toBe(true);
    expect(svg).toMatch(/viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
    expect(svg).not.toMatch(/NaN|Infinity|undefined|null/);
    const tags = parseTags(svg);
    expect(tags[0]).toBe('svg');
    expect(tags).toContain('title');
    expect(tags.filter((t) => !['svg', 'title', 'g', 'line', 'circle', 'rect', 'path', 'polygon'].includes(t))).toEqual(
      [],
    );
    // No external references, classes or styles.
    expect(svg).not.toMatch(/href|class=|style=|<image|url\(/);
  });

  test.each(POSE_IDS)('%s stays inside its panel and above the floor, mirrored or not', (pose) => {
    expectInsidePanel(pose, false);
    expectInsidePanel(pose, true);
  });

  test('shapes are plain finite numbers and simple paths', () => {
    for (const pose of POSE_IDS) {
      for (const s of illustrationShapes({ keyframes: [{ pose }, { pose, mirror: true }], props: [...EQUIPMENT.ids] })
        .shapes) {
        for (const v of Object.values(s)) {
          if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
        }
        if (s.kind === 'polygon') expect(s.points.every(Number.isFinite)).toBe(true);
        if (s.kind === 'path') expect(s.d).toMatch(/^M[-\d. MLQCZ]*$/);
        expect(s.width).toBeGreaterThanOrEqual(0);
      }
    }
  });

  test('every piece of equipment is drawn with every pose, inside the panel', () => {
    for (const pose of POSE_IDS) {
      const bare = illustrationShapes({ keyframes: [{ pose }] }).shapes.length;
      const implied = propsFor(POSES[pose], []);
      for (const e of EQUIPMENT.ids) {
        const shapes = illustrationShapes({ keyframes: [{ pose }], props: [e] }).shapes;
        if (e === 'gym_ball' && POSES[pose].support === 'chair') {
          // Sitting on a gym ball: the ball takes the chair's place.
          expect(
            shapes.some((s) => s.kind === 'circle' && s.r > 6),
            pose,
          ).toBe(true);
        } else if (implied.includes(e)) expect(shapes.length, `${pose} + ${e}`).toBe(bare);
        else expect(shapes.length, `${pose} + ${e}`).toBeGreaterThan(bare);
        expectInsidePanel(pose, false, [e]);
      }
      expectInsidePanel(pose, true, [...EQUIPMENT.ids]);
    }
  });

  test.each([
    ['goblet_squat', 'kettlebell'],
    ['stand_external_rotation', 'resistance_band'],
    ['roller_thoracic', 'foam_roller'],
    ['ball_glute', 'massage_ball'],
    ['supine_bridge', 'mat'],
    ['side_lying_clam', 'loop_band'],
    ['stand_hinge', 'dowel'],
    ['sit', 'pillow'],
  ] as const)('%s with %s draws the prop', (pose, prop) => {
    const bare = illustrationShapes({ keyframes: [{ pose }], props: [] }).shapes.length;
    const withProp = illustrationShapes({ keyframes: [{ pose }], props: [prop] }).shapes.length;
    // Poses that need their prop (the roller, the ball) draw it either way.
    if (propsFor(POSES[pose], []).includes(prop)) expect(withProp).toBe(bare);
    else expect(withProp).toBeGreaterThan(bare);
  });

  test('a pose that needs its equipment draws it even when the exercise lists none', () => {
    const count = (pose: PoseId): number => illustrationShapes({ keyframes: [{ pose }] }).shapes.length;
    expect(count('roller_thoracic')).toBeGreaterThan(count('supine_knees_bent'));
    expect(count('sit')).toBeGreaterThan(count('stand'));
    expect(count('wall_slide_start')).toBeGreaterThan(count('stand'));
  });

  test('the same input gives the same output', () => {
    const input = {
      keyframes: [{ pose: 'goblet_squat' as const }, { pose: 'stand' as const, mirror: true }],
      props: ['kettlebell' as const],
    };
    expect(renderIllustration(input, { title: 'Goblet squat' })).toBe(
      renderIllustration(input, { title: 'Goblet squat' }),
    );
    expect(illustrationShapes(input)).toEqual(illustrationShapes(input));
  });

  test('mirroring flips the drawing left to right', () => {
    const a = illustrationShapes({ keyframes: [{ pose: 'walk' }] }).shapes;
    const b = illustrationShapes({ keyframes: [{ pose: 'walk', mirror: true }] }).shapes;
    expect(b.length).toBe(a.length);
    const heads = (shapes: Shape[]): number[] => shapes.flatMap((s) => (s.kind === 'circle' ? [s.cx] : []));
    expect(heads(b).map((x) => Math.round(PANEL.width - x))).toEqual(heads(a).map((x) => Math.round(x)));
  });

  test('keyframes sit side by side with an arrow between panels, at one scale', () => {
    const one = illustrationShapes({ keyframes: [{ pose: 'stand' }] });
    const three = illustrationShapes({ keyframes: [{ pose: 'sit' }, { pose: 'sit_to_stand_mid' }, { pose: 'stand' }] });
    expect(one.width).toBe(PANEL.width);
    expect(three.width).toBe(3 * PANEL.width + 2 * PANEL.gap);
    expect(three.height).toBe(one.height);
    expect(three.panels).toEqual([0, PANEL.width + PANEL.gap, 2 * (PANEL.width + PANEL.gap)]);
    const floors = three.shapes.filter(isFloorLine);
    expect(floors).toHaveLength(3);
    const arrowHeads = three.shapes.filter(
      (s) =>
        s.kind === 'polygon' &&
        s.points.every(
          (v, i) => i % 2 === 1 || (v > PANEL.width && v < PANEL.width + PANEL.gap) || v > 2 * PANEL.width + PANEL.gap,
        ),
    );
    expect(arrowHeads.length).toBeGreaterThanOrEqual(2);
    // The standing figure is the same size alone and as the last keyframe.
    const height = (d: typeof one, left: number): number => {
      let top = Infinity;
      for (const s of d.shapes) {
        const b = shapeBounds(s);
        if (b.minX >= left && b.maxX <= left + PANEL.width) top = Math.min(top, b.minY);
      }
      return top;
    };
    expect(height(three, 2 * (PANEL.width + PANEL.gap))).toBeCloseTo(height(one, 0), 5);
  });

  test('size options and accessibility', () => {
    const svg = renderIllustration(
      { keyframes: [{ pose: 'stand' }, { pose: 'squat_half' }] },
      { width: 344, title: 'Squat <half> & "stand"' },
    );
    expect(svg).toContain('width="344"');
    expect(svg).toContain(`height="${Math.round((344 * PANEL.height * 100) / (2 * PANEL.width + PANEL.gap)) / 100}"`);
    expect(svg).toContain('role="img"><title>Squat &lt;half&gt; &amp; &quot;stand&quot;</title>');
    const plain = renderIllustration({ keyframes: [{ pose: 'stand' }] });
    expect(plain).toContain('aria-hidden="true"');
    expect(plain).toContain('height="160"');
    expect(plain).not.toContain('<title>');
  });

  test('props raise the shape count', () => {
    const count = (props: Equipment[]): number =>
      illustrationShapes({ keyframes: [{ pose: 'goblet_squat' }], props }).shapes.length;
    expect(count(['kettlebell'])).toBeGreaterThan(count([]));
    expect(count(['kettlebell', 'mat'])).toBeGreaterThan(count(['kettlebell']));
  });
});
