// One episode's story as dated timeline entries: visits, home logs (a week to an entry), measures, the engine's
// decisions that changed something, plan versions, referrals and the discharge. Pure: the component fetches.
import { addDays, dayNumber, sessionDone } from '@tandem/engine';
import type { Ok } from '../../api/types.ts';
import type { TimelineEntry } from '../../ui/charts/DecisionTimeline.tsx';
import { decisionEntry, isChange } from '../../ui/charts/decisions.ts';
import { formatNumber } from '../../ui/charts/format.ts';
import { measureInfo, measureValue } from '@tandem/engine';
import type { Episode, Progress } from './queries.ts';

export type Visit = Ok<'/api/v1/episodes/{id}/visits', 'get'>[number];
export type HomeEntry = Ok<'/api/v1/episodes/{id}/home-log', 'get'>[number];
export type PlanVersion = Ok<'/api/v1/episodes/{id}/plans', 'get'>[number];
export type Referral = Ok<'/api/v1/episodes/{id}/referrals', 'get'>[number];

export const TIMELINE_KINDS = ['visit', 'home', 'measure', 'decision', 'plan'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const KIND_LABELS: Readonly<Record<TimelineKind, string>> = {
  visit: 'Visits',
  home: 'Home logs',
  measure: 'Measures',
  decision: 'Decisions',
  plan: 'Plans, referrals, discharge',
};

export interface KindedEntry extends TimelineEntry {
  kind: TimelineKind;
}

export interface EpisodeRecords {
  episode: Episode;
  progress: Progress | undefined;
  visits: readonly Visit[];
  homeLog: readonly HomeEntry[];
  plans: readonly PlanVersion[];
  referrals: readonly Referral[];
}

function visitEntry(v: Visit): KindedEntry {
  const hands = v.performed.filter((p) => p.kind === 'technique').map((p) => p.name);
  const moves = v.performed.filter((p) => p.kind === 'exercise').map((p) => p.name);
  const done = [
    hands.length > 0 ? `Hands-on: ${hands.join(', ')}` : null,
    moves.length > 0 ? `Exercises: ${moves.join(', ')}` : null,
  ].filter((x) => x !== null);
  return {
    kind: 'visit',
    key: `visit-${v.id}`,
    date: v.date,
    title: `Visit with ${v.clinician.name}`,
    rationale: [v.soap.assessment, v.soap.plan].filter((t) => t !== '').join(' '),
    ...(done.length > 0 ? { suggestions: done } : {}),
  };
}

/** A week's home log in one line: days logged, sessions done of those asked for, the range of pain at rest. */
function homeWeeks(entries: readonly HomeEntry[], start: string): KindedEntry[] {
  const weeks = new Map<number, HomeEntry[]>();
  for (const e of entries.filter((x) => x.source === 'home')) {
    const week = Math.floor((dayNumber(e.date) - dayNumber(start)) / 7);
    weeks.set(week, [...(weeks.get(week) ?? []), e]);
  }
  return [...weeks].map(([week, days]) => {
    const logs = days.flatMap((d) => d.exercises);
    const done = logs.filter(sessionDone).length;
    const rest = days.map((d) => d.painAtRest).filter((p): p is number => p !== undefined);
    const pain =
      rest.length === 0
        ? ''
        : `; pain at rest ${formatNumber(Math.min(...rest))}${Math.min(...rest) === Math.max(...rest) ? '' : `–${formatNumber(Math.max(...rest))}`}/10`;
    const last =
      days
        .map((d) => d.date)
        .sort()
        .at(-1) ?? addDays(start, week * 7);
    return {
      kind: 'home' as const,
      key: `home-${String(week)}`,
      date: last,
      title: `Home log, week ${String(week + 1)}`,
      rationale: `${String(days.length)} ${days.length === 1 ? 'day' : 'days'} logged at home; ${String(done)} of ${String(logs.length)} exercise sessions done${pain}.`,
    };
  });
}

function measureEntries(progress: Progress | undefined, start: string): KindedEntry[] {
  const byDate = new Map<string, string[]>();
  for (const m of progress?.series.measures ?? []) {
    const info = measureInfo(m.measure);
    const first = m.points[0];
    for (const p of m.points) {
      const change = first && p.date !== first.date ? ` (from ${measureValue(info, first.value)})` : '';
      byDate.set(p.date, [...(byDate.get(p.date) ?? []), `${info.short} ${measureValue(info, p.value)}${change}`]);
    }
  }
  return [...byDate].map(([date, lines]) => ({
    kind: 'measure' as const,
    key: `measure-${date}`,
    date,
    title: date === start ? 'Measures at intake' : 'Re-assessment',
    suggestions: lines,
  }));
}

export function episodeTimeline(r: EpisodeRecords): KindedEntry[] {
  const start = r.episode.startedOn;
  const decisions = (r.progress?.decisions ?? [])
    .filter(isChange)
    .map((d, i): KindedEntry => ({ ...decisionEntry(d, i), kind: 'decision' }));
  return [
    ...r.visits.map(visitEntry),
    ...homeWeeks(r.homeLog, start),
    ...measureEntries(r.progress, start),
    ...decisions,
    ...r.plans.map((p): KindedEntry => ({
      kind: 'plan',
      key: `plan-${String(p.version)}`,
      date: p.createdAt.slice(0, 10) < start ? start : p.createdAt.slice(0, 10),
      title: `Plan version ${String(p.version)} by ${p.createdBy.name}`,
      rationale: p.reason ?? undefined,
    })),
    ...r.referrals.map((f): KindedEntry => ({
      kind: 'plan',
      key: `referral-${f.id}`,
      date: f.createdAt.slice(0, 10),
      title: `Referred to ${f.to}`,
      badge: {
        label: f.urgency === 'routine' ? 'Routine' : f.urgency === 'urgent' ? 'Urgent' : 'Emergency',
        tone: f.urgency === 'routine' ? 'attention' : 'danger',
      },
      rationale: f.reason,
    })),
    ...(r.episode.dischargedOn === null
      ? []
      : [
          {
            kind: 'plan' as const,
            key: 'discharge',
            date: r.episode.dischargedOn,
            title: 'Discharged',
            badge: { label: 'Discharge', tone: 'good' as const },
          },
        ]),
  ];
}
