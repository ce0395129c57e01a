// A referral letter from stored records: the referral (to whom, how soon, why), the red flags the intake's screening
// raised, what was found and done so far, and what we ask of the recipient. Signed by the staff member who prints it.
import { screenCase, type Prescription, type ReferralUrgency } from '@tandem/engine';
import type { Referral } from '../db/records.ts';
import type { EpisodeRecords } from './episode-records.ts';
import {
  clientResponse,
  intakeFindings,
  outcomeChanges,
  reasonForCare,
  treatmentGiven,
  type EpisodeEvent,
} from './letter-facts.ts';
import type { LetterDocument } from './letter-pdf.ts';

const URGENCY: Readonly<Record<ReferralUrgency, string>> = {
  emergency: 'Emergency: please see today',
  urgent: 'Urgent: please see within days',
  routine: 'Routine: for your information and review',
};

/** What the letter asks, by urgency: the recipient's decision the clinic waits for. */
const QUESTION: Readonly<Record<ReferralUrgency, string>> = {
  emergency: 'Please assess today for a serious cause. We have stopped treatment until the client has been seen.',
  urgent: 'Please review and let us know whether care may start, and with what precautions.',
  routine: 'Please let us know of anything that should change our care; we will continue within the precautions above.',
};

/** Screening-made reasons end with the rule ids that fired ("… [refer.cad_possible]"): internal, not for the letter. */
export const withoutRuleIds = (reason: string): string =>
  reason.replace(/\s*\[[a-z0-9_.]+(?:,\s*[a-z0-9_.]+)*\]\s*$/, '');

export interface ReferralLetterInput {
  records: EpisodeRecords;
  referral: Referral;
  /** The print date. */
  on: string;
  /** The staff member who sends it. */
  signedBy: string;
  /** The home program in force on the print date. */
  program: readonly Prescription[];
  events: readonly EpisodeEvent[];
}

export function referralLetterDocument({
  records,
  referral,
  on,
  signedBy,
  program,
  events,
}: ReferralLetterInput): LetterDocument {
  const { episode, client } = records;
  const screening = screenCase(episode.intake);
  const stops = screening.referral?.stopsTreatment === true || referral.urgency === 'emergency';
  const started = records.measures.filter((m) => m.date === episode.startedOn);
  return {
    kind: 'referral',
    clinic: records.clinic.name,
    clinician: signedBy,
    date: on,
    to: referral.to,
    client: { name: client.name, dateOfBirth: client.dateOfBirth },
    urgency: { level: referral.urgency, text: URGENCY[referral.urgency] },
    reason: withoutRuleIds(referral.reason),
    summary: null,
    redFlags: screening.alerts.map((a) => a.rationale),
    findings: [reasonForCare(episode.intake), ...intakeFindings(episode.intake, started)],
    treatment: treatmentGiven(records.visits, program, records.education),
    response: clientResponse(records.visits, events),
    outcomes: outcomeChanges(records.measures),
    plan: stops
      ? ['No hands-on treatment or exercise sessions until the client has been seen.']
      : records.plan === null
        ? ['No treatment plan will start until the client has been reviewed.']
        : ['Care continues with the home program and visits above, within the precautions the screening set.'],
    question: QUESTION[referral.urgency],
  };
}
