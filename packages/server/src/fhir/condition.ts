// The presenting problem of an episode (from its intake) as a FHIR Condition: where it hurts, since when, what makes it
// worse or better. One per episode, with the episode's id.
import type { CodeableConcept, Condition } from '@medplum/fhirtypes';
import { ACTIVITIES, addDays, ONSETS, REGIONS, SIDES, type CaseFile, type Region } from '@tandem/engine';
import type { Episode } from '../db/records.ts';
import { CONDITION_CATEGORY, CONDITION_CLINICAL, CONDITION_VERIFICATION, REGION_SYSTEM } from './codes.ts';
import { reference } from './context.ts';

const regionText = (region: Region, side: string | undefined): string =>
  `${REGIONS.entries[region].label}${side !== undefined && SIDES.has(side) && REGIONS.entries[region].lateral ? ` (${SIDES.entries[side].label.toLowerCase()})` : ''}`;

export const bodySite = (region: Region, side?: string): CodeableConcept => ({
  coding: [{ system: REGION_SYSTEM, code: region, display: REGIONS.entries[region].label }],
  text: regionText(region, side),
});

const activities = (ids: readonly string[]): string =>
  ids.map((id) => (ACTIVITIES.has(id) ? ACTIVITIES.entries[id].label.toLowerCase() : id)).join(', ');

function notes(intake: CaseFile): string[] {
  const { complaint, pain } = intake;
  const nprs = pain.nprs;
  return [
    `Pain ${nprs.current}/10 at intake${nprs.best !== undefined ? `, best ${nprs.best}` : ''}${nprs.worst !== undefined ? `, worst ${nprs.worst}` : ''} (NPRS).`,
    ...(complaint.onset !== undefined ? [`Onset: ${ONSETS.entries[complaint.onset].label.toLowerCase()}.`] : []),
    ...(complaint.aggravating.length > 0 ? [`Worse with ${activities(complaint.aggravating)}.`] : []),
    ...(complaint.easing.length > 0 ? [`Eased by ${activities(complaint.easing)}.`] : []),
  ];
}

export function toCondition(episode: Episode): Condition {
  const { complaint } = episode.intake;
  const where = complaint.regions.map((r) => regionText(r, complaint.side)).join(', ');
  const discharged = episode.dischargedOn !== null;
  return {
    resourceType: 'Condition',
    id: episode.id,
    meta: { lastUpdated: episode.createdAt },
    clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: discharged ? 'inactive' : 'active' }] },
    verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed' }] },
    category: [{ coding: [{ system: CONDITION_CATEGORY, code: 'problem-list-item', display: 'Problem List Item' }] }],
    code: { text: `Musculoskeletal pain: ${where}` },
    bodySite: complaint.regions.map((r) => bodySite(r, complaint.side)),
    subject: reference('Patient', episode.clientId),
    ...(complaint.durationWeeks !== undefined && {
      onsetDateTime: addDays(episode.startedOn, -Math.round(complaint.durationWeeks * 7)),
    }),
    ...(episode.dischargedOn !== null && { abatementDateTime: episode.dischargedOn }),
    recordedDate: episode.startedOn,
    note: [{ text: notes(episode.intake).join(' ') }],
  };
}
