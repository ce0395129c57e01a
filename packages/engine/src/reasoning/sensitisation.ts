// Widespread pain and signs of sensitisation: the one place that says when a case shows them. The impairment
// `pain_sensitisation` (impairments.ts) and the screening rule for sensitised widespread pain (facts.ts) both ask here.
import type { CaseFile } from '../case-file.ts';
import { scoreInstrument } from '../instruments/registry.ts';
import { MOVEMENT_FINDINGS } from '../vocabulary/index.ts';

/**
 * Pain-map regions from which pain counts as widespread; a `widespread` entry counts on its own. Tandem policy [P]:
 * Tandem's regions are finer than the five body regions of the 2016 fibromyalgia criteria (Wolfe et al. 2016, Semin
 * Arthritis Rheum 46(3):319: generalised pain in 4 of 5 regions), so this is a comparable count, not theirs.
 */
export const WIDESPREAD_PAIN_MAP_REGIONS = 4;

/** The pain map shows widespread pain: a `widespread` entry, or pain in at least WIDESPREAD_PAIN_MAP_REGIONS entries. */
export const widespreadPainMap = (pain: CaseFile['pain']): boolean =>
  pain.map.some((m) => m.region === 'widespread') || pain.map.length >= WIDESPREAD_PAIN_MAP_REGIONS;

/** The PCS total when it is clinically relevant catastrophising (the instrument's band, ≥ 30; pcs.ts), else null. */
export function catastrophisingScore(questionnaires: CaseFile['questionnaires']): number | null {
  if (questionnaires.pcs === undefined) return null;
  const scored = scoreInstrument('pcs', questionnaires.pcs);
  return scored.ok && scored.value.band === 'clinically_relevant' ? scored.value.score : null;
}

/**
 * Signs of sensitisation other than where the pain is, in readable words: a clinically relevant PCS total and the
 * movement findings whose vocabulary entry suggests pain sensitisation (widespread tenderness).
 */
export function sensitisationSigns(caseFile: CaseFile): string[] {
  const signs: string[] = [];
  const pcs = catastrophisingScore(caseFile.questionnaires);
  if (pcs !== null) signs.push(`PCS ${pcs} (catastrophising)`);
  for (const id of caseFile.findings.movement) {
    const term = MOVEMENT_FINDINGS.entries[id];
    if (term.suggests.includes('pain_sensitisation')) signs.push(term.label);
  }
  return signs;
}
