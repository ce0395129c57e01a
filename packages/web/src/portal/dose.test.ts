import { describe, expect, it } from 'vitest';
import { resistanceText, volumeText } from './dose.ts';

describe('doses in a client’s words', () => {
  it('says sets and reps, holds, and minutes', () => {
    expect(volumeText({ sets: 3, reps: 10 }, true)).toBe('3 sets of 10 reps, each side');
    expect(volumeText({ sets: 10, holdSeconds: 20 })).toBe('10 holds of 20 seconds');
    expect(volumeText({ sets: 1, minutes: 5 })).toBe('5 minutes');
    expect(volumeText({ sets: 2, minutes: 1 })).toBe('2 rounds of 1 minute');
  });
  it('names a load only when there is one', () => {
    expect(resistanceText({ kind: 'bodyweight' })).toBeNull();
    expect(resistanceText({ kind: 'weight', kg: 2.5 })).toBe('2.5 kg');
    expect(resistanceText({ kind: 'band', level: 'extra_light' })).toBe('extra light band');
  });
});
