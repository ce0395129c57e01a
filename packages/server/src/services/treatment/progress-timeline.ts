// The progress timeline: the engine's report for the episode (decisions, the prescription now, goals, adherence,
// phase exit) and the pain and questionnaire series for charts. One read of storage, one replay, no query per item.
// The app's progress screen and the printed progress report both show it.
import { INSTRUMENTS, ZInstrumentId } from '@tandem/engine';
import { z } from 'zod';
import type { Episode, ProgressionDecision } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { decisionOut } from '../../progression/outcome.ts';
import { decisionsOf, loadEpisodeState, phaseTimeline, replay, type EpisodeState } from '../../progression/service.ts';
import { exerciseName } from './names.ts';
import { ZDecisionOut, ZEngineProblem, ZPrescriptionOut } from './treatment-schemas.ts';

export const ZProgress = z.object({
  episodeId: z.string(),
  /** The date the report stands at: the latest log or measure unless asked. */
  asOf: z.string().nullable(),
  phase: z.string(),
  /** Where the current replay starts: the latest clinician program on or before asOf. */
  programFrom: z.string().nullable(),
  decisions: z.array(ZDecisionOut),
  prescription: z.array(ZPrescriptionOut.extend({ name: z.string() })),
  deload: z.object({ until: z.string(), prescription: z.array(ZPrescriptionOut) }).nullable(),
  flare: z.object({ since: z.string() }).nullable(),
  goals: z.array(
    z.object({
      measure: z.string(),
      description: z.string().nullable(),
      baseline: z.number(),
      target: z.number(),
      date: z.string(),
      latest: z.number().nullable(),
      latestDate: z.string().nullable(),
      percent: z.number().nullable(),
      expectedPercent: z.number(),
      status: z.enum(['met', 'on_track', 'behind', 'overdue', 'no_data']),
      rationale: z.string(),
    }),
  ),
  adherence: z
    .object({
      from: z.string(),
      to: z.string(),
      prescribed: z.number(),
      done: z.number(),
      ratio: z.number().nullable(),
    })
    .nullable(),
  phaseExit: z
    .array(z.object({ measure: z.string(), text: z.string(), met: z.boolean(), detail: z.string() }))
    .nullable(),
  series: z.object({
    /** One point a day with anything logged: the worst of the day (highest pain and fatigue, lowest sleep). */
    pain: z.array(
      z.object({
        date: z.string(),
        painAtRest: z.number().nullable(),
        painDuring: z.number().nullable(),
        painNextMorning: z.number().nullable(),
        sleep: z.number().nullable(),
        fatigue: z.number().nullable(),
      }),
    ),
    /** Each measure's scores, with the change that matters for instruments. */
    measures: z.array(
      z.object({
        measure: z.string(),
        name: z.string(),
        better: z.enum(['lower', 'higher']).nullable(),
        mcid: z.number().nullable(),
        mcidPercent: z.number().nullable(),
        mdc: z.number().nullable(),
        source: z.string().nullable(),
        points: z.array(z.object({ date: z.string(), value: z.number() })),
      }),
    ),
  }),
  problems: z.array(ZEngineProblem),
});

export type Progress = z.infer<typeof ZProgress>;

const worst = (values: readonly (number | undefined)[], pick: (a: number, b: number) => number): number | null =>
  values.reduce<number | null>((out, v) => (v === undefined ? out : out === null ? v : pick(out, v)), null);

function painSeries(state: EpisodeState, asOf: string | null): Progress['series']['pain'] {
  const byDate = new Map<string, EpisodeState['stored']['entries']>();
  for (const entry of state.stored.entries) {
    if (asOf !== null && entry.date > asOf) break;
    byDate.set(entry.date, [...(byDate.get(entry.date) ?? []), entry]);
  }
  return [...byDate].map(([date, entries]) => {
    const logs = entries.flatMap((e) => e.exercises);
    return {
      date,
      painAtRest: worst(
        entries.map((e) => e.painAtRest),
        Math.max,
      ),
      painDuring: worst(
        logs.map((l) => l.painDuring),
        Math.max,
      ),
      painNextMorning: worst(
        logs.map((l) => l.painNextMorning),
        Math.max,
      ),
      sleep: worst(
        entries.map((e) => e.sleep),
        Math.min,
      ),
      fatigue: worst(
        entries.map((e) => e.fatigue),
        Math.max,
      ),
    };
  });
}

