import { describe, expect, test } from 'vitest';
import { measureInfo, measureValue } from './measure-info.ts';

describe('measureInfo', () => {
  test.each([
    ['nprs', 'pain', 'Numeric Pain Rating Scale', '0–10', 'lower'],
    ['odi', 'questionnaire', 'Oswestry Disability Index', 'points', 'lower'],
    ['rom:shoulder:flexion:left', 'rom', 'Shoulder flexion, left', '°', 'higher'],
    ['functional:timed_up_and_go', 'functional', 'Timed up and go', 's', 'lower'],
    ['activity:stairs', 'activity', 'Climbing stairs', '0–3', 'higher'],
    ['strength:gluteus_medius:right', 'strength', 'Gluteus medius strength, right', 'grade', 'higher'],
    ['custom:thing', 'other', 'custom:thing', '', null],
  ])('%s is a %s measure named %s', (key, kind, name, unit, better) => {
    expect(measureInfo(key)).toMatchObject({ kind, name, unit, better });
  });

  test('an instrument carries the change that counts (the larger of MCID and MDC); ROM its normal range', () => {
    expect(measureInfo('odi').threshold).toBeGreaterThan(0);
    expect(measureInfo('rom:shoulder:flexion:left').norm).toBe(180);
  });
});

test.each([
  ['odi', 63.07692307692308, '63.1'],
  ['rom:knee:flexion', 125, '125°'],
  ['functional:timed_up_and_go', 9.25, '9.3 s'],
  ['activity:stairs', 3, 'pain free'],
])('measureValue(%s, %d) reads %s', (key, value, text) => {
  expect(measureValue(measureInfo(key), value)).toBe(text);
});
