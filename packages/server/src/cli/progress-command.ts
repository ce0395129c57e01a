// `tandem progress HISTORY.json [--json] [--as-of DATE]`: replays a history and prints every progression decision.
import {
  describePrescription,
  describeProblems,
  EXERCISES_BY_ID,
  parseHistory,
  PHASES,
  progress,
  type EpisodeDecision,
  type ExerciseDecision,
  type History,
  type ProgressReport,
} from '@tandem/engine';
import { CliError } from './cli-error.ts';
import { parseJson, readText, toJson } from './io.ts';

export function readHistory(file: string, stdin: () => string): History {
  const parsed = parseHistory(parseJson(readText(file, stdin), file === '-' ? 'standard input' : file));
  if (!parsed.ok) throw new CliError(`${file}: ${describeProblems(parsed.problems)}`);
  return parsed.value;
}

const nameOf = (id: string) => EXERCISES_BY_ID.get(id)?.name ?? id;
const label = (kind: string) => kind.replaceAll('_', ' ').toUpperCase();

function episodeLines(e: EpisodeDecision): string[] {
  const lines = [`  ${e.date}  ${label(e.decision)}: ${e.rationale} [${e.ruleId}]`];
  const a = e.action;
  switch (a.kind) {
    case 'restart':
      lines.push(
        `      restart from "${PHASES[a.phase].title}"; clinician check-in by ${a.checkInBy}; share the flare-up plan`,
      );
      break;
    case 'deload':
      lines.push(`      lighter week until ${a.until}: ${a.prescription.map(describePrescription).join(' | ')}`);
      break;
    case 'review':
      lines.push(
        ...a.suggestions.map((s) => `      - ${s}`),
        ...a.alternatives.map((x) => `      - swap ${nameOf(x.replace)} for ${x.name}`),
      );
      break;
    case 'advance':
      lines.push(`      next: "${PHASES[a.to].title}"`);
      break;
    case 'reassess':
      lines.push(`      measure: ${a.measures.join(', ') || 'the goal measures'}`);
      break;
    case 'discharge':
      lines.push(
        ...a.maintenance.exercises.map((p) => `      maintain: ${describePrescription(p)}`),
        `      check-ins: ${a.maintenance.checkIns.join(', ')}`,
      );
      break;
    case 'talk':
      lines.push(...a.suggestions.map((s) => `      - ${s}`));
      break;
  }
  return lines;
}

const exerciseLine = (e: ExerciseDecision): string =>
  `  ${e.date}  ${nameOf(e.exercise)}: ${e.decision.toUpperCase()}${e.change ? ` (${e.change})` : ''}: ${e.rationale} [${e.ruleId}]`;

export function progressText(r: ProgressReport): string {
  const lines = [`Progress${r.client ? ` for ${r.client}` : ''} as of ${r.asOf}: ${PHASES[r.phase].title}`];
  const a = r.adherence;
  if (a.ratio !== null)
    lines.push(
      `Adherence ${a.from} to ${a.to}: ${a.done} of ${a.prescribed} prescribed sessions done (${Math.round(a.ratio * 100)} %)`,
    );
  if (r.flare) lines.push(`FLARE since ${r.flare.since}: no dose rises until it settles`);
  if (r.deload) lines.push(`DELOAD until ${r.deload.until}: follow the lighter doses below`);
  const episodes = r.events.filter((e): e is EpisodeDecision => e.scope === 'episode');
  lines.push('', 'Episode decisions:', ...(episodes.length > 0 ? episodes.flatMap(episodeLines) : ['  none']));
  const exercises = r.events.filter((e): e is ExerciseDecision => e.scope === 'exercise');
  lines.push(
    '',
    'Exercise decisions:',
    ...(exercises.length > 0 ? exercises.map(exerciseLine) : ['  none logged yet']),
  );
  lines.push(
    '',
    'Prescription now:',
    ...(r.deload?.prescription ?? r.prescription).map((p) => `  • ${describePrescription(p)}`),
  );
  if (r.goals.length > 0) {
    lines.push('', 'Goals:');
    for (const g of r.goals)
      lines.push(
        `  • ${g.description ?? `${g.measure} from ${g.baseline} to ${g.target}`} by ${g.date}: ${g.rationale}`,
      );
  }
  if (r.phaseExit) {
    lines.push('', `Exit criteria of "${PHASES[r.phase].title}":`);
    for (const c of r.phaseExit) lines.push(`  [${c.met ? 'x' : ' '}] ${c.text}: ${c.detail}`);
  }
  return lines.join('\n');
}

export function progressOutput(file: string, json: boolean, asOf: string | undefined, stdin: () => string): string {
  const result = progress(readHistory(file, stdin), asOf === undefined ? {} : { asOf });
  if (!result.ok) throw new CliError(`${file}: ${describeProblems(result.problems)}`);
  return json ? toJson(result.value) : progressText(result.value);
}
