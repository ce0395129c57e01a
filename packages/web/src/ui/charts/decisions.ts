// The engine's decisions in the clinic's words: a label and a tone for each kind, and timeline entries that keep the
// rule id and the rationale the API returns.
import { EXERCISES_BY_ID } from '@tandem/engine';
import type { Tone, TimelineEntry } from './DecisionTimeline.tsx';

export const DECISION_LABELS: Readonly<Record<string, { label: string; tone: Tone }>> = {
  progress: { label: 'Progressed', tone: 'good' },
  hold: { label: 'Held', tone: 'neutral' },
  regress: { label: 'Eased back', tone: 'warning' },
  setback: { label: 'Setback', tone: 'danger' },
  fatigue: { label: 'Deload week', tone: 'warning' },
  plateau: { label: 'Plateau', tone: 'warning' },
  phase_ready: { label: 'Ready for the next phase', tone: 'good' },
  reassess_due: { label: 'Re-assessment due', tone: 'attention' },
  discharge_ready: { label: 'Ready for discharge', tone: 'good' },
  adherence_low: { label: 'Home program often missed', tone: 'warning' },
  no_home_log: { label: 'No home log', tone: 'warning' },
  urgent_referral: { label: 'Urgent referral', tone: 'danger' },
};

export const decisionLabel = (decision: string): { label: string; tone: Tone } =>
  DECISION_LABELS[decision] ?? { label: decision.replace(/_/g, ' '), tone: 'neutral' };

export const exerciseName = (id: string): string => EXERCISES_BY_ID.get(id)?.name ?? id.replace(/_/g, ' ');

/** A decision as the API returns it (progress, home-log and visit responses). */
export interface ApiDecision {
  date: string;
  scope: 'exercise' | 'episode';
  exercise: string | null;
  decision: string;
  ruleId: string;
  rationale: string;
  action: Record<string, unknown> | null;
}

/** What changed in the dose ("hold (s) 5 → 10"), when the decision changed it. */
export function doseChange(d: ApiDecision): string | null {
  const change = d.action?.change;
  return typeof change === 'string' && change !== '' ? change : null;
}

/** Whether a decision changed something: every episode decision, and exercise decisions that moved the dose. */
export const isChange = (d: ApiDecision): boolean =>
  d.scope === 'episode' || d.decision !== 'hold' || doseChange(d) !== null;

/** An episode decision's suggested next steps (review, adherence talk). */
function suggestionsOf(d: ApiDecision): string[] | undefined {
  const s = d.action?.suggestions;
  return Array.isArray(s) ? s.filter((x): x is string => typeof x === 'string') : undefined;
}

export function decisionEntry(d: ApiDecision, index: number): TimelineEntry {
  const { label, tone } = decisionLabel(d.decision);
  const change = doseChange(d);
  return {
    key: `${d.date}-${String(index)}`,
    date: d.date,
    title: d.exercise === null ? label : exerciseName(d.exercise),
    badge: { label: d.exercise === null ? 'Episode' : change === null ? label : `${label}: ${change}`, tone },
    rationale: d.rationale,
    ruleId: d.ruleId,
    suggestions: suggestionsOf(d),
  };
}
