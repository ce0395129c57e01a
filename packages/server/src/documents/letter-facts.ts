// What a letter to another professional says about the care, from stored records: why the client came, what was
// found at intake, what was done, how the client responded, and what changed. Pure: records in, lines out.
import {
  ACTIVITIES,
  EDUCATION_BY_ID,
  EXERCISES_BY_ID,
  MOVEMENT_FINDINGS,
  ONSETS,
  PALPATION_FINDINGS,
  POSTURE_FINDINGS,
  REGIONS,
  SIDES,
  STRUCTURES,
  TECHNIQUES_BY_ID,
  ZInstrumentId,
  classifyIrritability,
  isMeaningfulChange,
  romNorm,
  type CaseFile,
  type Prescription,
} from '@tandem/engine';
import type { EducationAssignment, MeasureScore, Visit } from '../db/records.ts';
import { doseLine } from './home-program-pdf.ts';
import { measureLabel, measureValue } from './measure-label.ts';

/** "a, b and c". */
export const listed = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
const lower = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);
const side = (s: string | undefined): string =>
  s !== undefined && SIDES.has(s) ? ` (${lower(SIDES.entries[s].label)})` : '';
/** At most this many items of one kind in a letter: a letter is read, not searched. */
const MAX_ITEMS = 6;
const MAX_TOPICS = 4;

/** "Lower back and buttock pain (left) for 12 weeks, gradual onset; worse with …, eased by …. Pain now 6/10, at worst 8/10." */
export function reasonForCare(c: CaseFile): string {
  const regions = c.complaint.regions.map((r) => REGIONS.entries[r].label);
  const where = `${listed([regions[0] ?? '', ...regions.slice(1).map(lower)])} pain${side(c.complaint.side)}`;
  const since =
    c.complaint.durationWeeks === undefined
      ? ''
      : ` for ${c.complaint.durationWeeks} week${c.complaint.durationWeeks === 1 ? '' : 's'}`;
  const onset = c.complaint.onset === undefined ? '' : `, ${lower(ONSETS.entries[c.complaint.onset].label)} onset`;
  const worse =
    c.complaint.aggravating.length === 0
      ? ''
      : `; worse with ${listed(c.complaint.aggravating.map((a) => lower(ACTIVITIES.entries[a].label)))}`;
  const eased =
    c.complaint.easing.length === 0
      ? ''
      : `${worse === '' ? ';' : ','} eased by ${listed(c.complaint.easing.map((a) => lower(ACTIVITIES.entries[a].label)))}`;
  const { current, worst } = c.pain.nprs;
  return `${where}${since}${onset}${worse}${eased}. Pain at intake ${current}/10${worst === undefined ? '' : `, at worst ${worst}/10`}.`;
}

/** The intake's findings: irritability, posture, movement, palpation, range, strength, functional tests and the scores. */
export function intakeFindings(c: CaseFile, baseline: readonly MeasureScore[]): string[] {
  const f = c.findings;
  const lines = [classifyIrritability(c).rationale.replace(/, so the plan .*$/, '.')];
  if (f.posture.length > 0)
    lines.push(`Posture: ${listed(f.posture.map((p) => lower(POSTURE_FINDINGS.entries[p].label)))}.`);
  if (f.movement.length > 0)
    lines.push(`Movement: ${listed(f.movement.map((m) => lower(MOVEMENT_FINDINGS.entries[m].label)))}.`);
  if (f.palpation.length > 0) {
    lines.push(
      `Palpation: ${f.palpation
        .slice(0, MAX_ITEMS)
        .map(
          (p) =>
            `${lower(PALPATION_FINDINGS.entries[p.finding].label)} at ${lower(STRUCTURES.entries[p.structure].label)}${side(p.side)}`,
        )
        .join('; ')}.`,
    );
  }
  if (f.rom.length > 0) {
    lines.push(
      `Range of motion: ${f.rom
        .slice(0, MAX_ITEMS)
        .map(
          (r) =>
            `${lower(measureLabel(`rom:${r.joint}:${r.motion}`).name)}${side(r.side)} ${r.degrees}° (typical ${romNorm(r.joint, r.motion) ?? '?'}°)`,
        )
        .join('; ')}.`,
    );
  }
  if (f.strength.length > 0)
    lines.push(
      `Strength: ${f.strength
        .slice(0, MAX_ITEMS)
        .map((s) => `${lower(STRUCTURES.entries[s.muscle].label)}${side(s.side)} ${s.grade}/5`)
        .join('; ')}.`,
    );
  if (f.functional.length > 0) {
    lines.push(
      `Functional tests: ${f.functional
        .slice(0, MAX_ITEMS)
        .map(
          (t) =>
            `${lower(measureLabel(`functional:${t.test}`).name)}${side(t.side)} ${t.value} ${measureLabel(`functional:${t.test}`).unit}`,
        )
        .join('; ')}.`,
    );
  }
  const scores = baseline.filter((m) => ZInstrumentId.safeParse(m.measure).success);
  if (scores.length > 0)
    lines.push(
      `Scores: ${scores.map((m) => `${measureLabel(m.measure).name} ${measureValue(m.measure, m.value)}`).join('; ')}.`,
    );
  return lines;
}

