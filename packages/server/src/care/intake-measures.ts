// The baseline scores of an intake: every measure the plan schedules that has a baseline, questionnaires with answers.
import { ZInstrumentId, type CaseFile, type Measure, type Plan } from '@tandem/engine';

export interface IntakeMeasure extends Measure {
  answers?: unknown;
}

export function intakeMeasures(caseFile: CaseFile, plan: Plan, on: string): IntakeMeasure[] {
  return plan.measures.flatMap((m) => {
    if (m.baseline === null) return [];
    const instrument = ZInstrumentId.safeParse(m.measure);
    const answers = instrument.success ? caseFile.questionnaires[instrument.data] : undefined;
    return [{ date: on, measure: m.measure, value: m.baseline, ...(answers !== undefined ? { answers } : {}) }];
  });
}
