// Restriction, exercise-limit and notice templates: the data a rule row holds, and how it becomes a result for one case.
import { z } from 'zod';
import { formatPath } from '../case-file.ts';
import {
  BODY_POSITIONS,
  EXERCISE_CATEGORIES,
  INTENSITIES,
  LOAD_FEATURES,
  LOAD_LEVELS,
  REGIONS,
  TECHNIQUE_CATEGORIES,
  regionAndNeighbours,
  type Region,
} from '../vocabulary/index.ts';
import type { CaseFacts } from './facts.ts';
import type { ExerciseLimit, Notice, Restriction } from './types.ts';

/**
 * Where a template applies, resolved against the case:
 * - `everywhere`: every region (restriction regions = null);
 * - `complaint`: the complaint and pain-map regions;
 * - `site` / `site_and_neighbours`: the region that triggered the row (a surgery), alone or with its neighbours;
 *   for rows without a site this falls back to the complaint regions;
 * - `{ regions }`: a fixed list;
 * - `{ surgerySitesWithin }`: the recorded surgery regions inside the list, or the whole list when none is recorded.
 */
export const ZRegionScope = z.union(
  [
    z.enum(['everywhere', 'complaint', 'site', 'site_and_neighbours']),
    z.strictObject({ regions: z.array(REGIONS.schema).min(1).readonly() }),
    z.strictObject({ surgerySitesWithin: z.array(REGIONS.schema).min(1).readonly() }),
  ],
  {
    // Name the nested problem (e.g. an unknown region) rather than "invalid input".
    error: (issue) => {
      const deep = issue.errors.flat().find((e) => e.path.length > 0);
      return deep === undefined
        ? 'expected "everywhere", "complaint", "site", "site_and_neighbours", { "regions": [...] } or { "surgerySitesWithin": [...] }'
        : `${formatPath(deep.path)}: ${deep.message}`;
    },
  },
);
export type RegionScope = z.infer<typeof ZRegionScope>;

const categories = z.array(TECHNIQUE_CATEGORIES.schema).min(1).readonly();
const sentence = z.string().min(8);

export const ZRestrictionTemplate = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('avoid'), categories, regions: ZRegionScope, rationale: sentence }),
  z.strictObject({
    action: z.literal('modify'),
    categories,
    maxIntensity: INTENSITIES.schema,
    regions: ZRegionScope,
    rationale: sentence,
  }),
]);
export type RestrictionTemplate = z.infer<typeof ZRestrictionTemplate>;

export const ZExerciseLimitTemplate = z
  .strictObject({
    regions: ZRegionScope,
    /** The highest load allowed on the regions; `high` would cap nothing, so it is not accepted. */
    maxLoad: LOAD_LEVELS.schema.exclude(['high']).nullable().default(null),
    avoidFeatures: z.array(LOAD_FEATURES.schema).readonly().default([]),
    avoidPositions: z.array(BODY_POSITIONS.schema).readonly().default([]),
    avoidCategories: z.array(EXERCISE_CATEGORIES.schema).readonly().default([]),
    rationale: sentence,
  })
  .refine(
    (l) => l.maxLoad !== null || l.avoidFeatures.length + l.avoidPositions.length + l.avoidCategories.length > 0,
    { message: 'an exercise limit must cap the load or avoid something' },
  );
export type ExerciseLimitTemplate = z.infer<typeof ZExerciseLimitTemplate>;

export const ZNoticeTemplate = z.strictObject({ rationale: sentence });
export type NoticeTemplate = z.infer<typeof ZNoticeTemplate>;

/** One reason a row fired: the id that triggered it, readable words for it, and the region it concerns (surgery). */
export interface Activation {
  trigger: string;
  label: string;
  site?: Region;
}

export function resolveRegions(scope: RegionScope, facts: CaseFacts, activation: Activation): Region[] | null {
  if (typeof scope === 'string') {
    switch (scope) {
      case 'everywhere':
        return null;
      case 'complaint':
        return [...facts.complaintRegions];
      case 'site':
        return activation.site === undefined ? [...facts.complaintRegions] : [activation.site];
      case 'site_and_neighbours':
        return activation.site === undefined ? [...facts.complaintRegions] : [...regionAndNeighbours(activation.site)];
    }
  }
  if ('regions' in scope) return [...scope.regions];
  const sites: Region[] = [];
  for (const s of facts.surgeries) {
    if (scope.surgerySitesWithin.includes(s.region) && !sites.includes(s.region)) sites.push(s.region);
  }
  return sites.length > 0 ? sites : [...scope.surgerySitesWithin];
}

/** Puts the trigger's readable words where a template says `{trigger}`. */
export const fillRationale = (text: string, activation: Activation): string =>
  text.replaceAll('{trigger}', activation.label);

export function instantiateRestriction(
  template: RestrictionTemplate,
  ruleId: string,
  source: string,
  facts: CaseFacts,
  activation: Activation,
): Restriction {
  const base = {
    ruleId,
    trigger: activation.trigger,
    categories: [...template.categories],
    regions: resolveRegions(template.regions, facts, activation),
    rationale: fillRationale(template.rationale, activation),
    source,
  };
  return template.action === 'avoid'
    ? { ...base, action: 'avoid' }
    : { ...base, action: 'modify', maxIntensity: template.maxIntensity };
}

export function instantiateExerciseLimit(
  template: ExerciseLimitTemplate,
  ruleId: string,
  source: string,
  facts: CaseFacts,
  activation: Activation,
): ExerciseLimit {
  return {
    ruleId,
    trigger: activation.trigger,
    regions: resolveRegions(template.regions, facts, activation),
    maxLoad: template.maxLoad,
    avoidFeatures: [...template.avoidFeatures],
    avoidPositions: [...template.avoidPositions],
    avoidCategories: [...template.avoidCategories],
    rationale: fillRationale(template.rationale, activation),
    source,
  };
}

export function instantiateNotice(
  template: NoticeTemplate,
  ruleId: string,
  source: string,
  activation: Activation,
): Notice {
  return {
    decision: 'confirm',
    ruleId,
    rationale: fillRationale(template.rationale, activation),
    inputs: { kind: 'check', trigger: activation.trigger, source },
  };
}
