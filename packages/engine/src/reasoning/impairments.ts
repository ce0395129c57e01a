// Findings → impairments: which impairments the assessment supports, where, and on which findings.
import type { CaseFile } from '../case-file.ts';
import { scoreInstrument } from '../instruments/registry.ts';
import {
  MOVEMENT_FINDINGS,
  POSTURE_FINDINGS,
  ROM_LIMITED_FRACTION,
  STRENGTH_WEAK_AT_OR_BELOW,
  STRUCTURES,
  romNorm,
  type FunctionalTest,
  type Impairment,
  type PalpationFinding,
  type Region,
} from '../vocabulary/index.ts';
import { catastrophisingScore, widespreadPainMap } from './sensitisation.ts';

/** A type alias, so a plan holding findings fits the API's open plan document (see plan/types.ts). */
export type ImpairmentFinding = {
  /** `impairment@region`, stable across runs. */
  id: string;
  impairment: Impairment;
  region: Region;
  /** The findings that support it, readable ("palpation: quadratus_lumborum trigger_point (bilateral)"). */
  supportedBy: string[];
  ruleId: string;
  rationale: string;
};

const PALPATION_IMPAIRMENT: Record<PalpationFinding, Impairment> = {
  trigger_point: 'myofascial_trigger_points',
  hypertonicity: 'muscle_guarding',
  restriction: 'tissue_restriction',
  tenderness: 'muscle_guarding',
  adhesion: 'tissue_restriction',
  swelling: 'muscle_guarding',
  joint_stiffness: 'joint_hypomobility',
  neural_mechanosensitivity: 'neural_sensitivity',
  warmth: 'muscle_guarding',
};

/** Springer et al. 2007 (J Geriatr Phys Ther 30:8): mean single-leg stance, eyes open, by age (s). [R] */
export const SINGLE_LEG_STANCE_NORMS: readonly { maxAge: number; seconds: number }[] = [
  { maxAge: 39, seconds: 43 },
  { maxAge: 49, seconds: 40 },
  { maxAge: 59, seconds: 37 },
  { maxAge: 69, seconds: 27 },
  { maxAge: 79, seconds: 15 },
  { maxAge: 120, seconds: 6 },
];
/** [P] Below three quarters of the age-group mean counts as a balance deficit. */
export const BALANCE_DEFICIT_FRACTION = 0.75;

const FUNCTIONAL_REGION: Partial<Record<FunctionalTest, { region: Region; impairment: Impairment }>> = {
  single_leg_stance: { region: 'hip', impairment: 'balance_deficit' },
};

export function inferImpairments(caseFile: CaseFile): ImpairmentFinding[] {
  const found = new Map<string, { impairment: Impairment; region: Region; supportedBy: string[] }>();
  const add = (impairment: Impairment, region: Region, evidence: string) => {
    const id = `${impairment}@${region}`;
    const entry = found.get(id);
    if (entry) {
      if (!entry.supportedBy.includes(evidence)) entry.supportedBy.push(evidence);
    } else {
      found.set(id, { impairment, region, supportedBy: [evidence] });
    }
  };
  const { findings } = caseFile;
  const primaryRegion = caseFile.complaint.regions[0] ?? 'widespread';

  for (const id of findings.posture) {
    const term = POSTURE_FINDINGS.entries[id];
    for (const impairment of term.suggests) add(impairment, term.region, `posture: ${id}`);
  }
  for (const id of findings.movement) {
    const term = MOVEMENT_FINDINGS.entries[id];
    for (const impairment of term.suggests) add(impairment, term.region, `movement: ${id}`);
  }
  for (const p of findings.palpation) {
    const side = p.side ? ` (${p.side})` : '';
    add(
      PALPATION_IMPAIRMENT[p.finding],
      STRUCTURES.entries[p.structure].region,
      `palpation: ${p.structure} ${p.finding}${side}`,
    );
  }
  for (const rom of findings.rom) {
    const norm = romNorm(rom.joint, rom.motion);
    const side = rom.side ? ` ${rom.side}` : '';
    // A restricted range below 80 % of normal, or pain within the range, both point to an impairment at that joint.
    if (norm !== undefined && norm > 0 && rom.degrees < norm * ROM_LIMITED_FRACTION) {
      const evidence = `ROM: ${rom.joint}${side} ${rom.motion} ${rom.degrees}° of ${norm}°`;
      add('joint_hypomobility', rom.joint, evidence);
      add('tissue_restriction', rom.joint, evidence);
    }
    if (rom.painfulFrom !== undefined) {
      add(
        'motor_control_deficit',
        rom.joint,
        `ROM: ${rom.joint}${side} ${rom.motion} painful ${rom.painfulFrom}–${rom.painfulTo ?? '?'}°`,
      );
    }
  }
  for (const s of findings.strength) {
    if (s.grade <= STRENGTH_WEAK_AT_OR_BELOW) {
      add(
        'strength_deficit',
        STRUCTURES.entries[s.muscle].region,
        `strength: ${s.muscle}${s.side ? ` ${s.side}` : ''} grade ${s.grade}/5`,
      );
    }
  }
  for (const f of findings.functional) {
    const mapping = FUNCTIONAL_REGION[f.test];
    if (f.test === 'single_leg_stance' && mapping) {
      const norm = SINGLE_LEG_STANCE_NORMS.find((n) => caseFile.client.age <= n.maxAge)?.seconds;
      if (norm !== undefined && f.value < norm * BALANCE_DEFICIT_FRACTION) {
        add(
          mapping.impairment,
          mapping.region,
          `functional: single-leg stance${f.side ? ` ${f.side}` : ''} ${f.value} s (age mean ${norm} s)`,
        );
      }
    }
  }
  if (widespreadPainMap(caseFile.pain)) {
    add('pain_sensitisation', primaryRegion, 'pain map: widespread pain');
  }
  for (const [id, raw] of Object.entries(caseFile.questionnaires)) {
    if (id === 'pcs') {
      const score = catastrophisingScore(caseFile.questionnaires);
      if (score !== null) {
        add('fear_of_movement', primaryRegion, `pcs: ${score} (catastrophising)`);
        add('pain_sensitisation', primaryRegion, `pcs: ${score} (catastrophising)`);
      }
      continue;
    }
    if (id !== 'tsk17' && id !== 'startback') continue;
    const scored = scoreInstrument(id, raw);
    if (!scored.ok) continue;
    const { band, score } = scored.value;
    if (band === 'high') add('fear_of_movement', primaryRegion, `${id}: ${score} (${band})`);
  }

  return [...found.entries()].map(([id, f]) => ({
    id,
    impairment: f.impairment,
    region: f.region,
    supportedBy: f.supportedBy,
    ruleId: 'reason.findings_to_impairments',
    rationale: `${f.impairment.replaceAll('_', ' ')} at the ${f.region.replaceAll('_', ' ')} is supported by ${f.supportedBy.length} finding${f.supportedBy.length > 1 ? 's' : ''}.`,
  }));
}
