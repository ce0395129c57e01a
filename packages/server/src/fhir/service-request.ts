// A referral to another professional as a FHIR ServiceRequest: to whom, how soon, and why.
import type { ServiceRequest } from '@medplum/fhirtypes';
import type { ReferralUrgency } from '@tandem/engine';
import type { Referral } from '../db/records.ts';
import { reference } from './context.ts';
import { episodeRecordId } from './ids.ts';

const PRIORITY: Readonly<Record<ReferralUrgency, NonNullable<ServiceRequest['priority']>>> = {
  emergency: 'stat',
  urgent: 'urgent',
  routine: 'routine',
};

export function toServiceRequest(referral: Referral, clientId: string): ServiceRequest {
  return {
    resourceType: 'ServiceRequest',
    id: episodeRecordId(referral.episodeId, referral.id),
    meta: { lastUpdated: referral.createdAt },
    status: 'active',
    intent: 'order',
    priority: PRIORITY[referral.urgency],
    category: [{ text: 'Referral' }],
    code: { text: `Referral (${referral.urgency}): ${referral.to}` },
    subject: reference('Patient', clientId),
    authoredOn: referral.createdAt,
    performer: [{ display: referral.to }],
    reasonCode: [{ text: referral.reason }],
    reasonReference: [reference('Condition', referral.episodeId)],
  };
}
