// The attention list: which clients need a clinician now, and which rule says so. Built from what progression has
// already stored (its episode decisions) plus a few dates per episode, so no history is replayed to make it.
import { addDays, daysBetween } from '../dates.ts';
import { DELOAD_DAYS } from '../progression/progress.ts';
import { EPISODE_DECISIONS, type EpisodeDecisionKind } from '../progression/types.ts';
import type { ReferralUrgency } from '../screening/types.ts';

export const ATTENTION_SEVERITIES = ['high', 'medium', 'low'] as const;
export type AttentionSeverity = (typeof ATTENTION_SEVERITIES)[number];

/** Why a client is on the list: an episode decision progression stored, or one of the list's own two rules. */
export const ATTENTION_KINDS = [...EPISODE_DECISIONS, 'no_home_log', 'urgent_referral'] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

/** [P] A setback stays on the list for two weeks: the restart builds back to the earlier dose over one to two weeks. */
export const SETBACK_OPEN_DAYS = 14;
/** [P] Low adherence stays for a week: the engine checks it again weekly and stores a new decision if it is still low. */
export const ADHERENCE_OPEN_DAYS = 7;
/**
 * [P] A week with no home log while a program is in force: every program asks for at least one session a week, so a
 * silent week means prescribed sessions went unlogged, and progression (which runs on logs) cannot notice it itself.
 * Non-adherence to home exercise is common (Sluijs, Phys Ther 1993;73:771 [R]), so it is raised early.
 */
export const NO_HOME_LOG_DAYS = 7;

/** One stored episode decision; only the latest of each kind dated on or before the list's date counts. */
export interface StoredEpisodeDecision {
  decision: string;
  ruleId: string;
  rationale: string;
  date: string;
}

/** An urgent or emergency referral made in the episode. */
export interface ReferralFact {
  date: string;
  urgency: ReferralUrgency;
  to: string;
  reason: string;
}

/** What the list needs of one active episode; every date is on or before the list's date, null when there is none. */
export interface AttentionEpisode {
  episodeId: string;
  clientId: string;
  clientName: string;
  decisions: readonly StoredEpisodeDecision[];
  /** The latest outcome measure (a re-assessment). */
  lastMeasure: string | null;
  /** The latest entry logged at home (visit entries do not count). */
  lastHomeLog: string | null;
  lastVisit: string | null;
  /** The latest day a clinician set a home program or saved a plan version. */
  lastClinicianChange: string | null;
  /** The first home program's date: a program is in force from then on. */
  programFrom: string | null;
  referrals: readonly ReferralFact[];
}

export interface AttentionItem {
  clientId: string;
  clientName: string;
  episodeId: string;
  decision: AttentionKind;
  ruleId: string;
  rationale: string;
  /** When the reason arose: the decision's date, the last home log, or the referral's date. */
  since: string;
  severity: AttentionSeverity;
}

export const ATTENTION_RULES = {
  noHomeLog: 'attention.no_home_log',
  urgentReferral: 'attention.urgent_referral',
} as const;

const SEVERITY: Readonly<Record<AttentionKind, AttentionSeverity>> = {
  setback: 'high',
  urgent_referral: 'high',
  plateau: 'medium',
  reassess_due: 'medium',
  adherence_low: 'medium',
  no_home_log: 'medium',
  fatigue: 'low',
  phase_ready: 'low',
  discharge_ready: 'low',
};

const isEpisodeDecision = (value: string): value is EpisodeDecisionKind =>
  (EPISODE_DECISIONS as readonly string[]).includes(value);

const onOrAfter = (date: string | null, than: string): boolean => date !== null && date >= than;

/** Whether a stored decision still asks for the clinician on `asOf`, or has been answered or has run its course. */
export function decisionOpen(
  kind: EpisodeDecisionKind,
  decided: string,
  facts: AttentionEpisode,
  asOf: string,
): boolean {
  const age = daysBetween(decided, asOf);
  switch (kind) {
    case 'setback':
      return age < SETBACK_OPEN_DAYS;
    case 'fatigue':
      return age < DELOAD_DAYS;
    case 'adherence_low':
      return age < ADHERENCE_OPEN_DAYS;
    case 'reassess_due':
      // A measure dated that day or later is the re-assessment (the engine resets its visit count on it).
      return !onOrAfter(facts.lastMeasure, decided);
    case 'plateau':
      // Answered by the next re-assessment, or by the clinician changing the program or the plan.
      return !onOrAfter(facts.lastMeasure, addDays(decided, 1)) && !onOrAfter(facts.lastClinicianChange, decided);
    case 'phase_ready':
      return !onOrAfter(facts.lastClinicianChange, decided);
    case 'discharge_ready':
      // Answered by discharge, and only active episodes are listed.
      return true;
  }
}

