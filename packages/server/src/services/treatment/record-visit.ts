// Recording a visit: the SOAP note, the hands-on techniques applied and the exercises done. A technique the episode's
// screening avoids, or one above its intensity cap, is refused and nothing is stored; the exercises become a "visit"
// log entry in the same transaction, so progression sees them. A visit sent again with its key is stored once.
import { TECHNIQUES_BY_ID, checkTechnique, refersFirst, screenCase, weeksBetween, type Entry } from '@tandem/engine';
import type { z } from 'zod';
import type { Episode, HomeLogEntry, Idempotency, PerformedItem, User } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import type { Problem } from '../../http/errors.ts';
import { invalidInput } from '../../http/zod.ts';
import { storedOutcome, type Outcome } from '../../progression/outcome.ts';
import { oneAtATime } from '../../progression/service.ts';
import { addWithProgression } from '../../progression/write.ts';
import { requireLogDate } from './log-date.ts';
import { keyConflict, once } from './once.ts';
import type { ZNewVisit } from './treatment-schemas.ts';
import { visitView, type VisitView } from './visit-view.ts';

export type NewVisit = z.infer<typeof ZNewVisit>;

export interface VisitInput {
  episode: Episode;
  visit: NewVisit;
  /** The clinician recording it (the signed-in staff member). */
  clinician: User;
  idempotency: Idempotency | null;
  today: string;
}

export interface RecordedVisit {
  recorded: Outcome & { visit: VisitView; entry: HomeLogEntry };
  /** True when the key's visit was stored before and nothing new was. */
  replayed: boolean;
}

/** Every technique checked against the episode's screening: avoided, above the cap, or in a region it is not for. */
function techniqueProblems(episode: Episode, body: NewVisit): Problem[] {
  // The limits of the visit's date: healing and pregnancy move on from the intake.
  const screening = screenCase(episode.intake, { weeksLater: weeksBetween(episode.startedOn, body.date) });
  const referral = screening.referral;
  if (referral && refersFirst(screening)) {
    const treated = [
      ...(body.techniques.length > 0 ? [{ field: 'body.techniques', what: 'hands-on techniques' }] : []),
      ...(body.exercises.length > 0 ? [{ field: 'body.exercises', what: 'exercises' }] : []),
    ];
    return treated.map((t) => ({
      field: t.field,
      message: `no ${t.what} until the client has had the ${referral.urgency} medical review the safety screen asks for (${referral.reasons.join('; ')})`,
    }));
  }
  const problems: Problem[] = [];
  body.techniques.forEach((t, i) => {
    const technique = TECHNIQUES_BY_ID.get(t.technique);
    if (!technique) return; // the schema has refused it already
    const intensity = t.intensity ?? technique.intensity;
    if (!technique.regions.includes(t.region)) {
      problems.push({
        field: `body.techniques[${i}].region`,
        message: `${technique.name} is not a technique for the ${t.region.replaceAll('_', ' ')} (it is for: ${technique.regions.join(', ')})`,
      });
      return;
    }
    const check = checkTechnique(screening, { category: technique.category, intensity, regions: [t.region] });
    switch (check.decision) {
      case 'avoid':
        problems.push({
          field: `body.techniques[${i}].technique`,
          message: `${technique.name} must not be used for this client (${check.ruleIds.join(', ')}): ${check.rationale}`,
        });
        break;
      case 'modify':
        problems.push({
          field: `body.techniques[${i}].intensity`,
          message: `${intensity} is above what screening allows for ${technique.name} here (${check.intensity} at most; ${check.ruleIds.join(', ')}): ${check.rationale}`,
        });
        break;
      case 'allow':
        break;
    }
  });
  return problems;
}

const performedOf = (body: NewVisit): PerformedItem[] => [
  ...body.techniques.map((t): PerformedItem => ({
    kind: 'technique',
    itemId: t.technique,
    region: t.region,
    minutes: t.minutes,
    intensity: t.intensity ?? TECHNIQUES_BY_ID.get(t.technique)?.intensity ?? null,
    response: t.response ?? null,
    dose: null,
    pain: null,
  })),
  ...body.exercises.map((e): PerformedItem => ({
    kind: 'exercise',
    itemId: e.exercise,
    region: null,
    minutes: null,
    intensity: null,
    response: null,
    dose: e.done,
    pain: e.painDuring ?? null,
  })),
];

export async function recordVisit(
  repo: Repository,
  { episode, visit: body, clinician, idempotency, today }: VisitInput,
): Promise<RecordedVisit> {
  requireLogDate(episode, body.date, today);
  const problems = techniqueProblems(episode, body);
  if (problems.length > 0) throw invalidInput(problems);
  const entry: Entry = {
    date: body.date,
    source: 'visit',
    exercises: body.exercises,
    ...(body.painAtRest !== undefined && { painAtRest: body.painAtRest }),
    ...(body.sleep !== undefined && { sleep: body.sleep }),
    ...(body.fatigue !== undefined && { fatigue: body.fatigue }),
  };
  const key = idempotency && { idempotency };
  const { value, replayed } = await oneAtATime(episode.id, () =>
    once(
      idempotency,
      // The visit and its entry carry the key together; an entry alone with it was a home-log request.
      async (k) => {
        const [visit, logged] = await Promise.all([
          repo.visits.findByIdempotencyKey(episode.clinicId, episode.id, k),
          repo.homeLog.findByIdempotencyKey(episode.clinicId, episode.id, k),
        ]);
        if (!visit) {
          if (logged) throw keyConflict();
          return undefined;
        }
        if (!logged) throw new Error(`visit ${visit.visit.id} has no entry with its idempotency key`);
        return {
          value: {
            stored: { visit: visit.visit, entry: logged.entry },
            outcome: await storedOutcome(repo, episode, visit.visit.date),
          },
          hash: visit.hash,
        };
      },
      () =>
        addWithProgression(repo, episode, entry, 'body', async (tx) => ({
          visit: await tx.visits.add(episode.clinicId, {
            episodeId: episode.id,
            date: body.date,
            clinicianId: clinician.id,
            soap: body.soap,
            performed: performedOf(body),
            ...key,
          }),
          entry: await tx.homeLog.add(episode.clinicId, { ...entry, episodeId: episode.id, ...key }),
        })),
    ),
  );
  const { stored, outcome } = value;
  const named =
    stored.visit.clinicianId === clinician.id
      ? clinician
      : await repo.users.get(episode.clinicId, stored.visit.clinicianId);
  const staff = new Map(named ? [[named.id, named]] : []);
  return { recorded: { visit: visitView(stored.visit, staff), entry: stored.entry, ...outcome }, replayed };
}
