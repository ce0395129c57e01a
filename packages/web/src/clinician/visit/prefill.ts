// The visit note's starting point, built from the plan's visit template and the home program in force: each
// technique with its minutes and pressure, each exercise with its prescribed dose; and the body the API takes.
import { TECHNIQUES_BY_ID, unitOf, type Intensity, type Plan, type Region, type VisitBlockKind } from '@tandem/engine';
import type { Body } from '../../api/types.ts';
import type { Program, ProgramItem } from '../plan/queries.ts';

export interface TechniqueRow {
  key: string;
  include: boolean;
  technique: string;
  name: string;
  regions: Region[];
  region: Region;
  minutes: number;
  intensity: Intensity;
  response: string;
}

export type ExerciseStatus = 'as_prescribed' | 'changed' | 'not_done';

export interface ExerciseRow {
  key: string;
  include: boolean;
  exercise: string;
  name: string;
  block: VisitBlockKind | 'home';
  /** The home program's dose; null when the exercise is not in the program (done in the clinic only). */
  prescribed: ProgramItem | null;
  status: ExerciseStatus;
  sets: number;
  amount: number;
  painDuring: number | null;
  effort: number | null;
}

export interface VisitDraft {
  date: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  painAtRest: number | null;
  sleep: number | null;
  fatigue: number | null;
  techniques: TechniqueRow[];
  exercises: ExerciseRow[];
}

/** `currentPhase`: the phase progression says the client is in (the plan's visit template's when unknown). */
export function prefill(plan: Plan, program: Program, date: string, currentPhase: string | null): VisitDraft {
  const blocks = plan.visit?.blocks ?? [];
  const inProgram = new Map(program.exercises.map((p) => [p.exercise, p]));
  const techniques: TechniqueRow[] = [];
  const exercises: ExerciseRow[] = [];
  for (const block of blocks) {
    block.items.forEach((item, i) => {
      if (item.kind === 'technique') {
        const known = TECHNIQUES_BY_ID.get(item.technique);
        const regions = known
          ? known.regions.filter((r) => item.regions.length === 0 || item.regions.includes(r))
          : item.regions;
        const usable = regions.length > 0 ? regions : (known?.regions ?? item.regions);
        techniques.push({
          key: `${block.kind}-${String(i)}`,
          include: true,
          technique: item.technique,
          name: item.name,
          regions: usable,
          region: usable[0] ?? 'widespread',
          minutes: Math.max(1, Math.round(item.minutes)),
          intensity: item.intensity,
          response: '',
        });
      } else if (!exercises.some((e) => e.exercise === item.exercise)) {
        const prescribed = inProgram.get(item.exercise) ?? null;
        const dose = prescribed ?? item.dosage;
        exercises.push({
          key: `${block.kind}-${item.exercise}`,
          include: true,
          exercise: item.exercise,
          name: item.name,
          block: block.kind,
          prescribed,
          status: 'as_prescribed',
          sets: dose.sets,
          amount: dose[unitOf(dose)] ?? 1,
          painDuring: null,
          effort: null,
        });
      }
    });
  }
  for (const p of program.exercises) {
    if (exercises.some((e) => e.exercise === p.exercise)) continue;
    exercises.push({
      key: `home-${p.exercise}`,
      include: false,
      exercise: p.exercise,
      name: p.name,
      block: 'home',
      prescribed: p,
      status: 'as_prescribed',
      sets: p.sets,
      amount: p[unitOf(p)] ?? 1,
      painDuring: null,
      effort: null,
    });
  }
  const phase = plan.phases.find((p) => p.id === (currentPhase ?? plan.visit?.phase));
  return {
    date,
    subjective: '',
    objective: '',
    assessment: '',
    plan: phase
      ? `Continue the ${phase.title.toLowerCase()} phase (${String(phase.visitsPerWeek)} visits a week) and the home program as prescribed.`
      : '',
    painAtRest: null,
    sleep: null,
    fatigue: null,
    techniques,
    exercises,
  };
}

type NewVisit = Body<'/api/v1/episodes/{id}/visits', 'post'>;

/** The API body, and for each technique and exercise sent, the row it came from (to place the server's problems). */
export function toBody(draft: VisitDraft): { body: NewVisit; techniqueKeys: string[]; exerciseKeys: string[] } {
  const techniques = draft.techniques.filter((t) => t.include);
  const logged = draft.exercises.filter((e) => e.include && e.prescribed !== null);
  const clinicOnly = draft.exercises.filter((e) => e.include && e.prescribed === null);
  const clinicLine =
    clinicOnly.length > 0
      ? `In-clinic exercises: ${clinicOnly.map((e) => `${e.name} ${String(e.sets)} × ${String(e.amount)}`).join('; ')}.`
      : '';
  const body: NewVisit = {
    date: draft.date,
    soap: {
      subjective: draft.subjective,
      objective: [draft.objective, clinicLine].filter((s) => s !== '').join('\n'),
      assessment: draft.assessment,
      plan: draft.plan,
    },
    techniques: techniques.map((t) => ({
      technique: t.technique,
      region: t.region,
      minutes: t.minutes,
      intensity: t.intensity,
      ...(t.response.trim() !== '' && { response: t.response.trim() }),
    })),
    exercises: logged.map((e) => {
      const p = e.prescribed;
      if (!p || e.status === 'not_done') return { exercise: e.exercise, done: null };
      const unit = unitOf(p);
      const done =
        e.status === 'as_prescribed' ? { sets: p.sets, [unit]: p[unit] } : { sets: e.sets, [unit]: e.amount };
      return {
        exercise: e.exercise,
        done,
        ...(e.painDuring !== null && { painDuring: e.painDuring }),
        ...(e.effort !== null && { effort: e.effort }),
      };
    }),
    ...(draft.painAtRest !== null && { painAtRest: draft.painAtRest }),
    ...(draft.sleep !== null && { sleep: draft.sleep }),
    ...(draft.fatigue !== null && { fatigue: draft.fatigue }),
  };
  return { body, techniqueKeys: techniques.map((t) => t.key), exerciseKeys: logged.map((e) => e.key) };
}

/** The server's problems by row key (techniques[i] / exercises[i] of the body sent), the rest by field. */
export function problemsByRow(
  problems: readonly { field: string; message: string }[],
  sent: { techniqueKeys: string[]; exerciseKeys: string[] },
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const m = /(techniques|exercises)\[(\d+)\]/.exec(p.field);
    const list = m?.[1] === 'techniques' ? sent.techniqueKeys : sent.exerciseKeys;
    const key = (m ? list[Number(m[2])] : undefined) ?? p.field.replace(/^body\./, '');
    out.set(key, [...(out.get(key) ?? []), p.message]);
  }
  return out;
}
