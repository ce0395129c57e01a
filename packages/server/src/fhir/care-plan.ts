// The current plan of care as a FHIR CarePlan (one per episode, with the episode's id; meta.versionId is the plan
// version): its phases on the plan's calendar, the techniques and exercises of a visit, the home program with its
// dose, and the education topics, with the goals it serves.
import type { CarePlan, CarePlanActivity, CodeableConcept } from '@medplum/fhirtypes';
import { addDays, doseText, type Dose, type Phase, type Plan } from '@tandem/engine';
import type { Episode, GoalRecord, PlanVersion } from '../db/records.ts';
import { EDUCATION_SYSTEM, EXERCISE_SYSTEM, PHASE_SYSTEM, TECHNIQUE_SYSTEM } from './codes.ts';
import { reference, type MapContext } from './context.ts';
import { episodeRecordId } from './ids.ts';

type ActivityStatus = NonNullable<CarePlanActivity['detail']>['status'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const coded = (system: string, code: string, display: string): CodeableConcept => ({
  coding: [{ system, code, display }],
  text: display,
});

/** A phase's dates: from its start week for its weeks; maintenance runs from discharge. */
function phasePeriod(phase: Phase, planStart: string, episode: Episode): { start: string; end?: string } | null {
  if (phase.id === 'maintain') return episode.dischargedOn === null ? null : { start: episode.dischargedOn };
  const start = addDays(planStart, (phase.startWeek - 1) * 7);
  return { start, end: addDays(start, phase.weeks * 7 - 1) };
}

function phaseStatus(period: { start: string; end?: string } | null, episode: Episode, today: string): ActivityStatus {
  if (period === null) return 'not-started'; // maintenance, before discharge
  const stop = episode.dischargedOn;
  if (stop !== null) {
    if (period.end === undefined) return 'in-progress'; // maintenance, after discharge
    return period.start > stop ? 'cancelled' : 'completed';
  }
  if (period.start > today) return 'not-started';
  return period.end !== undefined && period.end < today ? 'completed' : 'in-progress';
}

const doseLine = (d: Dose): string => doseText(d, { details: ['load', 'rest', 'daysPerWeek'] });

function activities(plan: Plan, planStart: string, episode: Episode, today: string): CarePlanActivity[] {
  const ongoing: ActivityStatus =
    episode.status === 'discharged' ? 'completed' : planStart <= today ? 'in-progress' : 'not-started';
  const phases = plan.phases.map((phase): CarePlanActivity => {
    const period = phasePeriod(phase, planStart, episode);
    return {
      detail: {
        code: coded(PHASE_SYSTEM, phase.id, phase.title),
        status: phaseStatus(period, episode, today),
        ...(period && { scheduledPeriod: period }),
        description: [
          `${phase.visitsPerWeek} visit(s) a week, about ${Math.round(phase.manualShare * 100)}% hands-on.`,
          ...(phase.goals.length > 0 ? [`Goals: ${phase.goals.join('; ')}.`] : []),
          ...(phase.exitCriteria.length > 0
            ? [`Moves on when: ${phase.exitCriteria.map((c) => c.text).join('; ')}.`]
            : []),
        ].join(' '),
      },
    };
  });
  const visit = (plan.visit?.blocks ?? []).flatMap((block) =>
    block.items.map((item): CarePlanActivity => ({
      detail:
        item.kind === 'technique'
          ? {
              code: coded(TECHNIQUE_SYSTEM, item.technique, item.name),
              status: ongoing,
              description: `At each visit (${block.kind.replace('_', ' ')}): ${item.minutes} min, ${item.intensity}${item.modified ? ' (lowered by a precaution)' : ''}. ${item.rationale}`,
            }
          : {
              code: coded(EXERCISE_SYSTEM, item.exercise, item.name),
              status: ongoing,
              description: `At each visit (${block.kind.replace('_', ' ')}): ${doseLine(item.dosage)}. ${item.rationale}`,
            },
    })),
  );
  const home = (plan.homeProgram?.exercises ?? []).map((item): CarePlanActivity => ({
    detail: {
      code: coded(EXERCISE_SYSTEM, item.exercise, item.name),
      status: ongoing,
      scheduledTiming: { repeat: { frequency: item.dosage.daysPerWeek, period: 1, periodUnit: 'wk' } },
      description: `Home program: ${doseLine(item.dosage)}.`,
    },
  }));
  const education = plan.education.map((item): CarePlanActivity => ({
    detail: {
      code: coded(EDUCATION_SYSTEM, item.topic, item.title),
      status: ongoing,
      description: `Education: ${item.summary}`,
    },
  }));
  return [...phases, ...visit, ...home, ...education];
}

export function toCarePlan(
  version: PlanVersion,
  episode: Episode,
  goals: readonly GoalRecord[],
  context: MapContext,
): CarePlan {
  const plan = version.document;
  const planStart = ISO_DATE.test(plan.generatedFor) ? plan.generatedFor : episode.startedOn;
  const restrictions = plan.restrictions.map(
    (r) =>
      `${r.action === 'avoid' ? 'Avoid' : 'Modify'} ${r.categories.join(', ').replaceAll('_', ' ')} (${r.trigger.replaceAll('_', ' ')})`,
  );
  const notes = [
    ...(version.reason !== null ? [{ text: `Version ${version.version}: ${version.reason}.` }] : []),
    ...(restrictions.length > 0 ? [{ text: `Safety screen: ${restrictions.join('; ')}.` }] : []),
    ...(plan.reassessEverySessions !== null
      ? [{ text: `Re-assess every ${plan.reassessEverySessions} sessions.` }]
      : []),
  ];
  const activity = activities(plan, planStart, episode, context.today);
  return {
    resourceType: 'CarePlan',
    id: episode.id,
    meta: { versionId: String(version.version), lastUpdated: version.createdAt },
    status: episode.status === 'discharged' ? 'completed' : 'active',
    intent: 'plan',
    title: 'Plan of care: manual therapy and exercise',
    description: `Irritability ${plan.irritability.decision}: ${plan.irritability.rationale}`,
    subject: reference('Patient', episode.clientId),
    period: { start: planStart, ...(episode.dischargedOn !== null && { end: episode.dischargedOn }) },
    created: version.createdAt,
    author: { display: context.staffName(version.createdBy) },
    addresses: [reference('Condition', episode.id)],
    ...(goals.length > 0 && { goal: goals.map((g) => reference('Goal', episodeRecordId(episode.id, g.id))) }),
    ...(activity.length > 0 && { activity }),
    ...(notes.length > 0 && { note: notes }),
  };
}
