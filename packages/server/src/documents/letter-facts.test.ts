import { describe, expect, test } from 'vitest';
import {
  clientResponse,
  goalLines,
  intakeFindings,
  listed,
  outcomeChanges,
  reasonForCare,
  treatmentGiven,
} from './letter-facts.ts';
import { START, measure, lowBackCase, testRecords, visit } from './test-records.ts';

test.each([
  [[], ''],
  [['a'], 'a'],
  [['a', 'b'], 'a and b'],
  [['a', 'b', 'c'], 'a, b and c'],
])('listed(%j) → %s', (items, text) => {
  expect(listed(items)).toBe(text);
});

describe('letter facts from the low-back example case', () => {
  test('the reason for care says where, how long, what aggravates and eases, and the pain', () => {
    expect(reasonForCare(lowBackCase())).toBe(
      'Lower back pain (both sides) for 26 weeks, gradual onset; worse with sitting for long periods, eased by walking. Pain at intake 6/10, at worst 7/10.',
    );
  });

  test('findings come from the intake, with the baseline scores', () => {
    const lines = intakeFindings(lowBackCase(), [measure(START, 'odi', 32), measure(START, 'rom:lumbar:flexion', 40)]);
    expect(lines[0]).toMatch(/^Irritability is moderate \(.*\)\.$/);
    expect(lines).toContain('Posture: anterior pelvic tilt.');
    expect(lines.join('\n')).toMatch(/Palpation: trigger point .* at quadratus lumborum \(both sides\)/);
    expect(lines).toContain('Range of motion: lower back flexion 40° (typical 60°).');
    expect(lines).toContain(
      'Functional tests: single-leg stance, eyes open (left) 15 seconds; single-leg stance, eyes open (right) 17 seconds.',
    );
    expect(lines).toContain('Scores: Oswestry Disability Index 32.');
  });

  test('what was done: visits, hands-on work by how often, home exercises with doses, education (a few topics)', () => {
    const { visits } = testRecords();
    const topics = [
      'sitting_well',
      'flare_up_plan',
      'pacing_and_graded_activity',
      'sleep_and_pain',
      'hurt_is_not_harm',
      'unknown_topic',
    ].map((topic) => ({ id: topic, episodeId: 'e-1', topic, assignedBy: 'u', assignedOn: START, createdAt: START }));
    const lines = treatmentGiven(
      visits,
      [{ exercise: 'dead_bug', sets: 2, reps: 8, resistance: { kind: 'bodyweight' }, painCeiling: 5, daysPerWeek: 5 }],
      topics,
    );
    expect(lines[0]).toBe('2 visits from 2026-11-02 to 2026-11-16.');
    expect(lines[1]).toMatch(/^Hands-on: .* \(2 visits, gentle and moderate\)\.$/);
    expect(lines[2]).toMatch(/^Home exercises: .*: 2 sets × 8 reps · 5 days a week\.$/);
    expect(lines[3]).toMatch(/^Education: .* and 1 more topic\.$/);
    expect(treatmentGiven([], [], [])).toEqual([]);
  });

  test('the response: the latest assessment, how the hands-on work was taken, and flare-ups', () => {
    const lines = clientResponse(testRecords().visits, [
      { date: '2026-11-10', decision: 'reassess_due', rationale: 'Re-assess.' },
      { date: '2026-11-12', decision: 'setback', rationale: 'Pain at rest up 2 points.' },
    ]);
    expect(lines).toEqual([
      'At the latest visit (2026-11-16): Sitting tolerance up to 40 minutes.',
      expect.stringMatching(/: less guarding by the end\.$/) as string,
      '2026-11-12, flare-up: Pain at rest up 2 points.',
    ]);
  });

  test('outcomes: first and latest of each measure scored twice, instruments judged against their MCID', () => {
    expect(
      outcomeChanges([
        measure(START, 'odi', 32),
        measure(START, 'ndi', 20),
        measure(START, 'rom:lumbar:flexion', 40),
        measure(START, 'pcs', 30),
        measure('2026-11-16', 'odi', 20),
        measure('2026-11-16', 'ndi', 18),
        measure('2026-11-16', 'rom:lumbar:flexion', 52),
      ]),
    ).toEqual([
      'Oswestry Disability Index 32 (2026-11-02) → 20 (2026-11-16): a meaningful improvement.',
      'Neck Disability Index 20 (2026-11-02) → 18 (2026-11-16): no meaningful change yet.',
      'Lower back flexion 40° (2026-11-02) → 52° (2026-11-16).',
    ]);
  });

  test("goals: the plan's wording with their standing, or the measure and target", () => {
    expect(
      goalLines([
        {
          measure: 'odi',
          description: 'Disability from 32 to 16 by 2026-12-14.',
          target: 16,
          date: '2026-12-14',
          latest: 20,
          status: 'on_track',
        },
        {
          measure: 'activity:stairs',
          description: null,
          target: 3,
          date: '2026-12-14',
          latest: null,
          status: 'no_data',
        },
      ]),
    ).toEqual([
      'Goal: Disability from 32 to 16 by 2026-12-14: on track, latest 20.',
      'Goal: Climbing stairs to pain free by 2026-12-14: not scored since it was set.',
    ]);
  });
});

test('a visit with no assessment adds no line', () => {
  expect(clientResponse([visit('2026-11-09')], [])).toEqual([]);
});
