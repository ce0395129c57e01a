import { describe, expect, test } from 'vitest';
import { POSE_IDS, type PoseId } from '../knowledge/pose-ids.ts';
import { POSE_SPECS as POSES, type Anchor } from './poses.ts';
import { anchorPoint, BALL_R, ROLLER_R } from './props.ts';
import { posedFigure } from './render.ts';
import { joint, jointRadius, STROKE } from './skeleton.ts';

describe('poses', () => {
  test('every pose id has a pose, and nothing else does', () => {
    expect(Object.keys(POSES).sort()).toEqual([...POSE_IDS].sort());
  });

  test.each(POSE_IDS)('%s rests on the ground where it says it does', (id) => {
    const { fig, ground } = posedFigure(id);
    for (const key of POSES[id].contacts) {
      const gap = joint(fig, key).y - jointRadius(fig, key) - ground;
      expect(gap, `${id}: ${key} is ${gap.toFixed(1)} above the ground`).toBeGreaterThanOrEqual(-0.01);
      expect(gap, `${id}: ${key} is ${gap.toFixed(1)} above the ground`).toBeLessThanOrEqual(3);
    }
  });

  const restsOn = (id: PoseId): [Anchor, number][] => {
    const place = POSES[id].place ?? {};
    const out: [Anchor, number][] = [];
    if (place.roller !== undefined && (typeof place.roller === 'string' || !('along' in place.roller)))
      out.push([place.roller, 2 * ROLLER_R + 1.2]);
    if (place.ball !== undefined && (typeof place.ball === 'string' || !('behind' in place.ball)))
      out.push([place.ball, 2 * BALL_R + 1]);
    return out;
  };

  test.each(POSE_IDS.filter((id) => restsOn(id).length > 0))('%s rests on its roller or ball', (id) => {
    const { fig, floor } = posedFigure(id);
    for (const [at, top] of restsOn(id)) {
      const p = anchorPoint(fig, at);
      const body = at === 'pelvis' || at[0] === 'trunk' ? STROKE.trunk / 2 : STROKE.limb / 2;
      const gap = p.y - body - (floor + top);
      expect(gap, `${id}: ${gap.toFixed(1)} between body and prop`).toBeGreaterThanOrEqual(-2);
      expect(gap, `${id}: ${gap.toFixed(1)} between body and prop`).toBeLessThanOrEqual(2.5);
    }
  });

  test.each(POSE_IDS)('%s has finite joints', (id) => {
    const { fig } = posedFigure(id);
    const points = [fig.pelvis, fig.shoulder, fig.neck, fig.head, fig.bend];
    for (const side of ['near', 'far'] as const) {
      const { shoulder, elbow, wrist, hand } = fig.arms[side];
      const { hip, knee, ankle, heel, toe } = fig.legs[side];
      points.push(shoulder, elbow, wrist, hand, hip, knee, ankle, heel, toe);
    }
    for (const p of points) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  test('floor poses touch the ground with the body, standing poses with the feet', () => {
    for (const id of POSE_IDS) {
      const spec = POSES[id];
      if (spec.support === 'stand' || spec.support === 'chair') {
        expect(
          spec.contacts.some((k) => k.endsWith('Heel') || k.endsWith('Toe')),
          id,
        ).toBe(true);
      }
      if (spec.support === 'floor') {
        expect(
          spec.contacts.some((k) => !k.endsWith('Heel') && !k.endsWith('Toe')),
          id,
        ).toBe(true);
      }
    }
  });
});
