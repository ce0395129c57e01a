// The manual techniques applied at a visit as FHIR Procedures: what, where, for how long, by whom, and how the client
// responded. Exercises done at a visit are in the home log and the progression, not here.
import type { Procedure } from '@medplum/fhirtypes';
import { REGIONS, TECHNIQUES_BY_ID } from '@tandem/engine';
import type { PerformedItem, Visit } from '../db/records.ts';
import { TECHNIQUE_SYSTEM } from './codes.ts';
import { bodySite } from './condition.ts';
import { reference, type MapContext } from './context.ts';
import { procedureId } from './ids.ts';

export function toProcedure(
  visit: Visit,
  index: number,
  item: PerformedItem,
  clientId: string,
  context: MapContext,
): Procedure | null {
  if (item.kind !== 'technique') return null;
  const name = TECHNIQUES_BY_ID.get(item.itemId)?.name ?? item.itemId;
  const dose = [
    item.minutes !== null ? `${item.minutes} min` : null,
    item.intensity !== null ? `${item.intensity} intensity` : null,
  ].filter((x) => x !== null);
  return {
    resourceType: 'Procedure',
    id: procedureId(visit.id, index),
    meta: { lastUpdated: visit.createdAt },
    status: 'completed',
    category: { text: 'Manual therapy' },
    code: { coding: [{ system: TECHNIQUE_SYSTEM, code: item.itemId, display: name }], text: name },
    subject: reference('Patient', clientId),
    performedDateTime: visit.date,
    performer: [{ actor: { display: context.staffName(visit.clinicianId) } }],
    reasonReference: [reference('Condition', visit.episodeId)],
    ...(item.region !== null && REGIONS.has(item.region) && { bodySite: [bodySite(item.region)] }),
    ...(item.response !== null && { outcome: { text: item.response } }),
    ...(dose.length > 0 && { note: [{ text: dose.join(', ') }] }),
  };
}

/** Every technique of a visit, with its place among what was performed (its id). */
export const visitProcedures = (visit: Visit, clientId: string, context: MapContext): Procedure[] =>
  visit.performed.flatMap((item, i) => toProcedure(visit, i, item, clientId, context) ?? []);
