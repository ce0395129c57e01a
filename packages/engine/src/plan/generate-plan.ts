// generatePlan: from one case file to a safe, explainable, phased plan of care. Pure and deterministic.
import type { CaseFile } from '../case-file.ts';
import { weeksBetween } from '../dates.ts';
import { EDUCATION_TOPICS, EXERCISES_BY_ID, type PhaseId } from '../knowledge/index.ts';
import type { Equipment } from '../vocabulary/index.ts';
import type { Decision } from '../decision.ts';
import {
  describeExerciseLimit,
  refersFirst,
  screenCase,
  screeningMovesWithTime,
  type ScreeningResult,
} from '../screening/index.ts';
import { buildContext, withScreening, type PlanContext } from './context.ts';
import { planReferral } from './plan-referral.ts';
import { chooseEducation } from './education.ts';
import { measuresToRepeat, reassessEvery, smartGoals } from './goals.ts';
import { handsOnLimit, type HandsOnLimit } from './hands-on.ts';
import { buildHomeProgram, DEFAULT_HOME_MINUTES } from './home-program.ts';
import {
  DEFAULT_VISITS_PER_WEEK,
  DEFAULT_WEEKS,
  MAINTENANCE_VISITS_PER_WEEK,
  MAINTENANCE_WEEKS,
  PHASE_ORDER,
  PHASES,
  START_PHASE,
  manualShare,
  shareWeeks,
} from './phases.ts';
import {
  byId,
  exercisesForPhase,
  generalActivity,
  techniquesForPhase,
  type RankedExercise,
  type RankedTechnique,
} from './select.ts';
import type { EquipmentNeed, ExerciseItem, Phase, Plan, TreatmentBlock } from './types.ts';
import { buildVisit } from './visit.ts';

export interface PlanOptions {
  /** The plan's start date (ISO yyyy-mm-dd): goal dates count from it. The engine has no clock. */
  asOf: string;
  /** The date the case file describes (its surgeries' "weeks ago"); defaults to `asOf`. */
  caseDate?: string;
}

/** How many of a phase's top exercises the phase lists as its emphasis. */
const PHASE_EXERCISES = 6;
const PHASE_TECHNIQUES = 4;

