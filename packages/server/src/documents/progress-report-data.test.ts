import { describe, expect, test } from 'vitest';
import type { Progress } from '../services/treatment/progress-timeline.ts';
import { MAX_CHARTS, progressReportDocument, reportCharts } from './progress-report-data.ts';
import { testRecords } from './test-records.ts';

const series = (
  measure: string,
  points: [string, number][],
  extra: Partial<Progress['series']['measures'][number]> = {},
) => ({
  measure,
  name: measure,
  better: null,
  mcid: null,
  mcidPercent: null,
  mdc: null,
  source: null,
  points: points.map(([date, value]) => ({ date, value })),
  ...extra,
});
const goal = (measure: string, target: number, description: string | null = null): Progress['goals'][number] => ({
  measure,
  description,
  baseline: 40,
  target,
  date: '2026-12-14',
  latest: 52,
  latestDate: '2026-11-16',
  percent: 60,
  expectedPercent: 50,
  status: 'on_track',
  rationale: 'On track.',
});
const pain = (date: string, painAtRest: number | null) => ({
  date,
  painAtRest,
  painDuring: null,
  painNextMorning: null,
  sleep: null,
  fatigue: null,
});

function timeline(overrides: Partial<Progress> = {}): Progress {
  return {
    episodeId: 'e-1',
    asOf: '2026-11-20',
    phase: 'restore',
    programFrom: '2026-11-02',
    decisions: [],
    prescription: [],
    deload: null,
    flare: null,
    goals: [],
    adherence: { from: '2026-11-07', to: '2026-11-20', prescribed: 20, done: 15, ratio: 0.75 },
    phaseExit: null,
    series: { pain: [], measures: [] },
    problems: [],
    ...overrides,
  };
}

describe('reportCharts', () => {
  test('pain at rest first (worst of the day, NPRS MCID, the pain goal as target), then goal measures in goal order, then questionnaires', () => {
    const charts = reportCharts(
      timeline({
        goals: [goal('rom:lumbar:flexion', 60), goal('nprs', 2)],
        series: {
          pain: [pain('2026-11-03', 6), pain('2026-11-04', null), pain('2026-11-05', 5)],
          measures: [
            series(
              'odi',
              [
                ['2026-11-02', 32],
                ['2026-11-16', 20],
              ],
              { better: 'lower', mcid: 10 },
            ),
            series('nprs', [
              ['2026-11-02', 6],
              ['2026-11-16', 4],
            ]),
            series('tug', [
              ['2026-11-02', 12],
              ['2026-11-16', 10],
            ]),
            series('pcs', [['2026-11-02', 30]]),
            series('rom:lumbar:flexion', [['2026-11-16', 52]]),
          ],
        },
      }),
      new Map([['rom:lumbar:flexion', { date: '2026-11-02', value: 40 }]]),
    );
    expect(charts.map((c) => c.title)).toEqual(['Pain at rest', 'Lower back flexion', 'Oswestry Disability Index']);
    expect(charts[0]).toMatchObject({
      points: [
        { date: '2026-11-03', value: 6 },
        { date: '2026-11-05', value: 5 },
      ],
      better: 'lower',
      mcid: 2,
      target: 2,
      min: 0,
      max: 10,
    });
    // Range was not measured at the goal's start: the goal's baseline opens the line.
    expect(charts[1]).toMatchObject({
      unit: 'degrees',
      better: 'higher',
      target: 60,
      points: [
        { date: '2026-11-02', value: 40 },
        { date: '2026-11-16', value: 52 },
      ],
    });
    expect(charts[2]).toMatchObject({ better: 'lower', mcid: 10, target: null });
  });

  test('with no daily pain logged, a pain goal is charted from its scores', () => {
    const charts = reportCharts(
      timeline({
        goals: [goal('nprs', 2)],
        series: {
          pain: [],
          measures: [
            series('nprs', [
              ['2026-11-02', 6],
              ['2026-11-16', 4],
            ]),
          ],
        },
      }),
    );
    expect(charts.map((c) => c.title)).toEqual(['Numeric Pain Rating Scale']);
  });

  test(`at most ${MAX_CHARTS} charts`, () => {
    const ids = ['odi', 'ndi', 'quickdash', 'spadi', 'lefs', 'tsk11', 'tsk17', 'pcs', 'startback', 'psfs'];
    const charts = reportCharts(
      timeline({
        series: {
          pain: [pain('2026-11-03', 5)],
          measures: ids.map((id) =>
            series(id, [
              ['2026-11-02', 10],
              ['2026-11-16', 8],
            ]),
          ),
        },
      }),
    );
    expect(charts).toHaveLength(MAX_CHARTS);
  });
});

describe('progressReportDocument', () => {
  test('fills the report from the records and the timeline', () => {
    const document = progressReportDocument({
      records: testRecords(),
      on: '2026-11-23',
      timeline: timeline({
        goals: [goal('rom:lumbar:flexion', 60), goal('nprs', 2, 'Pain when sitting from 6/10 to 2/10 by 2026-12-14.')],
        decisions: [
          {
            date: '2026-11-10',
            scope: 'episode',
            exercise: null,
            decision: 'reassess_due',
            ruleId: 'r',
            rationale: 'Re-assess.',
            inputs: {},
            action: null,
          },
          {
            date: '2026-11-12',
            scope: 'episode',
            exercise: null,
            decision: 'setback',
            ruleId: 'r',
            rationale: 'A flare.',
            inputs: {},
            action: null,
          },
          {
            date: '2026-11-12',
            scope: 'exercise',
            exercise: 'dead_bug',
            decision: 'regress',
            ruleId: 'r',
            rationale: 'Too painful.',
            inputs: {},
            action: null,
          },
        ],
      }),
    });
    expect(document).toMatchObject({
      clinic: 'Harbour Physio',
      client: 'Grace Whitaker',
      clinician: 'Maya Chen',
      date: '2026-11-23',
      episodeStart: '2026-11-02',
      summary: 'Assessment: Sitting tolerance up to 40 minutes.\nPlan: Progress the hinge.',
      summarySource: 'Visit note of 2026-11-16 (Maya Chen)',
      visits: 2,
      adherence: { done: 15, prescribed: 20, ratio: 0.75 },
      events: [{ date: '2026-11-12', decision: 'setback', rationale: 'A flare.' }],
    });
    expect(document.phase).toBe(testRecords().plan?.document.phases.find((p) => p.id === 'restore')?.title);
    expect(document.goals.map((g) => [g.description, g.decision])).toEqual([
      ['Lower back flexion', 'on_track'],
      ['Pain when sitting from 6/10 to 2/10 by 2026-12-14.', 'on_track'],
    ]);
  });

  test('without visits or notes the summary says so', () => {
    const document = progressReportDocument({
      records: testRecords({ visits: [] }),
      on: '2026-11-23',
      timeline: timeline(),
    });
    expect(document.summary).toBe('No visit note or assessment notes have been written yet.');
    expect(document.summarySource).toBeNull();
  });
});
