// Education topics chosen for this client: the ones everyone needs, plus those their case calls for.
import type { CaseFile } from '../case-file.ts';
import { EDUCATION_TOPICS, type EducationTopic, type IrritabilityLevel } from '../knowledge/index.ts';
import { fallRiskReasons } from '../screening/fall-risk.ts';
import type { Impairment } from '../vocabulary/index.ts';
import type { EducationItem } from './types.ts';

type Trigger = EducationTopic['triggers'][number];

function caseTriggers(
  caseFile: CaseFile,
  irritability: IrritabilityLevel,
  impairments: ReadonlySet<Impairment>,
  selfMassage: boolean,
): Set<Trigger> {
  const t = new Set<Trigger>(['always', 'flare_up', 'pacing']);
  const doing = new Set([...caseFile.client.activities, ...caseFile.complaint.aggravating]);
  if (irritability === 'high') t.add('high_irritability');
  if (impairments.has('fear_of_movement')) {
    t.add('fear_of_movement');
    t.add('catastrophising');
  }
  if (impairments.has('pain_sensitisation')) t.add('widespread_pain');
  if (doing.has('prolonged_sitting') || doing.has('driving')) t.add('sitting_work');
  if (doing.has('computer_work') || doing.has('phone_use') || doing.has('typing')) {
    t.add('screen_work');
    t.add('sitting_work');
  }
  if (doing.has('lifting') || doing.has('bending') || doing.has('carrying') || doing.has('gardening')) t.add('lifting');
  if (doing.has('overhead_work') || doing.has('overhead_reaching')) t.add('overhead_work');
  if (doing.has('sleeping') || caseFile.pain.irritability?.nightPain === true) t.add('poor_sleep');
  if (selfMassage) t.add('self_massage');
  if (fallRiskReasons(caseFile).length > 0) t.add('fall_risk');
  if (caseFile.history.pregnant) t.add('pregnancy');
  return t;
}

export function chooseEducation(
  caseFile: CaseFile,
  irritability: IrritabilityLevel,
  impairments: ReadonlyMap<Impairment, unknown>,
  selfMassage: boolean,
): EducationItem[] {
  const present = new Set(impairments.keys());
  const triggers = caseTriggers(caseFile, irritability, present, selfMassage);
  const regions = new Set(caseFile.complaint.regions);
  return EDUCATION_TOPICS.filter((topic) => topic.triggers.some((t) => triggers.has(t)))
    .filter((topic) => topic.regions.length === 0 || topic.regions.some((r) => regions.has(r)))
    .map((topic) => {
      const why = topic.triggers.filter((t) => triggers.has(t));
      return {
        topic: topic.id,
        title: topic.title,
        summary: topic.summary,
        addresses: topic.addresses.filter((a) => present.has(a)),
        ruleId: 'plan.education',
        rationale: why.includes('always')
          ? 'Every client gets this: it explains how the plan works.'
          : `Chosen because the case shows ${why.map((w) => w.replaceAll('_', ' ')).join(', ')}.`,
      };
    });
}
