import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OUTCOME_RULES, clinicOutcomes, primaryMeasure, programAdherence, type OutcomeEpisode } from './outcomes.ts';

describe('primaryMeasure', () => {
  test.each<[string, string[], string[], string | null]>([
    ['the first questionnaire goal', ['rom:knee:flexion', 'lefs', 'psfs'], ['psfs', 'lefs'], 'lefs'],
    ['a questionnaire goal before an earlier NPRS goal', ['nprs', 'odi'], ['nprs', 'odi'], 'odi'],
    ['an NPRS goal when it is the only instrument goal', ['nprs', 'rom:lumbar:flexion'], ['odi', 'nprs'], 'nprs'],
    ['screens never count, even as goals', ['startback', 'fms'], ['startback', 'fms', 'pcs'], 'pcs'],
    ['with no instrument goal: region-specific questionnaires first', [], ['nprs', 'tsk11', 'ndi'], 'ndi'],
    ['with no instrument goal: pain last', [], ['nprs', 'startback'], 'nprs'],
    ['nothing scored', ['rom:knee:flexion'], ['functional:tug'], null],
  ])('%s', (_, goals, scored, expected) => {
    expect(primaryMeasure(goals, scored)).toBe(expected);
  });
});

describe('programAdherence', () => {
  test.each<
    [string, OutcomeEpisode['programs'], number, string, { prescribed: number; done: number; ratio: number | null }]
  >([
    [
      'two weeks of 5 sessions a week, 7 done',
      [{ validFrom: '2026-11-02', sessionsPerWeek: 5 }],
      7,
      '2026-11-15',
      { prescribed: 10, done: 7, ratio: 0.7 },
    ],
    [
      'a program change halfway',
      [
        { validFrom: '2026-11-02', sessionsPerWeek: 7 },
        { validFrom: '2026-11-09', sessionsPerWeek: 14 },
      ],
      21,
      '2026-11-15',
      { prescribed: 21, done: 21, ratio: 1 },
    ],
    [
      'more done than prescribed is capped at 1',
      [{ validFrom: '2026-11-02', sessionsPerWeek: 7 }],
      30,
      '2026-11-08',
      { prescribed: 7, done: 30, ratio: 1 },
    ],
    [
      'programs after the end are not counted',
      [
        { validFrom: '2026-11-02', sessionsPerWeek: 7 },
        { validFrom: '2026-12-01', sessionsPerWeek: 70 },
      ],
      7,
      '2026-11-15',
      { prescribed: 14, done: 7, ratio: 0.5 },
    ],
    ['no program', [], 3, '2026-11-15', { prescribed: 0, done: 3, ratio: null }],
  ])('%s', (_, programs, done, end, expected) => {
    expect(programAdherence(programs, done, end)).toEqual(expected);
  });
});

const episode = (over: Partial<OutcomeEpisode>): OutcomeEpisode => ({
  episodeId: 'e',
  status: 'active',
  visits: 0,
  goalMeasures: [],
  scores: [],
  programs: [],
  sessionsDone: 0,
  end: '2026-11-23',
  ...over,
});
const score = (measure: string, first: number, last: number, sameDay = false) => ({
  measure,
  first: { date: '2026-09-01', value: first },
  last: { date: sameDay ? '2026-09-01' : '2026-10-27', value: last },
});

describe('clinicOutcomes', () => {
  const outcomes = clinicOutcomes([
    // ODI 40 → 20: improved (MCID 10 points or 30 %); NPRS 6 → 5 is not.
    episode({
      episodeId: 'a',
      status: 'discharged',
      visits: 10,
      goalMeasures: ['odi', 'nprs'],
      scores: [score('odi', 40, 20), score('nprs', 6, 5)],
      programs: [{ validFrom: '2026-09-01', sessionsPerWeek: 7 }],
      sessionsDone: 7,
      end: '2026-09-14',
    }),
    // LEFS 50 → 52: no meaningful change (MCID 9).
    episode({
      episodeId: 'b',
      status: 'discharged',
      visits: 6,
      goalMeasures: ['lefs'],
      scores: [score('lefs', 50, 52)],
      programs: [{ validFrom: '2026-09-01', sessionsPerWeek: 7 }],
      sessionsDone: 14,
      end: '2026-09-14',
    }),
    // ODI 30 → 45: worse.
    episode({
      episodeId: 'c',
      visits: 2,
      goalMeasures: ['odi'],
      scores: [score('odi', 30, 45), score('startback', 5, 2)],
    }),
    // Scored once only: not measured.
    episode({ episodeId: 'd', visits: 0, goalMeasures: ['ndi'], scores: [score('ndi', 30, 30, true)] }),
  ]);

  test('episodes and visits', () => {
    expect(outcomes.episodes).toEqual({ total: 4, active: 2, discharged: 2 });
    expect(outcomes.visits).toEqual({ total: 18, perEpisode: 4.5, perDischargedEpisode: 8 });
  });

  test('meaningful change on the primary measure, overall and for discharged episodes', () => {
    expect(outcomes.primaryMeasure).toEqual({
      measured: 3,
      improved: 1,
      worsened: 1,
      unchanged: 1,
      share: 0.333,
      notMeasured: 1,
      discharged: { measured: 2, improved: 1, worsened: 0, unchanged: 1, share: 0.5 },
    });
  });

  test('adherence is the mean of the episodes with a program', () => {
    expect(outcomes.adherence).toEqual({ episodes: 2, mean: 0.75 });
  });

  test('per instrument, with its MCID; screens are left out', () => {
    const by = Object.fromEntries(outcomes.instruments.map((i) => [i.instrument, i]));
    expect(Object.keys(by)).toEqual(['lefs', 'ndi', 'nprs', 'odi']);
    expect(by.odi).toMatchObject({
      episodes: 2,
      primaryIn: 2,
      measured: 2,
      improved: 1,
      worsened: 1,
      unchanged: 0,
      share: 0.5,
      meanChange: -2.5,
      mcid: 10,
      better: 'lower',
    });
    expect(by.nprs).toMatchObject({ episodes: 1, primaryIn: 0, measured: 1, improved: 0, unchanged: 1, share: 0 });
    expect(by.ndi).toMatchObject({ episodes: 1, primaryIn: 1, measured: 0, share: null, meanChange: null });
  });

  test('an empty clinic', () => {
    expect(clinicOutcomes([])).toEqual({
      episodes: { total: 0, active: 0, discharged: 0 },
      primaryMeasure: {
        measured: 0,
        improved: 0,
        worsened: 0,
        unchanged: 0,
        share: null,
        notMeasured: 0,
        discharged: { measured: 0, improved: 0, worsened: 0, unchanged: 0, share: null },
      },
      visits: { total: 0, perEpisode: null, perDischargedEpisode: null },
      adherence: { episodes: 0, mean: null },
      instruments: [],
    });
  });
});

test('docs/rules.md catalogues the outcome definitions', () => {
  const rules = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');
  for (const id of Object.values(OUTCOME_RULES)) expect(rules).toContain(`\`${id}\``);
  expect(rules).toContain('PRIMARY_FALLBACK_ORDER');
});
