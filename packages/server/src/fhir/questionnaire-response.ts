// Questionnaire answers as a FHIR QuestionnaireResponse: one item per answer. Items of instruments with fixed items
// are linked by the item's id; other answers (PSFS activities, FMS tests, TUG and chair-stand details) by their path in
// the stored answers (`2.score`, `deep_squat.left`), so an import can rebuild them exactly.
import type {
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';
import { INSTRUMENTS, ZInstrumentId, type InstrumentId } from '@tandem/engine';
import type { MeasureScore } from '../db/records.ts';
import { questionnaireUrl } from './codes.ts';
import { reference } from './context.ts';
import { episodeRecordId } from './ids.ts';

function answerOf(value: unknown): QuestionnaireResponseItemAnswer | null {
  if (typeof value === 'number') return Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value };
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (typeof value === 'string') return { valueString: value };
  return null;
}

/** Leaves of the answers by path; arrays count from 1, as questionnaires number their items. */
function leaves(value: unknown, path: string[]): { path: string[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, String(i + 1)]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

export function answerItems(instrument: InstrumentId, answers: unknown): QuestionnaireResponseItem[] {
  const items = INSTRUMENTS[instrument].items;
  // A list in item order is linked by item id (as the engine reads an object keyed by id).
  const keyed =
    items && Array.isArray(answers) && answers.length === items.length
      ? Object.fromEntries(items.map((item, i) => [item.id, (answers as unknown[])[i]]))
      : answers;
  return leaves(keyed, []).map(({ path, value }) => {
    const linkId = path.length > 0 ? path.join('.') : 'value';
    const text = path.length === 1 ? items?.find((item) => item.id === path[0])?.label : undefined;
    const answer = answerOf(value);
    return { linkId, ...(text !== undefined && { text }), ...(answer !== null && { answer: [answer] }) };
  });
}

export function toQuestionnaireResponse(m: MeasureScore, clientId: string): QuestionnaireResponse | null {
  const instrument = ZInstrumentId.safeParse(m.measure);
  if (!instrument.success || m.answers === null || m.answers === undefined) return null;
  const item = answerItems(instrument.data, m.answers);
  return {
    resourceType: 'QuestionnaireResponse',
    id: episodeRecordId(m.episodeId, m.id),
    meta: { lastUpdated: m.createdAt },
    questionnaire: questionnaireUrl(instrument.data),
    status: 'completed',
    subject: reference('Patient', clientId),
    authored: m.date,
    ...(item.length > 0 && { item }),
  };
}
