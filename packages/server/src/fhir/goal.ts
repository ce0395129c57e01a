// SMART goals as FHIR Goals: the measure, baseline and target, the date, and how far the latest score has come.
import type { Goal } from '@medplum/fhirtypes';
import type { Episode, GoalRecord, MeasureScore } from '../db/records.ts';
import { GOAL_ACHIEVEMENT, UCUM, ucumUnitOf } from './codes.ts';
import { reference } from './context.ts';
import { episodeRecordId } from './ids.ts';
import { betterWhen, functionalStatus, measureCode, measureLabel } from './measure-code.ts';

type Achievement = 'in-progress' | 'improving' | 'worsening' | 'no-change' | 'achieved';
const ACHIEVEMENT_DISPLAY: Readonly<Record<Achievement, string>> = {
  'in-progress': 'In Progress',
  improving: 'Improving',
  worsening: 'Worsening',
  'no-change': 'No Change',
  achieved: 'Achieved',
};

/** Where the latest score since the goal was set stands between its baseline and target. */
export function achievementOf(goal: GoalRecord, start: string, measures: readonly MeasureScore[]): Achievement {
  const latest = measures.filter((m) => m.measure === goal.measure && m.date >= start).at(-1);
  if (!latest) return 'in-progress';
  const sign = betterWhen(goal.measure) === 'lower' ? -1 : 1;
  const gain = (latest.value - goal.baseline) * sign;
  if ((latest.value - goal.target) * sign >= 0) return 'achieved';
  return gain > 0 ? 'improving' : gain < 0 ? 'worsening' : 'no-change';
}

export function toGoal(goal: GoalRecord, episode: Episode, measures: readonly MeasureScore[]): Goal {
  const start = goal.start ?? episode.startedOn;
  const unit = ucumUnitOf(goal.measure);
  const achievement = achievementOf(goal, start, measures);
  return {
    resourceType: 'Goal',
    id: episodeRecordId(episode.id, goal.id),
    meta: { lastUpdated: goal.createdAt },
    lifecycleStatus: episode.status === 'discharged' ? 'completed' : 'active',
    achievementStatus: {
      coding: [{ system: GOAL_ACHIEVEMENT, code: achievement, display: ACHIEVEMENT_DISPLAY[achievement] }],
    },
    description: { text: goal.description ?? `${measureLabel(goal.measure)}: from ${goal.baseline} to ${goal.target}` },
    subject: reference('Patient', episode.clientId),
    startDate: start,
    target: [
      {
        measure: measureCode(goal.measure),
        ...(unit === null
          ? { detailCodeableConcept: functionalStatus(goal.target) }
          : { detailQuantity: { value: goal.target, unit: unit.unit, system: UCUM, code: unit.code } }),
        dueDate: goal.date,
      },
    ],
    addresses: [reference('Condition', episode.id)],
    note: [{ text: `Baseline ${goal.baseline} (${measureLabel(goal.measure)}).` }],
  };
}