/** Visits with the hands-on work most often used, the home exercises, and the education given. */
export function treatmentGiven(
  visits: readonly Visit[],
  program: readonly Prescription[],
  education: readonly EducationAssignment[],
): string[] {
  const lines: string[] = [];
  const first = visits[0];
  const last = visits.at(-1);
  if (first && last)
    lines.push(`${visits.length} visit${visits.length === 1 ? '' : 's'} from ${first.date} to ${last.date}.`);
  const techniques = new Map<string, { visits: Set<string>; intensities: Set<string> }>();
  for (const v of visits) {
    for (const item of v.performed.filter((p) => p.kind === 'technique')) {
      const seen = techniques.get(item.itemId) ?? { visits: new Set(), intensities: new Set() };
      seen.visits.add(v.id);
      if (item.intensity !== null) seen.intensities.add(item.intensity);
      techniques.set(item.itemId, seen);
    }
  }
  const often = [...techniques].sort((a, b) => b[1].visits.size - a[1].visits.size).slice(0, MAX_ITEMS);
  if (often.length > 0) {
    lines.push(
      `Hands-on: ${often.map(([id, t]) => `${lower(TECHNIQUES_BY_ID.get(id)?.name ?? id)} (${t.visits.size} visit${t.visits.size === 1 ? '' : 's'}, ${listed([...t.intensities])})`).join('; ')}.`,
    );
  }
  if (program.length > 0)
    lines.push(
      `Home exercises: ${program.map((p) => `${EXERCISES_BY_ID.get(p.exercise)?.name ?? p.exercise}: ${doseLine(p)}`).join('; ')}.`,
    );
  const topics = education.flatMap((e) => EDUCATION_BY_ID.get(e.topic)?.title ?? []).map(lower);
  if (topics.length > 0) {
    const more = topics.length - MAX_TOPICS;
    lines.push(
      `Education: ${more > 0 ? `${topics.slice(0, MAX_TOPICS).join('; ')} and ${more} more topic${more === 1 ? '' : 's'}` : listed(topics)}.`,
    );
  }
  return lines;
}

/** An episode decision as a letter mentions it. */
export interface EpisodeEvent {
  date: string;
  decision: string;
  rationale: string;
}

const EVENT_WORDS: Readonly<Record<string, string>> = {
  setback: 'flare-up',
  fatigue: 'deload week for fatigue',
  plateau: 'plateau',
  adherence_low: 'home program done less often',
};

/** The latest visit's assessment, how the client took the hands-on work then, and flare-ups, plateaus and deloads. */
export function clientResponse(visits: readonly Visit[], events: readonly EpisodeEvent[]): string[] {
  const lines: string[] = [];
  const last = visits.at(-1);
  if (last && last.soap.assessment.trim() !== '')
    lines.push(`At the latest visit (${last.date}): ${last.soap.assessment.trim()}`);
  for (const item of (last?.performed ?? []).filter((p) => p.kind === 'technique' && p.response !== null).slice(0, 3)) {
    lines.push(`${TECHNIQUES_BY_ID.get(item.itemId)?.name ?? item.itemId}: ${item.response ?? ''}.`);
  }
  for (const e of events.filter((x) => x.decision in EVENT_WORDS).slice(-4))
    lines.push(`${e.date}, ${EVENT_WORDS[e.decision] ?? e.decision}: ${e.rationale}`);
  return lines;
}

/** First and latest score of each measure taken at least twice, with whether the change matters. */
export function outcomeChanges(measures: readonly MeasureScore[]): string[] {
  const byKey = new Map<string, MeasureScore[]>();
  for (const m of measures) byKey.set(m.measure, [...(byKey.get(m.measure) ?? []), m]);
  return [...byKey].flatMap(([key, scores]) => {
    const first = scores[0];
    const last = scores.at(-1);
    if (!first || !last || scores.length < 2) return [];
    const id = ZInstrumentId.safeParse(key);
    const verdict = id.success ? isMeaningfulChange(id.data, first.value, last.value).decision : null;
    const words =
      verdict === null
        ? ''
        : verdict === 'improved'
          ? ': a meaningful improvement'
          : verdict === 'worsened'
            ? ': a meaningful worsening'
            : ': no meaningful change yet';
    return [
      `${measureLabel(key).name} ${measureValue(key, first.value)} (${first.date}) → ${measureValue(key, last.value)} (${last.date})${words}.`,
    ];
  });
}

/** Each goal with where it stands. */
export function goalLines(
  goals: readonly {
    measure: string;
    description: string | null;
    target: number;
    date: string;
    latest: number | null;
    status: string;
  }[],
): string[] {
  const status: Readonly<Record<string, string>> = {
    met: 'met',
    on_track: 'on track',
    behind: 'behind',
    overdue: 'not met by its date',
    no_data: 'not scored since it was set',
  };
  // A plan's goal description already says the target and date ("… from 49 to 65 by 2026-12-07.").
  return goals.map(
    (g) =>
      `Goal: ${g.description?.replace(/\.$/, '') ?? `${measureLabel(g.measure).name} to ${measureValue(g.measure, g.target)} by ${g.date}`}: ${status[g.status] ?? g.status}${g.latest === null ? '' : `, latest ${measureValue(g.measure, g.latest)}`}.`,
  );
}
