// SMART goals from the case's goals, the outcome measures to repeat, and how often to re-assess.
import type { CaseFile, Goal } from '../case-file.ts';
import { addDays } from '../dates.ts';
import { INSTRUMENTS, scoreInstrument } from '../instruments/registry.ts';
import { ZInstrumentId } from '../instruments/instrument.ts';
import { ACTIVITIES, FUNCTIONAL_STATUS, FUNCTIONAL_TESTS, STRUCTURES } from '../vocabulary/index.ts';
import type { MeasureSchedule, SmartGoal } from './types.ts';

const words = (id: string) => id.replaceAll('_', ' ');

function describe(goal: Goal): string {
  if (goal.measure === 'rom')
    return `${words(goal.joint)} ${words(goal.motion)}${goal.side ? ` (${goal.side})` : ''} from ${goal.baseline}° to ${goal.target}°`;
  if (goal.measure === 'functional') {
    return `${ACTIVITIES.entries[goal.activity].label.toLowerCase()}: from ${FUNCTIONAL_STATUS.entries[goal.baseline].label.toLowerCase()} to ${FUNCTIONAL_STATUS.entries[goal.target].label.toLowerCase()}`;
  }
  if (goal.measure === 'functional_test') {
    const test = FUNCTIONAL_TESTS.entries[goal.test];
    return `${test.label} from ${goal.baseline} to ${goal.target} ${test.unit}`;
  }
  if (goal.measure === 'strength')
    return `${STRUCTURES.entries[goal.muscle].label} strength from grade ${goal.baseline} to ${goal.target}/5`;
  const context = goal.context ? ` during ${ACTIVITIES.entries[goal.context].label.toLowerCase()}` : '';
  return goal.measure === 'nprs'
    ? `pain${context} from ${goal.baseline}/10 to ${goal.target}/10`
    : `${INSTRUMENTS[goal.measure].name}${context} from ${goal.baseline} to ${goal.target}`;
}

export function smartGoals(caseFile: CaseFile, asOf: string, impairmentIds: readonly string[]): SmartGoal[] {
  return caseFile.goals.map((goal) => {
    const date = addDays(asOf, goal.weeks * 7);
    const text = describe(goal);
    return {
      measure: goal.measure,
      description: `${text.charAt(0).toUpperCase()}${text.slice(1)} by ${date}.`,
      baseline: goal.baseline,
      target: goal.target,
      date,
      weeks: goal.weeks,
      addresses: [...impairmentIds],
      ruleId: 'plan.smart_goal',
      rationale: `Specific and measurable (${goal.measure}), with a baseline, a target and a date ${goal.weeks} weeks out, agreed from the client's own goal.`,
    };
  });
}

/** Re-assess every 4–6 visits (Tandem policy; Medicare progress report at least every 10 treatment days): about every two weeks. */
export const REASSESS_MIN_VISITS = 4;
export const REASSESS_MAX_VISITS = 6;
export const reassessEvery = (visitsPerWeek: number): number =>
  Math.min(REASSESS_MAX_VISITS, Math.max(REASSESS_MIN_VISITS, Math.round(visitsPerWeek * 2)));

export function measuresToRepeat(caseFile: CaseFile, every: number): MeasureSchedule[] {
  const atReassessment = `at each re-assessment (every ${every} visits) and at discharge`;
  const out: MeasureSchedule[] = [
    {
      measure: 'nprs',
      baseline: caseFile.pain.nprs.current,
      when: 'every visit and in the home log',
      addresses: [],
      ruleId: 'plan.measures',
      rationale: 'Pain is checked every session for the pain-monitoring model (Silbernagel et al. 2007).',
    },
  ];
  for (const [key, raw] of Object.entries(caseFile.questionnaires)) {
    const id = ZInstrumentId.parse(key);
    if (id === 'nprs') continue;
    const scored = scoreInstrument(id, raw);
    out.push({
      measure: id,
      baseline: scored.ok ? scored.value.score : null,
      // Vernon: NDI at baseline and every 2 weeks; STarT Back screens at first contact only.
      when:
        id === 'ndi'
          ? 'every 2 weeks and at discharge'
          : id === 'startback'
            ? 'first contact only (screening tool)'
            : atReassessment,
      addresses: [],
      ruleId: 'plan.measures',
      rationale: `${INSTRUMENTS[id].name} is repeated to judge change against its MCID of ${INSTRUMENTS[id].change.mcid}.`,
    });
  }
  for (const rom of caseFile.findings.rom) {
    out.push({
      measure: `rom:${rom.joint}:${rom.motion}${rom.side ? `:${rom.side}` : ''}`,
      baseline: rom.degrees,
      when: atReassessment,
      addresses: [],
      ruleId: 'plan.measures',
      rationale: 'Range is re-measured to show whether the restored mobility holds.',
    });
  }
  for (const f of caseFile.findings.functional) {
    out.push({
      measure: `functional:${f.test}${f.side ? `:${f.side}` : ''}`,
      baseline: f.value,
      when: atReassessment,
      addresses: [],
      ruleId: 'plan.measures',
      rationale: `${FUNCTIONAL_TESTS.entries[f.test].label} is repeated to track function.`,
    });
  }
  return out;
}