function measureSeries(state: EpisodeState, asOf: string | null): Progress['series']['measures'] {
  const byKey = new Map<string, { date: string; value: number }[]>();
  for (const m of state.stored.measures) {
    if (asOf !== null && m.date > asOf) continue;
    byKey.set(m.measure, [...(byKey.get(m.measure) ?? []), { date: m.date, value: m.value }]);
  }
  return [...byKey].map(([measure, points]) => {
    const id = ZInstrumentId.safeParse(measure.split(':')[0]);
    const instrument = id.success ? INSTRUMENTS[id.data] : null;
    return {
      measure,
      name: instrument?.name ?? measure,
      better: instrument?.change.better ?? null,
      mcid: instrument?.change.mcid ?? null,
      mcidPercent: instrument?.change.mcidPercent ?? null,
      mdc: instrument?.change.mdc ?? null,
      source: instrument?.change.source ?? null,
      points,
    };
  });
}

/** The latest date anything was logged or measured, else the first program's date. */
function latestDate(state: EpisodeState): string | null {
  const dates = [
    state.stored.entries.at(-1)?.date,
    ...state.stored.measures.map((m) => m.date),
    state.programs[0]?.validFrom,
  ];
  return dates.reduce<string | null>((out, d) => (d !== undefined && (out === null || d > out) ? d : out), null);
}

/** `storedBefore` reads the stored decisions, needed only when a clinician program before this one started a replay. */
async function progressTimeline(
  state: EpisodeState,
  storedBefore: () => Promise<readonly ProgressionDecision[]>,
  asOf?: string,
): Promise<Progress> {
  const at = asOf ?? latestDate(state);
  const run = at === null ? null : replay(state, at, asOf === undefined ? {} : { asOf });
  const report = run?.report ?? null;
  const from = run?.segment?.from ?? null;
  // Earlier segments keep the decisions stored when they ran; the current one is replayed now.
  const first = state.programs.find((p) => p.origin === 'clinician')?.validFrom ?? null;
  const stored = from !== null && from === first ? [] : await storedBefore();
  const earlier = stored
    .filter((d) => (from === null ? asOf === undefined || d.date <= asOf : d.date < from))
    .map((d) => decisionOut(d));
  const timeline = phaseTimeline(state);
  return {
    episodeId: state.episode.id,
    asOf: report?.asOf ?? asOf ?? null,
    phase:
      report?.phase ?? timeline.findLast((p) => at === null || p.start <= at)?.phase ?? timeline[0]?.phase ?? 'restore',
    programFrom: from,
    decisions: [...earlier, ...(report ? decisionsOf(report).map(decisionOut) : [])],
    prescription: (report?.prescription ?? []).map((p) => ({ ...p, name: exerciseName(p.exercise) })),
    deload: report?.deload ?? null,
    flare: report?.flare ?? null,
    goals: (report?.goals ?? []).map((g) => ({
      measure: g.measure,
      description: g.description,
      baseline: g.baseline,
      target: g.target,
      date: g.date,
      latest: g.latest,
      latestDate: g.latestDate,
      percent: g.percent,
      expectedPercent: g.expectedPercent,
      status: g.decision,
      rationale: g.rationale,
    })),
    adherence: report?.adherence ?? null,
    phaseExit: report?.phaseExit ?? null,
    series: {
      pain: painSeries(state, report?.asOf ?? asOf ?? null),
      measures: measureSeries(state, report?.asOf ?? asOf ?? null),
    },
    problems: run?.problems ?? [],
  };
}

/** The episode's timeline as stored now, up to `asOf` (default: the latest log or measure). */
export async function episodeProgress(repo: Repository, episode: Episode, asOf?: string): Promise<Progress> {
  const state = await loadEpisodeState(repo, episode);
  return progressTimeline(state, () => repo.decisions.list(episode.clinicId, episode.id), asOf);
}
