// The facts of a case that screening rules look at, gathered once so every rule is a cheap set look-up.
import type { CaseFile } from '../case-file.ts';
import { fallRiskReasons } from './fall-risk.ts';
import type { Condition, Medication, RedFlag, Region } from '../vocabulary/index.ts';

export interface SurgeryFact {
  region: Region;
  weeksAgo: number;
  kind: string | undefined;
}

export interface CaseFacts {
  age: number;
  redFlags: ReadonlySet<RedFlag>;
  conditions: ReadonlySet<Condition>;
  medications: ReadonlySet<Medication>;
  pregnant: boolean;
  /** Weeks of pregnancy on the date screened, when recorded. */
  pregnancyWeeks: number | undefined;
  /** Why the client is at high risk of falling (fall-risk.ts); empty when not. */
  fallRisk: readonly string[];
  surgeries: readonly SurgeryFact[];
  /** Complaint regions, then pain-map regions not already listed. */
  complaintRegions: readonly Region[];
  /** The complaint involves the spine (neck, mid or low back, pelvis). */
  spinalComplaint: boolean;
}

/** Regions that count as the spine for spinal rules (infection, fusion). */
export const SPINE_REGIONS: readonly Region[] = ['cervical', 'thoracic', 'lumbar', 'pelvis'];

/**
 * The facts on the date `weeksLater` weeks after the intake: surgeries and pregnancy are that much further along, so a
 * plan's later phases are screened against the healing and pregnancy of their own dates.
 */
export function caseFacts(caseFile: CaseFile, weeksLater = 0): CaseFacts {
  const complaintRegions: Region[] = [...caseFile.complaint.regions];
  for (const entry of caseFile.pain.map) {
    if (!complaintRegions.includes(entry.region)) complaintRegions.push(entry.region);
  }
  const history = caseFile.history;
  return {
    age: caseFile.client.age,
    redFlags: new Set(caseFile.redFlags),
    conditions: new Set(history.conditions),
    medications: new Set(history.medications),
    pregnant: history.pregnant,
    pregnancyWeeks:
      history.pregnant && history.pregnancyWeeks !== undefined ? history.pregnancyWeeks + weeksLater : undefined,
    fallRisk: fallRiskReasons(caseFile),
    surgeries: history.surgeries.map((s) => ({ region: s.region, weeksAgo: s.weeksAgo + weeksLater, kind: s.kind })),
    complaintRegions,
    spinalComplaint: complaintRegions.some((r) => SPINE_REGIONS.includes(r)),
  };
}

/** The ids of `ids` present in `set`, in the order of `ids`. */
export const present = <T extends string>(set: ReadonlySet<T>, ids: readonly T[]): T[] =>
  ids.filter((id) => set.has(id));