export function generatePlan(caseFile: CaseFile, options: PlanOptions): Plan {
  const weeksAfterIntake = options.caseDate === undefined ? 0 : weeksBetween(options.caseDate, options.asOf);
  const ctx = buildContext(caseFile, screenCase(caseFile, { weeksLater: weeksAfterIntake }));
  const { screening, irritability } = ctx;
  const referral = planReferral(screening);
  const base = {
    caseId: caseFile.id,
    generatedFor: options.asOf,
    weeksAfterIntake,
    referral,
    irritability,
    restrictions: screening.restrictions,
    exerciseLimits: screening.exerciseLimits,
    notices: screening.notices,
    impairments: ctx.impairments,
  };
  // An urgent or emergency referral comes before any treatment: the plan is the referral alone.
  if (refersFirst(screening)) {
    return {
      ...base,
      excluded: [],
      treatmentBlocks: [],
      phases: [],
      visit: null,
      homeProgram: null,
      education: [],
      goals: [],
      measures: [],
      reassessEverySessions: null,
      equipment: [],
    };
  }

  const start = START_PHASE[irritability.decision];
  const active = PHASE_ORDER.slice(PHASE_ORDER.indexOf(start), PHASE_ORDER.indexOf('load') + 1);
  const totalWeeks = Math.max(caseFile.preferences.weeks ?? DEFAULT_WEEKS[irritability.decision], active.length);
  const visitsPerWeek = caseFile.preferences.visitsPerWeek ?? DEFAULT_VISITS_PER_WEEK;
  const weeks = shareWeeks(active, totalWeeks);

  // Each phase is screened on the date it starts, so healing and pregnancy move on with the calendar.
  const timeline: { id: PhaseId; startWeek: number; weeks: number; visitsPerWeek: number }[] = [];
  let week = 1;
  active.forEach((id, i) => {
    const phaseWeeks = weeks[i] ?? 1;
    timeline.push({ id, startWeek: week, weeks: phaseWeeks, visitsPerWeek });
    week += phaseWeeks;
  });
  timeline.push({
    id: 'maintain',
    startWeek: week,
    weeks: MAINTENANCE_WEEKS,
    visitsPerWeek: MAINTENANCE_VISITS_PER_WEEK,
  });

  const limit = handsOnLimit(ctx);
  let phaseCtx = ctx;
  const moves = screeningMovesWithTime(caseFile);
  let first: PhaseSelection = { techniques: [], exercises: [] };
  const phases: Phase[] = timeline.map((t) => {
    const screening =
      moves && t.startWeek > 1
        ? screenCase(caseFile, { weeksLater: weeksAfterIntake + t.startWeek - 1 })
        : ctx.screening;
    const changed = !sameLimits(screening, phaseCtx.screening);
    if (changed) phaseCtx = withScreening(ctx, screening);
    const techniques = t.id === 'maintain' ? [] : techniquesForPhase(phaseCtx, t.id);
    const prepared = new Set(techniques.slice(0, PHASE_TECHNIQUES).flatMap((x) => x.technique.prepares));
    // Later phases only list their emphasis; the starting phase also fills the visit.
    const selected = {
      techniques,
      exercises: exercisesForPhase(phaseCtx, t.id, { prepared, limit: t.id === start ? undefined : PHASE_EXERCISES }),
    };
    if (t.id === start) first = selected;
    return phaseEntry(t, selected, screening, changed ? limitsChange(t.startWeek, screening) : null, limit);
  });
  const blocks = buildVisit(start, first.techniques, first.exercises, limit);

  const homeRanked = first.exercises.filter((r) => r.atHome);
  const activity = homeRanked.some((r) => r.exercise.category === 'cardio') ? undefined : generalActivity(ctx, start);
  if (activity) homeRanked.push(activity);
  const homeProgram = buildHomeProgram(
    start,
    homeRanked,
    caseFile.preferences.homeMinutesPerDay ?? DEFAULT_HOME_MINUTES,
  );
  const selfMassage = homeProgram.exercises.some((e) => e.category === 'self_massage');
  const education = chooseEducation(caseFile, irritability.decision, ctx.impairmentRegions, selfMassage);
  const every = reassessEvery(visitsPerWeek);

  return {
    ...base,
    excluded: [...ctx.excluded.values()].sort((a, b) => byId(a.kind, b.kind) || byId(a.id, b.id)),
    treatmentBlocks: treatmentBlocks(ctx, first.techniques, first.exercises),
    phases,
    visit: { phase: start, minutes: blocks.reduce((sum, b) => sum + b.minutes, 0), blocks },
    homeProgram,
    education,
    goals: smartGoals(
      caseFile,
      options.asOf,
      ctx.impairments.map((i) => i.id),
    ),
    measures: measuresToRepeat(caseFile, every),
    reassessEverySessions: every,
    equipment: equipmentNeeds(ctx, homeProgram.exercises),
  };
}

interface PhaseSelection {
  techniques: RankedTechnique[];
  exercises: RankedExercise[];
}

/** What a screening restricts, without the words that name the date ("4 weeks ago", "24 weeks"). */
const limitsKey = (s: ScreeningResult): string =>
  JSON.stringify([
    s.restrictions.map((r) => [r.ruleId, r.action, r.categories, r.maxIntensity ?? null, r.regions]),
    s.exerciseLimits.map((l) => [l.ruleId, l.regions, l.maxLoad, l.avoidFeatures, l.avoidPositions, l.avoidCategories]),
  ]);

/** Whether two screenings restrict the same (then a phase keeps its context and reports no change). */
const sameLimits = (a: ScreeningResult, b: ScreeningResult): boolean => a === b || limitsKey(a) === limitsKey(b);

/** The limits a later phase starts under, in words. */
function limitsChange(startWeek: number, screening: ScreeningResult): Decision<'changed'> {
  const limits = screening.exerciseLimits.map((l) => `${describeExerciseLimit(l)}.`);
  return {
    decision: 'changed',
    ruleId: 'plan.phase_limits',
    rationale: `From week ${startWeek} the screening limits change with healing or pregnancy: ${
      limits.length > 0 ? limits.join(' ') : 'no exercise limit is left.'
    }`,
    inputs: {
      startWeek,
      ruleIds: [...new Set([...screening.restrictions, ...screening.exerciseLimits].map((r) => r.ruleId))],
    },
  };
}

