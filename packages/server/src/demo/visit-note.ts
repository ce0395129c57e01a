// A demo visit's SOAP note and what was done, written from the plan's visit and the day's log and decisions.
import {
  EXERCISES_BY_ID,
  type CaseFile,
  type Entry,
  type Measure,
  type Plan,
  type ProgressEvent,
} from '@tandem/engine';
import type { PerformedItem, Soap } from '../db/records.ts';

export interface VisitNoteInput {
  caseFile: CaseFile;
  plan: Plan;
  entry: Entry;
  measures: readonly Measure[];
  events: readonly ProgressEvent[];
  first: boolean;
  visitsPerWeek: number;
}

const words = (id: string) => id.replaceAll('_', ' ');
const nameOf = (id: string) => EXERCISES_BY_ID.get(id)?.name ?? words(id);
const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

const RESPONSES = [
  'eased; moved more freely afterwards',
  'tender at first, settled within the session',
  'comfortable throughout',
  'less guarding by the end',
];

function performed(input: VisitNoteInput, flaring: boolean): PerformedItem[] {
  const logs = new Map(input.entry.exercises.map((l) => [l.exercise, l]));
  return (input.plan.visit?.blocks ?? [])
    .flatMap((block) => block.items)
    .map((item, i): PerformedItem => {
      if (item.kind === 'technique') {
        return {
          kind: 'technique',
          itemId: item.technique,
          region: item.regions[0] ?? null,
          minutes: item.minutes,
          intensity: flaring ? 'gentle' : item.intensity,
          response: RESPONSES[(i + input.entry.date.length) % RESPONSES.length] ?? null,
          dose: null,
          pain: null,
        };
      }
      const d = item.dosage;
      const unit =
        d.reps !== undefined
          ? { reps: d.reps }
          : d.holdSeconds !== undefined
            ? { holdSeconds: d.holdSeconds }
            : { minutes: d.minutes ?? 1 };
      const log = logs.get(item.exercise);
      return {
        kind: 'exercise',
        itemId: item.exercise,
        region: item.regions[0] ?? null,
        minutes: item.minutes,
        intensity: null,
        response: null,
        dose: log?.done ?? { sets: d.sets, ...unit },
        pain: log?.painDuring ?? null,
      };
    });
}

export function visitNote(input: VisitNoteInput): { soap: Soap; performed: PerformedItem[] } {
  const { caseFile: c, entry, events } = input;
  const flaring = events.some((e) => e.decision === 'setback') || (entry.painAtRest ?? 0) >= c.pain.nprs.current + 2;
  const subjective = input.first
    ? `First visit. ${list(c.complaint.regions.map(words))} pain for ${c.complaint.durationWeeks ?? 'some'} weeks, ${c.pain.nprs.current}/10 today; worse with ${list(c.complaint.aggravating.map(words)) || 'activity'}.`
    : `Pain at rest ${entry.painAtRest ?? '-'}/10, sleep ${entry.sleep ?? '-'}/10, tiredness ${entry.fatigue ?? '-'}/10.${entry.note ? ` "${entry.note}"` : ''}`;
  const objective =
    input.measures.length > 0
      ? `Re-assessed: ${input.measures.map((m) => `${m.measure} ${m.value}`).join(', ')}.`
      : flaring
        ? 'Irritable today: hands-on work kept gentle, exercises eased back.'
        : 'Home exercises checked: performed with good control.';
  const exercise = events.filter((e) => e.scope === 'exercise');
  const count = (d: string) => exercise.filter((e) => e.decision === d).length;
  const assessment = flaring
    ? 'Flare-up after doing too much: not a new injury. Program restarted at a lower dose to build back.'
    : input.first
      ? `Irritability ${input.plan.irritability.decision}; starting with the plan's first phase.`
      : exercise.length > 0
        ? `Responding to the plan: ${count('progress')} exercise(s) progressed, ${count('hold')} held, ${count('regress')} eased back.`
        : 'Responding to the plan, within pain limits.';
  const changes = exercise
    .filter((e) => e.change !== null)
    .map((e) => `${nameOf(e.exercise)} (${e.change ?? ''})`)
    .slice(0, 3);
  const days = Math.round(7 / input.visitsPerWeek);
  const plan = `${changes.length > 0 ? `Home program updated: ${changes.join('; ')}. ` : 'Continue the home program as set. '}Next visit in about ${days} days.`;
  return { soap: { subjective, objective, assessment, plan }, performed: performed(input, flaring) };
}
