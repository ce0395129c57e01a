import { describe, expect, it } from 'vitest';
import { parseHistory, type HistoryInput } from './history.ts';

const valid: HistoryInput = {
  start: '2026-05-04',
  phases: [{ phase: 'restore', start: '2026-05-04' }],
  baseline: { painAtRest: 4 },
  prescription: [{ exercise: 'glute_bridge', sets: 2, reps: 10, daysPerWeek: 3 }],
  entries: [
    {
      date: '2026-05-04',
      source: 'home',
      painAtRest: 3,
      exercises: [{ exercise: 'glute_bridge', done: { sets: 2, reps: 10 }, painDuring: 2, painNextMorning: 3 }],
    },
  ],
  measures: [
    { date: '2026-05-04', measure: 'odi', value: 32 },
    { date: '2026-05-04', measure: 'functional:stairs', value: 'painful' },
  ],
  goals: [{ measure: 'odi', baseline: 32, target: 16, date: '2026-06-29' }],
};

describe('parseHistory', () => {
  it('accepts a valid history and fills defaults', () => {
    const parsed = parseHistory(valid);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.visitsPerWeek).toBe(2);
    expect(parsed.value.prescription[0]).toMatchObject({ painCeiling: 5, resistance: { kind: 'bodyweight' } });
    // Functional status is kept as its rank, so progress toward it can be measured.
    expect(parsed.value.measures[1]?.value).toBe(1);
  });

  it.each<[string, (h: HistoryInput) => unknown, string, RegExp]>([
    [
      'an unknown exercise',
      (h) => ({ ...h, prescription: [{ ...h.prescription[0], exercise: 'glute_brige' }] }),
      'prescription[0].exercise',
      /unknown exercise "glute_brige"/,
    ],
    [
      'two units in one prescription',
      (h) => ({
        ...h,
        prescription: [{ exercise: 'glute_bridge', sets: 2, reps: 10, holdSeconds: 5, daysPerWeek: 3 }],
      }),
      'prescription[0]',
      /exactly one of reps, holdSeconds or minutes/,
    ],
    [
      'no unit',
      (h) => ({ ...h, prescription: [{ exercise: 'glute_bridge', sets: 2, daysPerWeek: 3 }] }),
      'prescription[0]',
      /exactly one/,
    ],
    [
      'the same exercise twice',
      (h) => ({ ...h, prescription: [h.prescription[0], h.prescription[0]] }),
      'prescription[1].exercise',
      /prescribed twice/,
    ],
    [
      'a pain rating over 10',
      (h) => ({ ...h, entries: [{ ...h.entries?.[0], painAtRest: 11 }] }),
      'entries[0].painAtRest',
      /10/,
    ],
    [
      'a date that is not a date',
      (h) => ({ ...h, entries: [{ ...h.entries?.[0], date: '2026-13-01' }] }),
      'entries[0].date',
      /YYYY-MM-DD/,
    ],
    [
      'entries out of order',
      (h) => ({
        ...h,
        entries: [
          { ...h.entries?.[0], date: '2026-05-06' },
          { ...h.entries?.[0], date: '2026-05-05' },
        ],
      }),
      'entries[1].date',
      /date order/,
    ],
    [
      'an entry before the start',
      (h) => ({ ...h, entries: [{ ...h.entries?.[0], date: '2026-05-01' }] }),
      'entries[0].date',
      /before the history's start/,
    ],
    [
      'pain during missing for a done exercise',
      (h) => ({
        ...h,
        entries: [
          {
            date: '2026-05-04',
            source: 'home',
            exercises: [{ exercise: 'glute_bridge', done: { sets: 2, reps: 10 } }],
          },
        ],
      }),
      'entries[0].exercises[0].painDuring',
      /needed/,
    ],
    [
      'an unknown field',
      (h) => ({ ...h, entries: [{ ...h.entries?.[0], mood: 3 }] }),
      'entries[0].mood',
      /unknown field "mood"/,
    ],
    [
      'a first phase after the start',
      (h) => ({ ...h, phases: [{ phase: 'restore', start: '2026-05-05' }] }),
      'phases[0].start',
      /on or before/,
    ],
    [
      'a goal dated before it was set',
      (h) => ({ ...h, goals: [{ measure: 'odi', baseline: 32, target: 16, date: '2026-05-01' }] }),
      'goals[0].date',
      /after the goal was set/,
    ],
    [
      'a bad measure key',
      (h) => ({ ...h, measures: [{ date: '2026-05-04', measure: 'ODI score', value: 3 }] }),
      'measures[0].measure',
      /measure key/,
    ],
    [
      'a band colour that does not exist',
      (h) => ({ ...h, prescription: [{ ...h.prescription[0], resistance: { kind: 'band', level: 'purple' } }] }),
      'prescription[0].resistance.level',
      /./,
    ],
    [
      'a pain ceiling above 5/10',
      (h) => ({ ...h, prescription: [{ ...h.prescription[0], painCeiling: 6 }] }),
      'prescription[0].painCeiling',
      /at most 5\/10.*Silbernagel 2007/,
    ],
  ])('refuses %s, naming %s', (_, change, path, message) => {
    const parsed = parseHistory(change(valid));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const problem = parsed.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(parsed.problems)).toBeDefined();
    expect(problem?.message).toMatch(message);
  });

  it.each([0, 3, 5])('accepts a pain ceiling of %i/10', (painCeiling) => {
    const parsed = parseHistory({ ...valid, prescription: [{ ...valid.prescription[0], painCeiling }] });
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });
});