function noHomeLog(facts: AttentionEpisode, asOf: string): AttentionItem | null {
  if (facts.programFrom === null) return null;
  // With no log yet, the program's first day is a day that could have been logged.
  const since = facts.lastHomeLog ?? facts.programFrom;
  const silent =
    facts.lastHomeLog === null ? daysBetween(facts.programFrom, asOf) + 1 : daysBetween(facts.lastHomeLog, asOf);
  if (silent < NO_HOME_LOG_DAYS) return null;
  return {
    ...who(facts),
    decision: 'no_home_log',
    ruleId: ATTENTION_RULES.noHomeLog,
    rationale:
      facts.lastHomeLog === null
        ? `No home log since the home program started on ${facts.programFrom} (${silent} days): check the client can open and follow the program, and what gets in the way.`
        : `No home log for ${silent} days (the last on ${facts.lastHomeLog}) while a home program is in force: progression cannot adjust doses it never hears about; ask what gets in the way.`,
    since,
    severity: SEVERITY.no_home_log,
  };
}

function openReferrals(facts: AttentionEpisode): AttentionItem[] {
  // A visit after the referral means the clinician has carried on with the client, so the review has been dealt with.
  return facts.referrals
    .filter((r) => r.urgency !== 'routine' && !onOrAfter(facts.lastVisit, addDays(r.date, 1)))
    .map((r) => ({
      ...who(facts),
      decision: 'urgent_referral',
      ruleId: ATTENTION_RULES.urgentReferral,
      rationale: `${r.urgency === 'emergency' ? 'Emergency' : 'Urgent'} referral to ${r.to} on ${r.date} (${r.reason}): confirm the client has been seen before treatment goes on.`,
      since: r.date,
      severity: SEVERITY.urgent_referral,
    }));
}

const who = (facts: AttentionEpisode) => ({
  clientId: facts.clientId,
  clientName: facts.clientName,
  episodeId: facts.episodeId,
});

const RANK: Readonly<Record<AttentionSeverity, number>> = { high: 0, medium: 1, low: 2 };

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare;
const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Most severe first; within a severity the longest-standing first, then by client name, rule and episode. Each name is
 * placed once with the collator and items then compare by number (a clinic's list may hold tens of thousands).
 */
function sortAttention(items: AttentionItem[]): AttentionItem[] {
  const place = new Map([...new Set(items.map((i) => i.clientName))].sort(byName).map((name, i) => [name, i]));
  const at = (item: AttentionItem) => place.get(item.clientName) ?? 0;
  return items.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      text(a.since, b.since) ||
      at(a) - at(b) ||
      text(a.ruleId, b.ruleId) ||
      text(a.episodeId, b.episodeId),
  );
}

/** Every open reason across the episodes on `asOf`, sorted (see sortAttention). */
export function attentionList(episodes: readonly AttentionEpisode[], asOf: string): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const facts of episodes) {
    const latest = new Map<EpisodeDecisionKind, StoredEpisodeDecision>();
    for (const d of facts.decisions) {
      if (d.date > asOf || !isEpisodeDecision(d.decision)) continue;
      const seen = latest.get(d.decision);
      if (!seen || d.date >= seen.date) latest.set(d.decision, d);
    }
    for (const [kind, d] of latest) {
      if (!decisionOpen(kind, d.date, facts, asOf)) continue;
      items.push({
        ...who(facts),
        decision: kind,
        ruleId: d.ruleId,
        rationale: d.rationale,
        since: d.date,
        severity: SEVERITY[kind],
      });
    }
    const silent = noHomeLog(facts, asOf);
    if (silent) items.push(silent);
    items.push(...openReferrals(facts));
  }
  return sortAttention(items);
}
