// What plan generation knows about one case: screening, irritability, impairments, scope, equipment, exclusions.
import type { CaseFile } from '../case-file.ts';
import type { Decision } from '../decision.ts';
import {
  FALL_RISK_EXERCISES,
  FINDING_EXERCISES,
  POST_OPERATIVE_EXERCISES,
  STRUCTURE_EXERCISES,
} from '../knowledge/finding-exercises.ts';
import { EXERCISES } from '../knowledge/index.ts';
import type { IrritabilityLevel } from '../knowledge/schema.ts';
import { classifyIrritability } from '../reasoning/irritability.ts';
import { inferImpairments, type ImpairmentFinding } from '../reasoning/impairments.ts';
import {
  SURGERY_HEALING_WEEKS,
  fallRiskReasons,
  screenCase,
  type checkTechnique,
  type ScreeningResult,
} from '../screening/index.ts';
import {
  ALWAYS_AVAILABLE,
  IMPAIRMENTS,
  PRACTITIONER_SCOPES,
  REGIONS,
  type Equipment,
  type Impairment,
  type PractitionerScope,
  type Region,
  type Structure,
} from '../vocabulary/index.ts';
import type { Excluded } from './types.ts';

export interface ExerciseFit {
  treats: Impairment[];
  /** Screening's verdict, worked out the first time the exercise is a candidate (undefined until then). */
  safe: boolean | undefined;
  atHome: boolean;
  regionMatch: boolean;
}

/** What about a technique does not depend on the phase: worked out once per plan, by index in TECHNIQUES. */
export interface TechniqueFit {
  treats: Impairment[];
  /** false: out of scope or restricted (already recorded in `excluded`). */
  usable: boolean;
  check: ReturnType<typeof checkTechnique>;
  structureMatch: boolean;
  regionMatch: boolean;
}

export interface PlanContext {
  caseFile: CaseFile;
  screening: ScreeningResult;
  irritability: Decision<IrritabilityLevel>;
  impairments: ImpairmentFinding[];
  /** Impairment → regions where it was found. */
  impairmentRegions: Map<Impairment, Set<Region>>;
  complaintRegions: Set<Region>;
  /** The same as bit masks (bit = index in REGIONS.ids / IMPAIRMENTS.ids), for the hot matching loops. */
  complaintMask: number;
  impairmentRegionMask: Int32Array;
  palpated: Set<Structure>;
  scope: ReadonlySet<PractitionerScope>;
  homeEquipment: ReadonlySet<Equipment>;
  /** Preference weight from the case's specific findings (knowledge/finding-exercises.ts), by index in EXERCISES. */
  preferredExercises: Float64Array;
  /** Per-plan cache of phase-independent exercise facts (select.ts), by index in EXERCISES. */
  exerciseFit: (ExerciseFit | undefined)[];
  /** Per-plan cache of phase-independent technique facts (select.ts), by index in TECHNIQUES. */
  techniqueFit: (TechniqueFit | undefined)[];
  /** Items left out, by kind:id, first reason kept. */
  excluded: Map<string, Excluded>;
}

/** The context for a case, screened at intake unless another screening (a later date's) is given. */
export function buildContext(caseFile: CaseFile, screening: ScreeningResult = screenCase(caseFile)): PlanContext {
  const impairments = inferImpairments(caseFile);
  const impairmentRegions = new Map<Impairment, Set<Region>>();
  for (const i of impairments) {
    const regions = impairmentRegions.get(i.impairment) ?? new Set<Region>();
    regions.add(i.region);
    impairmentRegions.set(i.impairment, regions);
  }
  const complaintRegions = new Set([...caseFile.complaint.regions, ...caseFile.pain.map.map((m) => m.region)]);
  const impairmentRegionMask = new Int32Array(IMPAIRMENTS.ids.length);
  for (const [impairment, regions] of impairmentRegions)
    impairmentRegionMask[IMPAIRMENT_BIT.get(impairment) ?? 0] = regionMask([...regions]);
  return {
    caseFile,
    screening,
    irritability: classifyIrritability(caseFile),
    impairments,
    impairmentRegions,
    complaintRegions,
    complaintMask: regionMask([...complaintRegions]),
    impairmentRegionMask,
    palpated: new Set(caseFile.findings.palpation.map((p) => p.structure)),
    // No practitioner in the case: every scope is open (the clinician narrows it).
    scope: new Set(caseFile.practitioner?.scope ?? PRACTITIONER_SCOPES.ids),
    homeEquipment: new Set([...caseFile.equipment, ...ALWAYS_AVAILABLE]),
    preferredExercises: preferences(caseFile),
    exerciseFit: new Array<ExerciseFit | undefined>(EXERCISES.length),
    techniqueFit: [],
    excluded: new Map(),
  };
}

