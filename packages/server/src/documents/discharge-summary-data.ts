// A discharge summary from stored records: why the client came, the clinician's summary written at discharge, what
// was found and done, how the client responded, outcomes against goals, and the maintenance program with its
// booked check-ins.
import { EXERCISES_BY_ID, ZPrescription, type Prescription } from '@tandem/engine';
import { z } from 'zod';
import type { Appointment } from '../db/records.ts';
import type { EpisodeRecords } from './episode-records.ts';
import { doseLine } from './home-program-pdf.ts';
import {
  clientResponse,
  goalLines,
  intakeFindings,
  listed,
  outcomeChanges,
  reasonForCare,
  treatmentGiven,
  type EpisodeEvent,
} from './letter-facts.ts';
import type { LetterDocument } from './letter-pdf.ts';

/** The maintenance program POST /episodes/:id/discharge stores in the discharge assessment's details. */
const ZMaintenance = z.object({
  exercises: z.array(ZPrescription),
  checkIns: z.array(z.string()),
  advice: z.array(z.string()),
});

export interface DischargeDetails {
  summary: string | null;
  maintenance: z.infer<typeof ZMaintenance> | null;
}

/** The latest discharge record's summary and maintenance program (each null when missing or unreadable). */
export function dischargeDetails(records: Pick<EpisodeRecords, 'assessments'>): DischargeDetails {
  const details = records.assessments.findLast((a) => a.details.kind === 'discharge')?.details ?? {};
  const maintenance = ZMaintenance.safeParse(details.maintenance);
  return {
    summary: typeof details.summary === 'string' && details.summary.trim() !== '' ? details.summary.trim() : null,
    maintenance: maintenance.success ? maintenance.data : null,
  };
}

export const DEFAULT_RECIPIENT = "The client's general practitioner";

export interface DischargeSummaryInput {
  records: EpisodeRecords;
  on: string;
  signedBy: string;
  to: string;
  /** The home program in force the day before discharge (what the client did during care). */
  program: readonly Prescription[];
  events: readonly EpisodeEvent[];
  goals: Parameters<typeof goalLines>[0];
  /** The client's appointments after discharge: those on the discharge's check-in dates are listed. */
  checkIns: readonly Appointment[];
}

const checkInLine = (a: Appointment): string =>
  `${a.startsAt.slice(0, 10)} at ${a.startsAt.slice(11, 16)} UTC (${a.kind === 'telehealth' ? 'video call' : 'in person'}, ${a.minutes} min)`;

export function dischargeSummaryDocument({
  records,
  on,
  signedBy,
  to,
  program,
  events,
  goals,
  checkIns,
}: DischargeSummaryInput): LetterDocument {
  const { episode, client } = records;
  const { summary, maintenance } = dischargeDetails(records);
  const dates = new Set(maintenance?.checkIns ?? []);
  const booked = checkIns.filter((a) => a.status !== 'cancelled' && dates.has(a.startsAt.slice(0, 10)));
  return {
    kind: 'discharge',
    clinic: records.clinic.name,
    clinician: signedBy,
    date: on,
    to,
    client: { name: client.name, dateOfBirth: client.dateOfBirth },
    urgency: null,
    reason: reasonForCare(episode.intake),
    summary: `Care from ${episode.startedOn} to ${episode.dischargedOn ?? on}.${summary === null ? '' : ` ${summary}`}`,
    redFlags: [],
    findings: intakeFindings(
      episode.intake,
      records.measures.filter((m) => m.date === episode.startedOn),
    ),
    treatment: treatmentGiven(records.visits, program, records.education),
    response: clientResponse(records.visits, events),
    outcomes: [...outcomeChanges(records.measures), ...goalLines(goals)],
    plan: [
      ...(maintenance?.exercises ?? []).map(
        (p) => `${EXERCISES_BY_ID.get(p.exercise)?.name ?? p.exercise}: ${doseLine(p)}.`,
      ),
      ...(booked.length > 0 ? [`Follow-up check-ins: ${listed(booked.map(checkInLine))}.`] : []),
      ...(maintenance?.advice ?? []),
    ],
    question: null,
  };
}
