// The facts of a case that screening rules look at, gathered once so every rule is a cheap set look-up.
import type { CaseFile } from '../case-file.ts';
import { sensitisationSigns, widespreadPainMap } from '../reasoning/sensitisation.ts';
import { CONDITIONS, type Condition, type Medication, type RedFlag, type Region } from '../vocabulary/index.ts';
import { cadRiskFactorsOf, type CadRiskFactor } from './cad-risk-factors.ts';
import { fallRiskReasons } from './fall-risk.ts';

export interface SurgeryFact {
  region: Region;
  weeksAgo: number;
  kind: string | undefined;
}

/** Widespread pain with signs of sensitisation, in readable words (both lists non-empty). */
export interface SensitisedWidespreadPain {
  /** Why the pain counts as widespread: the pain map, fibromyalgia. */
  widespread: string[];
  /** The signs of sensitisation: PCS, widespread tenderness. */
  signs: string[];
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
  /** Cervical arterial risk factors present, in table order (cad-risk-factors.ts). */
  cadRiskFactors: readonly CadRiskFactor[];
  /** Null unless the pain is widespread and shows signs of sensitisation. */
  sensitisedWidespreadPain: SensitisedWidespreadPain | null;
}

/** Regions that count as the spine for spinal rules (infection, fusion). */
export const SPINE_REGIONS: readonly Region[] = ['cervical', 'thoracic', 'lumbar', 'pelvis'];

/** Whether screening the case on a later date can give another answer (a surgery heals, a pregnancy advances). */
export const screeningMovesWithTime = (caseFile: CaseFile): boolean =>
  caseFile.history.surgeries.length > 0 || caseFile.history.pregnant;

/**
 * Widespread pain (the pain map, or fibromyalgia) together with a sign of sensitisation beyond where it hurts. The
 * `pain_sensitisation` impairment is not used as the sign: it is also inferred from the pain map alone, which would
 * make the widespread half enough on its own.
 */
function sensitisedWidespread(caseFile: CaseFile, conditions: ReadonlySet<Condition>): SensitisedWidespreadPain | null {
  const widespread = [
    ...(widespreadPainMap(caseFile.pain) ? ['Widespread pain on the pain map'] : []),
    ...(conditions.has('fibromyalgia') ? [CONDITIONS.entries.fibromyalgia.label] : []),
  ];
  if (widespread.length === 0) return null;
  const signs = sensitisationSigns(caseFile);
  return signs.length === 0 ? null : { widespread, signs };
}

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
  const redFlags = new Set(caseFile.redFlags);
  const conditions = new Set(history.conditions);
  const medications = new Set(history.medications);
  return {
    age: caseFile.client.age,
    redFlags,
    conditions,
    medications,
    pregnant: history.pregnant,
    pregnancyWeeks:
      history.pregnant && history.pregnancyWeeks !== undefined ? history.pregnancyWeeks + weeksLater : undefined,
    fallRisk: fallRiskReasons(caseFile),
    surgeries: history.surgeries.map((s) => ({ region: s.region, weeksAgo: s.weeksAgo + weeksLater, kind: s.kind })),
    complaintRegions,
    spinalComplaint: complaintRegions.some((r) => SPINE_REGIONS.includes(r)),
    cadRiskFactors: cadRiskFactorsOf({ conditions, medications, redFlags }),
    sensitisedWidespreadPain: sensitisedWidespread(caseFile, conditions),
  };
}

/** The ids of `ids` present in `set`, in the order of `ids`. */
export const present = <T extends string>(set: ReadonlySet<T>, ids: readonly T[]): T[] =>
  ids.filter((id) => set.has(id));
