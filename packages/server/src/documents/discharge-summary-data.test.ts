import { maintenanceProgram, type Prescription } from '@tandem/engine';
import { describe, expect, test } from 'vitest';
import type { Appointment } from '../db/records.ts';
import { dischargeDetails, dischargeSummaryDocument } from './discharge-summary-data.ts';
import { assessment, testRecords } from './test-records.ts';

const DEAD_BUG: Prescription = {
  exercise: 'dead_bug',
  sets: 4,
  reps: 10,
  resistance: { kind: 'bodyweight' },
  painCeiling: 5,
  daysPerWeek: 5,
};
const maintenance = maintenanceProgram([DEAD_BUG], '2026-11-20');
const appointment = (startsAt: string, status: Appointment['status'] = 'scheduled'): Appointment => ({
  id: startsAt,
  clinicId: 'c-1',
  clientId: 'cl-1',
  clinicianId: 'u-maya',
  startsAt,
  minutes: 30,
  kind: 'in_person',
  videoLink: null,
  status,
  createdAt: '2026-11-20',
});

function discharged() {
  const base = testRecords();
  return {
    ...base,
    episode: { ...base.episode, status: 'discharged' as const, dischargedOn: '2026-11-20' },
    assessments: [
      ...base.assessments,
      assessment('2026-11-20', { kind: 'discharge', summary: 'Goals met; back to full days at work.', maintenance }),
    ],
  };
}

describe('dischargeDetails', () => {
  test.each([
    [
      'the stored summary and maintenance program',
      [assessment('2026-11-20', { kind: 'discharge', summary: ' Done. ', maintenance })],
      { summary: 'Done.', maintenance },
    ],
    ['none stored', [], { summary: null, maintenance: null }],
    [
      'an unreadable maintenance program keeps the summary',
      [assessment('2026-11-20', { kind: 'discharge', summary: 'Done.', maintenance: { exercises: 'x' } })],
      { summary: 'Done.', maintenance: null },
    ],
  ])('%s', (_, assessments, expected) => {
    expect(dischargeDetails({ assessments })).toEqual(expected);
  });
});

describe('dischargeSummaryDocument', () => {
  test('reason, the summary with the dates of care, outcomes with goals, the maintenance program and its booked check-ins', () => {
    const [first, second] = maintenance.checkIns;
    const letter = dischargeSummaryDocument({
      records: discharged(),
      on: '2026-11-23',
      signedBy: 'Maya Chen',
      to: "The client's general practitioner",
      program: [DEAD_BUG],
      events: [],
      goals: [
        {
          measure: 'odi',
          description: 'Disability from 32 to 16 by 2026-12-14.',
          target: 16,
          date: '2026-12-14',
          latest: 20,
          status: 'on_track',
        },
      ],
      checkIns: [
        appointment(`${first ?? ''}T09:00:00.000Z`),
        appointment(`${second ?? ''}T09:00:00.000Z`, 'cancelled'),
        appointment('2026-11-30T09:00:00.000Z'),
      ],
    });
    expect(letter).toMatchObject({
      kind: 'discharge',
      urgency: null,
      question: null,
      redFlags: [],
      to: "The client's general practitioner",
      clinician: 'Maya Chen',
    });
    expect(letter.reason).toMatch(/^Lower back pain/);
    expect(letter.summary).toBe('Care from 2026-11-02 to 2026-11-20. Goals met; back to full days at work.');
    expect(letter.outcomes).toContain('Goal: Disability from 32 to 16 by 2026-12-14: on track, latest 20.');
    expect(letter.plan[0]).toBe('Dead bug: 4 sets × 10 reps · 3 days a week.');
    // Only check-ins on the discharge's dates, and not a cancelled one.
    expect(letter.plan[1]).toBe(`Follow-up check-ins: ${first ?? ''} at 09:00 UTC (in person, 30 min).`);
    expect(letter.plan.slice(2)).toEqual(maintenance.advice);
  });
});
