import { describe, expect, test } from 'vitest';
import { instrumentName, measureLabel, measureValue } from './measure-label.ts';

describe('measureLabel', () => {
  test.each([
    ['odi', 'Oswestry Disability Index', 'score', 'lower', 10],
    ['nprs', 'Numeric Pain Rating Scale', '0–10', 'lower', 2],
    ['lefs', 'Lower Extremity Functional Scale', 'score', 'higher', 9],
    ['rom:knee:flexion:right', 'Knee flexion, right', 'degrees', 'higher', null],
    ['rom:lumbar:lateral_flexion', 'Lower back side bending', 'degrees', 'higher', null],
    ['functional:timed_up_and_go', 'Timed up and go', 'seconds', 'lower', null],
    ['functional:grip_strength:left', 'Grip strength, left', 'kg', 'higher', null],
    ['activity:stairs', 'Climbing stairs', '0 unable – 3 pain free', 'higher', null],
    ['strength:gluteus_medius:left', 'Gluteus medius strength, left', 'grade 0–5', 'higher', null],
    ['custom:thing', 'custom:thing', 'value', null, null],
    ['rom:wrist', 'rom:wrist', 'value', null, null],
  ])('%s → %s', (key, name, unit, better, mcid) => {
    expect(measureLabel(key)).toMatchObject({ name, unit, better, mcid });
  });

  test('fixed scales carry their ends', () => {
    expect(measureLabel('nprs')).toMatchObject({ min: 0, max: 10 });
    expect(measureLabel('activity:stairs')).toMatchObject({ min: 0, max: 3 });
    expect(measureLabel('odi').max).toBeUndefined();
  });
});

describe('measureValue', () => {
  test.each([
    ['odi', 63.07692307692308, '63.1'],
    ['rom:knee:flexion', 125, '125°'],
    ['activity:stairs', 1, 'possible but painful'],
    ['activity:stairs', 3, 'pain free'],
    ['activity:stairs', 1.5, '1.5'],
  ])('%s %d → %s', (key, value, text) => {
    expect(measureValue(key, value)).toBe(text);
  });
});

test.each([
  ['Oswestry Disability Index (v2.1a)', 'Oswestry Disability Index'],
  ['QuickDASH', 'QuickDASH'],
  ['Functional Movement Screen (FMS™)', 'Functional Movement Screen'],
])('instrumentName(%s) → %s', (name, short) => {
  expect(instrumentName(name)).toBe(short);
});
