// Scores and measurements as FHIR Observations: each stored measure (questionnaire scores, NPRS, range of motion,
// strength, functional tests, activity status), and the pain at rest a client logs at home (NPRS, self-reported).
import type { CodeableConcept, Observation } from '@medplum/fhirtypes';
import { INSTRUMENTS, ZInstrumentId } from '@tandem/engine';
import type { HomeLogEntry, MeasureScore } from '../db/records.ts';
import { LOINC, NPRS_LOINC, OBSERVATION_CATEGORY, UCUM, ucumUnitOf } from './codes.ts';
import { reference } from './context.ts';
import { episodeRecordId } from './ids.ts';
import { functionalStatus, measureCode } from './measure-code.ts';

type Category = 'survey' | 'exam';
const CATEGORY_DISPLAY: Readonly<Record<Category, string>> = { survey: 'Survey', exam: 'Exam' };
/** Instruments that are performance tests, not questionnaires. */
const PERFORMED = new Set(['tug', 'cst30', 'fms']);

export function categoryOf(measure: string): Category {
  const [kind = ''] = measure.split(':');
  if (ZInstrumentId.safeParse(kind).success) return PERFORMED.has(kind) ? 'exam' : 'survey';
  return kind === 'activity' ? 'survey' : 'exam';
}

const category = (c: Category): CodeableConcept[] => [
  { coding: [{ system: OBSERVATION_CATEGORY, code: c, display: CATEGORY_DISPLAY[c] }] },
];

/** A questionnaire with its answers stored also has a QuestionnaireResponse (same id) the score is derived from. */
export const hasAnswers = (m: MeasureScore): boolean =>
  m.answers !== null && m.answers !== undefined && ZInstrumentId.safeParse(m.measure).success;

export function measureObservation(m: MeasureScore, clientId: string): Observation {
  const id = episodeRecordId(m.episodeId, m.id);
  const unit = ucumUnitOf(m.measure);
  const instrument = ZInstrumentId.safeParse(m.measure);
  return {
    resourceType: 'Observation',
    id,
    meta: { lastUpdated: m.createdAt },
    status: 'final',
    category: category(categoryOf(m.measure)),
    code: measureCode(m.measure, m.answers),
    subject: reference('Patient', clientId),
    effectiveDateTime: m.date,
    ...(unit === null
      ? { valueCodeableConcept: functionalStatus(m.value) }
      : { valueQuantity: { value: m.value, unit: unit.unit, system: UCUM, code: unit.code } }),
    ...(hasAnswers(m) && { derivedFrom: [reference('QuestionnaireResponse', id)] }),
    ...(instrument.success && { method: { text: `Scored as published: ${INSTRUMENTS[instrument.data].source}` } }),
  };
}

/** The pain at rest a client logged on a day, as an NPRS Observation they reported themselves. */
export function painAtRestObservation(entry: HomeLogEntry): Observation | null {
  if (entry.painAtRest === undefined) return null;
  return {
    resourceType: 'Observation',
    id: entry.id,
    meta: { lastUpdated: entry.createdAt },
    status: 'final',
    category: category('survey'),
    code: {
      coding: [{ system: LOINC, code: NPRS_LOINC.code, display: NPRS_LOINC.display }],
      text: `Pain at rest (NPRS), ${entry.source === 'visit' ? 'visit day' : 'home'} log`,
    },
    subject: reference('Patient', entry.clientId),
    effectiveDateTime: entry.date,
    performer: [reference('Patient', entry.clientId)],
    valueQuantity: { value: entry.painAtRest, unit: 'score', system: UCUM, code: '{score}' },
    ...(entry.note !== undefined && { note: [{ text: entry.note }] }),
  };
}
