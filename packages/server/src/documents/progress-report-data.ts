// The progress report from stored records: the same progress timeline the app shows (goals, adherence, decisions,
// pain and score series), charts for pain, each goal's measure and the questionnaires, the visits so far, and the
// clinician's latest written summary.
import { INSTRUMENTS, PHASES, ZInstrumentId, ZPhaseId, type InstrumentId } from '@tandem/engine';
import type { Progress } from '../services/treatment/progress-timeline.ts';
import type { ChartSeries } from './chart.ts';
import { clinicianSummary } from './clinician-summary.ts';
import { responsibleClinician, type EpisodeRecords } from './episode-records.ts';
import { measureLabel } from './measure-label.ts';
import type { ProgressReportDocument } from './progress-report-pdf.ts';

/** Performance tests and the pain rating are instruments but not questionnaires; pain has its own daily chart. */
const NOT_QUESTIONNAIRES: ReadonlySet<InstrumentId> = new Set(['nprs', 'fms', 'tug', 'cst30']);
/** Two charts a row, three rows a page: more than two pages of charts stops being a summary. */
export const MAX_CHARTS = 8;
/** Episode decisions worth a line in the report (a due re-assessment is a to-do, not an event). */
const KEY_DECISIONS: ReadonlySet<string> = new Set([
  'setback',
  'fatigue',
  'plateau',
  'phase_ready',
  'discharge_ready',
  'adherence_low',
]);

const isQuestionnaire = (measure: string): boolean => {
  const id = ZInstrumentId.safeParse(measure);
  return id.success && !NOT_QUESTIONNAIRES.has(id.data);
};

export interface Baseline {
  date: string;
  value: number;
}

/**
 * Pain at rest day by day, then each goal's measure, then questionnaires scored at least twice. A goal's measure
 * not scored at its start (an activity rated in the intake's goals) starts from the goal's recorded baseline.
 */
export function reportCharts(
  timeline: Pick<Progress, 'goals' | 'series'>,
  baselines: ReadonlyMap<string, Baseline> = new Map(),
): ChartSeries[] {
  const target = (measure: string) => timeline.goals.find((g) => g.measure === measure)?.target ?? null;
  const charts: ChartSeries[] = [];
  const pain = timeline.series.pain.flatMap((p) =>
    p.painAtRest === null ? [] : [{ date: p.date, value: p.painAtRest }],
  );
  if (pain.length > 0) {
    charts.push({
      title: 'Pain at rest',
      unit: '0–10, worst of each day',
      points: pain,
      better: 'lower',
      mcid: INSTRUMENTS.nprs.change.mcid,
      target: target('nprs'),
      min: 0,
      max: 10,
    });
  }
  const goalMeasures = timeline.goals.map((g) => g.measure).filter((m) => !(m === 'nprs' && pain.length > 0));
  const chosen = [
    ...timeline.series.measures
      .filter((s) => goalMeasures.includes(s.measure))
      .sort((a, b) => goalMeasures.indexOf(a.measure) - goalMeasures.indexOf(b.measure)),
    ...timeline.series.measures.filter(
      (s) => !goalMeasures.includes(s.measure) && isQuestionnaire(s.measure) && s.points.length >= 2,
    ),
  ];
  for (const s of chosen) {
    const label = measureLabel(s.measure);
    const baseline = baselines.get(s.measure);
    const first = s.points[0];
    const points = baseline && first && first.date > baseline.date ? [baseline, ...s.points] : s.points;
    charts.push({
      title: label.name,
      unit: label.unit,
      points,
      better: s.better ?? label.better ?? 'higher',
      mcid: s.mcid ?? label.mcid,
      target: target(s.measure),
      ...(label.min !== undefined && { min: label.min }),
      ...(label.max !== undefined && { max: label.max }),
    });
  }
  return charts.slice(0, MAX_CHARTS);
}

/** The phase's title as the plan words it, else the engine's. */
function phaseTitle(records: Pick<EpisodeRecords, 'plan'>, phase: string): string {
  const planned = records.plan?.document.phases.find((p) => p.id === phase)?.title;
  if (planned) return planned;
  const id = ZPhaseId.safeParse(phase);
  return id.success ? PHASES[id.data].title : phase;
}

export interface ProgressReportInput {
  records: EpisodeRecords;
  /** The print date. */
  on: string;
  timeline: Progress;
}

export function progressReportDocument({ records, on, timeline }: ProgressReportInput): ProgressReportDocument {
  const summary = clinicianSummary(records.visits, records.assessments, records.staff);
  return {
    clinic: records.clinic.name,
    client: records.client.name,
    clinician: responsibleClinician(records),
    date: on,
    episodeStart: records.episode.startedOn,
    phase: phaseTitle(records, timeline.phase),
    summary: summary?.text ?? 'No visit note or assessment notes have been written yet.',
    summarySource: summary?.source ?? null,
    goals: timeline.goals.map((g) => ({
      ...g,
      description: g.description ?? measureLabel(g.measure).name,
      decision: g.status,
    })),
    series: reportCharts(
      timeline,
      new Map(records.goals.map((g) => [g.measure, { date: g.start ?? records.episode.startedOn, value: g.baseline }])),
    ),
    visits: records.visits.filter((v) => v.date <= on).length,
    adherence: timeline.adherence,
    events: timeline.decisions
      .filter((d) => d.scope === 'episode' && KEY_DECISIONS.has(d.decision))
      .map((d) => ({ date: d.date, decision: d.decision, rationale: d.rationale })),
  };
}
