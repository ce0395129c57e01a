import { describe, expect, test } from 'vitest';
import { clinicianSummary } from './clinician-summary.ts';
import { CLINICIAN, assessment, visit } from './test-records.ts';

const staff = new Map([[CLINICIAN.id, CLINICIAN]]);
const early = visit('2026-11-09', { assessment: 'Settling.', plan: 'Continue.' });
const late = visit('2026-11-16', { assessment: 'Sitting 40 min.', plan: '' });
const notes = assessment('2026-11-12', { kind: 'assessment', notes: 'ODI down 12 points; ready to load.' });
const sameDayNotes = assessment('2026-11-16', { kind: 'assessment', notes: 'Re-assessed: goals on track.' });
const discharge = assessment('2026-11-16', { kind: 'discharge', summary: 'Goals met; maintenance agreed.' });

describe('clinicianSummary', () => {
  test.each([
    ['nothing written yet', [], [], null],
    [
      'a visit note: assessment and plan, with who wrote it',
      [early],
      [],
      { text: 'Assessment: Settling.\nPlan: Continue.', source: 'Visit note of 2026-11-09 (Maya Chen)' },
    ],
    [
      'an empty plan is left out',
      [late],
      [],
      { text: 'Assessment: Sitting 40 min.', source: 'Visit note of 2026-11-16 (Maya Chen)' },
    ],
    [
      'later notes beat an earlier visit',
      [early],
      [notes],
      { text: 'ODI down 12 points; ready to load.', source: 'Assessment notes of 2026-11-12' },
    ],
    [
      'a later visit beats earlier notes',
      [early, late],
      [notes],
      { text: 'Assessment: Sitting 40 min.', source: 'Visit note of 2026-11-16 (Maya Chen)' },
    ],
    [
      'on one day, notes beat the visit',
      [late],
      [sameDayNotes],
      { text: 'Re-assessed: goals on track.', source: 'Assessment notes of 2026-11-16' },
    ],
    [
      'on one day, the discharge summary beats both',
      [late],
      [discharge, sameDayNotes],
      { text: 'Goals met; maintenance agreed.', source: 'Discharge summary of 2026-11-16' },
    ],
    ['an intake record without notes is not a summary', [], [assessment('2026-11-02', { kind: 'intake' })], null],
  ])('%s', (_, visits, assessments, expected) => {
    const summary = clinicianSummary(visits, assessments, staff);
    if (expected === null) expect(summary).toBeNull();
    else expect(summary).toMatchObject(expected);
  });

  test('a former staff member is not named', () => {
    expect(clinicianSummary([early], [], new Map())?.source).toBe('Visit note of 2026-11-09');
  });
});