/** The same case under another screening (a later phase's date): the screening-dependent caches start empty. */
export const withScreening = (ctx: PlanContext, screening: ScreeningResult): PlanContext => ({
  ...ctx,
  screening,
  exerciseFit: new Array<ExerciseFit | undefined>(EXERCISES.length),
  techniqueFit: [],
  excluded: new Map(),
});

const REGION_BIT = new Map(REGIONS.ids.map((r, i) => [r, i]));
const IMPAIRMENT_BIT = new Map(IMPAIRMENTS.ids.map((r, i) => [r, i]));

/** Bit mask of regions (24 regions fit in 32 bits). */
export const regionMask = (regions: readonly Region[]): number =>
  regions.reduce((m, r) => m | (1 << (REGION_BIT.get(r) ?? 0)), 0);
/** Bit mask of impairments. */
export const impairmentMask = (impairments: readonly Impairment[]): number =>
  impairments.reduce((m, i) => m | (1 << (IMPAIRMENT_BIT.get(i) ?? 0)), 0);

/**
 * Impairments (present in the case) that an item addressing `addresses` in `regions` treats: present in one of the
 * item's regions, or the item works in a complaint region. Bit masks, because this runs for every item of every plan.
 */
export function treatedMask(ctx: PlanContext, addressesMask: number, regionsMask: number): number {
  const inComplaint = (ctx.complaintMask & regionsMask) !== 0;
  let out = 0;
  for (let bit = 0; bit < ctx.impairmentRegionMask.length; bit++) {
    if ((addressesMask & (1 << bit)) === 0) continue;
    const where = ctx.impairmentRegionMask[bit] ?? 0;
    if (where !== 0 && (inComplaint || (where & regionsMask) !== 0)) out |= 1 << bit;
  }
  return out;
}

/** The impairments in a mask, in vocabulary order. */
export const impairmentsOf = (mask: number): Impairment[] =>
  IMPAIRMENTS.ids.filter((_, bit) => (mask & (1 << bit)) !== 0);

/** The ids of the impairment findings (impairment@region) an item treats, for `addresses`. */
export function impairmentIds(
  ctx: PlanContext,
  impairments: readonly Impairment[],
  regions: readonly Region[],
): string[] {
  const ids: string[] = [];
  for (const f of ctx.impairments) {
    if (!impairments.includes(f.impairment)) continue;
    if (
      regions.includes(f.region) ||
      ctx.complaintRegions.has(f.region) ||
      regions.some((r) => ctx.complaintRegions.has(r))
    )
      ids.push(f.id);
  }
  return ids;
}

/**
 * Early post-operative staples weigh most, then fall-risk staples (both outrank any match by region or impairment, so
 * they lead the plan), movement findings, posture, then palpated structures; earlier in a list weighs more.
 */
function preferences(caseFile: CaseFile): Float64Array {
  const prefs = new Float64Array(EXERCISES.length);
  const add = (ids: readonly string[] | undefined, weight: number) => {
    ids?.forEach((id, i) => {
      const index = EXERCISE_INDEX.get(id);
      if (index !== undefined) prefs[index] = Math.max(prefs[index] ?? 0, weight - i * 0.1);
    });
  };
  const { findings } = caseFile;
  for (const s of caseFile.history.surgeries)
    if (s.weeksAgo < SURGERY_HEALING_WEEKS) add(POST_OPERATIVE_EXERCISES[s.region], 21);
  if (fallRiskReasons(caseFile).length > 0) add(FALL_RISK_EXERCISES, 20);
  for (const f of findings.movement) add(FINDING_EXERCISES[f], 10);
  for (const f of findings.posture) add(FINDING_EXERCISES[f], 5);
  for (const p of findings.palpation) add(STRUCTURE_EXERCISES[p.structure], 4);
  return prefs;
}

/** Index in EXERCISES by id. */
export const EXERCISE_INDEX: ReadonlyMap<string, number> = new Map(EXERCISES.map((e, i) => [e.id, i]));
