// The progress timeline: the engine's report for the episode (decisions, the prescription now, goals, adherence,
// phase exit) and the pain and questionnaire series for charts. One read of storage, one replay, no query per item.
import { INSTRUMENTS, ZInstrumentId } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';
import type { ProgressionDecision } from '../../../db/records.ts';
import { decisionsOf, loadEpisodeState, phaseTimeline, replay, type EpisodeState } from '../../../progression/service.ts';
import { episodeFor } from '../../access.ts';
import { decisionOut } from './common.ts';
import { ZEpisodeParams, ZProgress, ZProgressQuery, exerciseName } from './schemas.ts';

type Progress = z.infer<typeof ZProgress>;

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
      painAtRest: worst(entries.map((e) => e.painAtRest), Math.max),
      painDuring: worst(logs.map((l) => l.painDuring), Math.max),
      painNextMorning: worst(logs.map((l) => l.painNextMorning), Math.max),
      sleep: worst(entries.map((e) => e.sleep), Math.min),
      fatigue: worst(entries.map((e) => e.fatigue), Math.max),
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
  const dates = [state.stored.entries.at(-1)?.date, ...state.stored.measures.map((m) => m.date), state.programs[0]?.validFrom];
  return dates.reduce<string | null>((out, d) => (d !== undefined && (out === null || d > out) ? d : out), null);
}

/** `storedBefore` reads the stored decisions, needed only when a clinician program before this one started a replay. */
export async function progressTimeline(state: EpisodeState, storedBefore: () => Promise<readonly ProgressionDecision[]>, asOf?: string): Promise<Progress> {
  const at = asOf ?? latestDate(state);
  const run = at === null ? null : replay(state, at, asOf === undefined ? {} : { asOf });
  const report = run?.report ?? null;
  const from = run?.segment?.from ?? null;
  // Earlier segments keep the decisions stored when they ran; the current one is replayed now.
  const first = state.programs.find((p) => p.origin === 'clinician')?.validFrom ?? null;
  const stored = from !== null && from === first ? [] : await storedBefore();
  const earlier = stored.filter((d) => from === null ? asOf === undefined || d.date <= asOf : d.date < from).map((d) => decisionOut(d));
  const timeline = phaseTimeline(state);
  return {
    episodeId: state.episode.id,
    asOf: report?.asOf ?? asOf ?? null,
    phase: report?.phase ?? timeline.findLast((p) => at === null || p.start <= at)?.phase ?? timeline[0]?.phase ?? 'restore',
    programFrom: from,
    decisions: [...earlier, ...(report ? decisionsOf(report).map(decisionOut) : [])],
    prescription: (report?.prescription ?? []).map((p) => ({ ...p, name: exerciseName(p.exercise) })),
    deload: report?.deload ?? null,
    flare: report?.flare ?? null,
    goals: (report?.goals ?? []).map((g) => ({
      measure: g.measure, description: g.description, baseline: g.baseline, target: g.target, date: g.date, latest: g.latest,
      latestDate: g.latestDate, percent: g.percent, expectedPercent: g.expectedPercent, status: g.decision, rationale: g.rationale,
    })),
    adherence: report?.adherence ?? null,
    phaseExit: report?.phaseExit ?? null,
    series: { pain: painSeries(state, report?.asOf ?? asOf ?? null), measures: measureSeries(state, report?.asOf ?? asOf ?? null) },
    problems: run?.problems ?? [],
  };
}

export const progressRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/episodes/:id/progress', {
    schema: { tags: ['progress'], params: ZEpisodeParams, querystring: ZProgressQuery, response: { 200: ZProgress } },
  }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { asOf } = request.query as z.infer<typeof ZProgressQuery>;
    const { episode } = await episodeFor(request, id, 'read', 'progress');
    const state = await loadEpisodeState(app.repo, episode);
    return progressTimeline(state, () => app.repo.decisions.list(episode.clinicId, episode.id), asOf);
  });
  done();
};
