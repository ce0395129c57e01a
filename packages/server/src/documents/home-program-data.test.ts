import type { Prescription } from '@tandem/engine';
import { describe, expect, test } from 'vitest';
import { homeProgramDocument } from './home-program-data.ts';
import { START, testRecords } from './test-records.ts';

const DEAD_BUG: Prescription = {
  exercise: 'dead_bug',
  sets: 2,
  reps: 8,
  resistance: { kind: 'bodyweight' },
  painCeiling: 5,
  daysPerWeek: 5,
};
const LIGHTER: Prescription = { ...DEAD_BUG, sets: 1 };
const education = (topic: string) => ({
  id: topic,
  episodeId: 'e-1',
  topic,
  assignedBy: 'u-maya',
  assignedOn: START,
  createdAt: START,
});

describe('homeProgramDocument', () => {
  test('names the clinic, the client, whoever saw them last, the date, the program and the known topics in order', () => {
    const records = testRecords({
      education: [education('sitting_well'), education('a_topic_since_removed'), education('flare_up_plan')],
    });
    expect(homeProgramDocument({ records, on: '2026-11-23', program: [DEAD_BUG], deload: null })).toEqual({
      clinic: 'Harbour Physio',
      client: 'Grace Whitaker',
      clinician: 'Maya Chen',
      date: '2026-11-23',
      program: [DEAD_BUG],
      education: ['sitting_well', 'flare_up_plan'],
      note: null,
    });
  });

  test.each([
    [
      'a deload week prints its lighter doses, and says so',
      null,
      { until: '2026-11-26', prescription: [LIGHTER] },
      [LIGHTER],
      /lighter week, until 2026-11-26/,
    ],
    [
      'after discharge it is the maintenance program',
      '2026-11-20',
      null,
      [DEAD_BUG],
      /maintenance program since your discharge on 2026-11-20/,
    ],
    ['an empty deload keeps the program', null, { until: '2026-11-26', prescription: [] }, [DEAD_BUG], null],
  ])('%s', (_, dischargedOn, deload, program, note) => {
    const base = testRecords();
    const records = {
      ...base,
      episode: {
        ...base.episode,
        dischargedOn,
        status: dischargedOn === null ? ('active' as const) : ('discharged' as const),
      },
    };
    const document = homeProgramDocument({ records, on: '2026-11-23', program: [DEAD_BUG], deload });
    expect(document?.program).toEqual(program);
    if (note === null) expect(document?.note).toBeNull();
    else expect(document?.note).toMatch(note);
  });

  test('no program set: nothing to print', () => {
    expect(homeProgramDocument({ records: testRecords(), on: '2026-11-23', program: [], deload: null })).toBeNull();
  });

  test('the plan author signs when nobody has seen the client yet; nobody once they have left', () => {
    expect(
      homeProgramDocument({ records: testRecords({ visits: [] }), on: '2026-11-23', program: [DEAD_BUG], deload: null })
        ?.clinician,
    ).toBe('Maya Chen');
    expect(
      homeProgramDocument({
        records: testRecords({ staff: new Map() }),
        on: '2026-11-23',
        program: [DEAD_BUG],
        deload: null,
      })?.clinician,
    ).toBeNull();
  });
});