function phaseEntry(
  timing: { id: PhaseId; startWeek: number; weeks: number; visitsPerWeek: number },
  selected: PhaseSelection,
  screening: ScreeningResult,
  limitsChange: Decision<'changed'> | null,
  limit: HandsOnLimit | null,
): Phase {
  const { id, startWeek, weeks, visitsPerWeek } = timing;
  const t = PHASES[id];
  const share = manualShare(id, limit?.minutes);
  return {
    id,
    title: t.title,
    startWeek,
    weeks,
    visitsPerWeek,
    manualShare: Math.round(share * 100) / 100,
    intensityCap: t.intensityCap,
    goals: t.goals,
    entryCriteria: t.entryCriteria,
    exitCriteria: t.exitCriteria,
    progressionRules: t.progressionRules,
    techniques: selected.techniques.slice(0, PHASE_TECHNIQUES).map((x) => x.item.technique),
    exercises: selected.exercises.slice(0, PHASE_EXERCISES).map((x) => x.exercise.id),
    exerciseLimits: screening.exerciseLimits,
    limitsChange,
    ruleId: 'plan.phases',
    rationale:
      id === 'maintain'
        ? `After discharge the client keeps a short routine, with a check-in every ${Math.round(1 / MAINTENANCE_VISITS_PER_WEEK)} weeks.`
        : `${t.title} for ${weeks} week${weeks > 1 ? 's' : ''} at ${visitsPerWeek} visit${visitsPerWeek === 1 ? '' : 's'} a week, hands-on work about ${Math.round(share * 100)} % of each visit.`,
  };
}

/** Each impairment paired with the technique that prepares it, the exercise that uses the gain, and the education that explains it. */
function treatmentBlocks(
  ctx: PlanContext,
  techniques: ReturnType<typeof techniquesForPhase>,
  exercises: readonly RankedExercise[],
): TreatmentBlock[] {
  return ctx.impairments.map((finding) => {
    const technique = techniques.find(
      (t) =>
        t.technique.addresses.includes(finding.impairment) &&
        t.technique.regions.some((r) => r === finding.region || ctx.complaintRegions.has(r)),
    );
    const prepared = technique
      ? exercises.find((e) => technique.technique.prepares.includes(e.exercise.id))
      : undefined;
    const exercise = prepared ?? exercises.find((e) => e.exercise.addresses.includes(finding.impairment));
    const education = EDUCATION_TOPICS.find((e) => e.addresses.includes(finding.impairment));
    const parts = [
      technique && `${technique.technique.name} prepares`,
      exercise && `${exercise.exercise.name} trains`,
      education && `"${education.title}" explains`,
    ].filter(Boolean);
    return {
      impairment: finding.impairment,
      region: finding.region,
      technique: technique?.technique.id ?? null,
      exercise: exercise?.exercise.id ?? null,
      education: education?.id ?? null,
      addresses: [finding.id],
      ruleId: 'plan.block_pairing',
      rationale:
        parts.length > 0
          ? `For ${finding.impairment.replaceAll('_', ' ')} at the ${finding.region.replaceAll('_', ' ')}: ${parts.join(', ')}.`
          : `No safe, in-scope item treats ${finding.impairment.replaceAll('_', ' ')} here; the clinician should choose one.`,
    };
  });
}

/** Equipment the home program uses, and whether the client already has it. */
function equipmentNeeds(ctx: PlanContext, home: readonly ExerciseItem[]): EquipmentNeed[] {
  const needs = new Map<Equipment, EquipmentNeed>();
  for (const item of home) {
    for (const equipment of EXERCISES_BY_ID.get(item.exercise)?.equipment ?? []) {
      const need = needs.get(equipment) ?? { equipment, clientHas: ctx.homeEquipment.has(equipment), usedBy: [] };
      need.usedBy.push(item.exercise);
      needs.set(equipment, need);
    }
  }
  return [...needs.values()].sort((a, b) => byId(a.equipment, b.equipment));
}
