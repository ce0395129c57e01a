// Fall risk from what the intake already records: any one of the findings below marks a client at high risk of
// falling, and the plan changes for it (docs/rules.md, `precaution.fall_risk`).
import type { CaseFile } from '../case-file.ts';
import { cst30Norm } from '../instruments/cst30.ts';
import { scoreInstrument } from '../instruments/registry.ts';
import { TUG_SHUMWAY_COOK_AT_RISK_FROM } from '../instruments/tug.ts';

/** Single-leg stance under 5 s predicts injurious falls in older adults (Vellas et al. 1997, J Am Geriatr Soc 45:735). */
export const SINGLE_LEG_STANCE_AT_RISK_UNDER = 5;

/** The reasons a client is at high fall risk (empty: none found). World Falls Guidelines, Montero-Odasso et al. 2022. */
export function fallRiskReasons(caseFile: CaseFile): string[] {
  const reasons: string[] = [];
  const { history, findings, questionnaires } = caseFile;
  if ((history.fallsInPastYear ?? 0) > 0)
    reasons.push(`${history.fallsInPastYear === 1 ? 'a fall' : `${history.fallsInPastYear} falls`} in the past year`);
  let aid = history.walkingAid === true;
  if (questionnaires.tug !== undefined) {
    const tug = scoreInstrument('tug', questionnaires.tug);
    if (tug.ok && tug.value.score >= TUG_SHUMWAY_COOK_AT_RISK_FROM)
      reasons.push(`Timed Up and Go ${tug.value.score} s (at risk from ${TUG_SHUMWAY_COOK_AT_RISK_FROM} s)`);
    if (tug.ok && tug.value.details?.['walkingAid'] !== null) aid = true;
  }
  if (aid) reasons.push('walks with an aid');
  const chairStand = chairStandBelowNorm(caseFile);
  if (chairStand !== null) reasons.push(chairStand);
  const stance = findings.functional.filter((f) => f.test === 'single_leg_stance');
  const shortest = stance.length > 0 ? Math.min(...stance.map((f) => f.value)) : undefined;
  if (shortest !== undefined && shortest < SINGLE_LEG_STANCE_AT_RISK_UNDER)
    reasons.push(`single-leg stance ${shortest} s (at risk under ${SINGLE_LEG_STANCE_AT_RISK_UNDER} s)`);
  return reasons;
}

/** 30-second chair stand below the normal range for age and sex (Rikli & Jones), from the questionnaire or a finding. */
function chairStandBelowNorm(caseFile: CaseFile): string | null {
  if (caseFile.questionnaires.cst30 !== undefined) {
    const scored = scoreInstrument('cst30', caseFile.questionnaires.cst30);
    if (scored.ok && scored.value.band === 'below_average')
      return `30-second chair stand ${scored.value.score} (below the normal range for age and sex)`;
  }
  const sex = caseFile.client.sex;
  const norm = cst30Norm(caseFile.client.age);
  const found = caseFile.findings.functional.find((f) => f.test === 'sit_to_stand_30s');
  if (found === undefined || norm === undefined || (sex !== 'female' && sex !== 'male')) return null;
  return found.value < norm[sex]
    ? `30-second chair stand ${found.value} (below the normal range for age and sex)`
    : null;
}
