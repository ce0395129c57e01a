import { describe, expect, test } from 'vitest';
import { isFollowUp } from './follow-up.ts';

const episode = (startedOn: string, dischargedOn: string | null, clientId = 'c-1') => ({
  clientId,
  startedOn,
  dischargedOn,
});
const at = (date: string, clientId = 'c-1') => ({ clientId, startsAt: `${date}T09:00:00.000Z` });

describe('isFollowUp', () => {
  test.each([
    ['during an active episode', [episode('2026-10-01', null)], at('2026-11-01'), false],
    ['on the discharge day (the last visit)', [episode('2026-10-01', '2026-11-20')], at('2026-11-20'), false],
    ['after discharge', [episode('2026-10-01', '2026-11-20')], at('2026-12-18'), true],
    [
      'after discharge, once a new episode has started',
      [episode('2026-10-01', '2026-11-20'), episode('2027-01-05', null)],
      at('2027-01-12'),
      false,
    ],
    [
      'between a discharge and a new episode',
      [episode('2026-10-01', '2026-11-20'), episode('2027-01-05', null)],
      at('2026-12-18'),
      true,
    ],
    ['before any episode', [episode('2026-10-01', '2026-11-20')], at('2026-09-01'), false],
    [
      "another client's discharge does not count",
      [episode('2026-10-01', '2026-11-20', 'c-2')],
      at('2026-12-18'),
      false,
    ],
  ])('%s → %s', (_, episodes, appointment, expected) => {
    expect(isFollowUp(appointment, episodes)).toBe(expected);
  });
});
