// The demo clinic: staff, clients from the example cases, and weeks of care made with the engine, in one transaction.
import { addDays, refersFirst, screenCase, type CaseFile, type Plan } from '@tandem/engine';
import { hashPassword } from '../auth/passwords.ts';
import type { AppointmentStatus, Clinic, Role, User } from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import { decisionsOf } from '../progression/service.ts';
import { admitCase, type Admission } from '../services/care/admit.ts';
import { loadDemoCases } from './case-files.ts';
import { simulateCourse } from './course.ts';
import {
  CLIENT_LOGIN_CASES,
  DEMO_CLINIC_NAME,
  DEMO_EMAIL_DOMAIN,
  DEMO_PASSWORDS,
  DEMO_STAFF,
  clientName,
  clinicianFor,
  dateOfBirth,
  emailFor,
  type DemoStaff,
} from './people.ts';
import { storylineFor, type Storyline } from './storylines.ts';
import { visitNote } from './visit-note.ts';

export interface DemoLogin {
  role: Role;
  name: string;
  email: string;
  /** Demo only: fixed and published. */
  password: string;
}

export interface DemoClinic {
  clinic: Clinic;
  logins: DemoLogin[];
  /** One line per client: who, which case, and how far their care has come. */
  clients: { id: string; name: string; caseId: string; episodeId: string; plan: boolean; referral: string | null }[];
}

export interface DemoOptions {
  /** The demo's "today": care runs up to the day before; upcoming appointments follow it. */
  now: Date | string;
  /** The case files to use (default: the demo's, DEMO_CASE_IDS). */
  cases?: readonly CaseFile[];
}

export class DemoNotEmptyError extends Error {
  override readonly name = 'DemoNotEmptyError';
}

/**
 * For `tandem serve`: seeds the demo when the database is empty and returns the logins to print; null when it already
 * held data (including when another process seeded it first).
 */
export async function seedDemoIfEmpty(repo: Repository, options: DemoOptions): Promise<DemoLogin[] | null> {
  if (!(await isEmpty(repo))) return null;
  try {
    return (await seedDemo(repo, options)).logins;
  } catch (error) {
    if (error instanceof DemoNotEmptyError) return null;
    throw error;
  }
}

/** True when the database holds no clinic (everything else hangs off a clinic). */
export const isEmpty = async (repo: Repository): Promise<boolean> => (await repo.clinics.list()).length === 0;

/** Appointment start on a date: each client has their own hour (up to ten clients), so no clinician is double-booked. */
const slot = (date: string, index: number): string => `${date}T${String(8 + (index % 10)).padStart(2, '0')}:00:00.000Z`;
const VISIT_MINUTES = 45;
const INTAKE_MINUTES = 60;
const CHECK_IN_MINUTES = 20;
const videoLink = (id: string) => `https://video.${DEMO_EMAIL_DOMAIN}/room/${id.slice(0, 8)}`;

interface ClientContext {
  tx: Repository;
  clinicId: string;
  clinician: User;
  admission: Admission;
  caseFile: CaseFile;
  index: number;
  today: string;
}

function booker(c: ClientContext) {
  return async (startsAt: string, minutes: number, options: { status?: AppointmentStatus; video?: boolean } = {}) => {
    const booked = await c.tx.appointments.create(c.clinicId, {
      clientId: c.admission.client.id,
      clinicianId: c.clinician.id,
      startsAt,
      minutes,
      kind: options.video ? 'telehealth' : 'in_person',
      ...(options.video ? { videoLink: videoLink(c.admission.episode.id) } : {}),
    });
    if (options.status) await c.tx.appointments.setStatus(c.clinicId, booked.id, options.status);
  };
}

/** The care so far: logs, re-assessments, visits with their notes and appointments, decisions, and what comes next. */
async function storeCourse(c: ClientContext, plan: Plan, story: Storyline): Promise<void> {
  const {
    tx,
    clinicId,
    admission: { episode },
    index,
    today,
  } = c;
  const start = episode.startedOn;
  const book = booker(c);
  const stored = await tx.episodes.history(clinicId, episode.id);
  if (!stored) throw new Error(`demo episode ${episode.id} vanished`);
  const course = simulateCourse({ episode, until: addDays(today, -1), plan, storyline: story, stored });
  // The engine's own changes of program, stored as derived (the plan's program stays the clinician's).
  const derived = course.days.flatMap((d) => (d.program ? [{ validFrom: d.date, program: d.program }] : []));
  await tx.prescriptions.replaceDerived(clinicId, episode.id, { from: start }, derived);
  const visitsPerWeek = plan.phases[0]?.visitsPerWeek ?? 1;
  for (const day of course.days) {
    await tx.homeLog.add(clinicId, { episodeId: episode.id, ...day.entry });
    if (day.measures.length > 0) {
      for (const m of day.measures) await tx.measures.add(clinicId, { episodeId: episode.id, ...m });
      await tx.assessments.add(clinicId, {
        episodeId: episode.id,
        date: day.date,
        details: { kind: 'reassessment', measures: day.measures },
      });
    }
    if (!day.visit) continue;
    const first = day.date === start;
    const note = visitNote({
      caseFile: c.caseFile,
      plan,
      entry: day.entry,
      measures: day.measures,
      events: day.events,
      first,
      visitsPerWeek,
    });
    await tx.visits.add(clinicId, { episodeId: episode.id, date: day.date, clinicianId: c.clinician.id, ...note });
    await book(slot(day.date, index), first ? INTAKE_MINUTES : VISIT_MINUTES, { status: 'completed' });
  }
  await tx.decisions.record(clinicId, episode.id, decisionsOf(course.report));
  // The next two visits on the client's usual weekdays; the second may be a video check-in.
  const step = Math.round(7 / visitsPerWeek);
  let next = course.days.filter((d) => d.visit).at(-1)?.date ?? start;
  while (next <= today) next = addDays(next, step);
  await book(slot(next, index), VISIT_MINUTES);
  const video = story.videoCheckIn === true;
  await book(slot(addDays(next, step), index), video ? CHECK_IN_MINUTES : VISIT_MINUTES, { video });
  if (index % 4 === 1) await book(slot(addDays(start, 2), index), VISIT_MINUTES, { status: 'cancelled' });
}

/**
 * Seeds the demo clinic into an empty database and returns the logins to print. Everything is written in one
 * transaction, so a crash leaves nothing; a database that already has a clinic is refused (DemoNotEmptyError).
 */
export async function seedDemo(repo: Repository, options: DemoOptions): Promise<DemoClinic> {
  const today = (typeof options.now === 'string' ? new Date(options.now) : options.now).toISOString().slice(0, 10);
  const cases = options.cases ?? loadDemoCases();
  const loginCases = new Set(cases.filter((c) => CLIENT_LOGIN_CASES.includes(c.id)).map((c) => c.id));
  const staffLogins = DEMO_STAFF.map((s) => ({
    role: s.role,
    name: s.name,
    email: s.email,
    password: DEMO_PASSWORDS[s.role],
  }));
  const clientLogins = cases.flatMap((c, i) =>
    loginCases.has(c.id)
      ? [
          {
            role: 'client' as const,
            name: clientName(c, i),
            email: emailFor(clientName(c, i)),
            password: DEMO_PASSWORDS.client,
          },
        ]
      : [],
  );
  const logins: DemoLogin[] = [...staffLogins, ...clientLogins];
  // Hash before the transaction: argon2 takes tens of milliseconds each, and the write lock should not wait on it.
  const hashes = new Map(
    await Promise.all(
      [...new Set(logins.map((l) => l.password))].map(async (p) => [p, await hashPassword(p)] as const),
    ),
  );
  const hashOf = (password: string) => hashes.get(password) ?? '';

  return repo.transaction(async (tx) => {
    if (!(await isEmpty(tx)))
      throw new DemoNotEmptyError('the database already has a clinic: the demo is only seeded into an empty database');
    const clinic = await tx.clinics.create({ name: DEMO_CLINIC_NAME });
    const staff = new Map<DemoStaff['key'], User>();
    for (const s of DEMO_STAFF) {
      staff.set(
        s.key,
        await tx.users.create({
          clinicId: clinic.id,
          email: s.email,
          name: s.name,
          role: s.role,
          passwordHash: hashOf(DEMO_PASSWORDS[s.role]),
        }),
      );
    }
    const clients: DemoClinic['clients'] = [];
    for (const [index, caseFile] of cases.entries()) {
      const name = clientName(caseFile, index);
      const clinician = staff.get(clinicianFor(caseFile, index));
      if (!clinician) throw new Error('demo staff missing');
      const referredOn = refersFirst(screenCase(caseFile));
      const story = storylineFor(caseFile.id, referredOn);
      // Starts fall on different weekdays, so the clinic's week is not all on one day.
      const start = addDays(today, referredOn ? -2 : -story.weeks * 7 + (index % 3));
      const login = loginCases.has(caseFile.id)
        ? await tx.users.create({
            clinicId: clinic.id,
            email: emailFor(name),
            name,
            role: 'client',
            passwordHash: hashOf(DEMO_PASSWORDS.client),
          })
        : null;
      const admission = await admitCase(tx, {
        clinicId: clinic.id,
        clinicianId: clinician.id,
        caseFile,
        on: start,
        client: {
          name,
          userId: login?.id ?? null,
          email: login?.email ?? null,
          sex: caseFile.client.sex ?? null,
          dateOfBirth: dateOfBirth(caseFile.client.age, today, 40 + index * 29),
        },
      });
      const { client, episode } = admission;
      clients.push({
        id: client.id,
        name,
        caseId: caseFile.id,
        episodeId: episode.id,
        plan: admission.plan !== null,
        referral: admission.referral?.urgency ?? null,
      });
      const context: ClientContext = { tx, clinicId: clinic.id, clinician, admission, caseFile, index, today };
      if (admission.plan) {
        await storeCourse(context, admission.plan.document, story);
      } else {
        // Referred on before any plan: the intake visit, then a video check-in after the medical review.
        const book = booker(context);
        await book(slot(start, index), INTAKE_MINUTES, { status: 'completed' });
        await book(slot(addDays(today, 5), index), CHECK_IN_MINUTES, { video: true });
      }
    }
    await tx.audit.record({
      clinicId: clinic.id,
      action: 'create',
      recordType: 'clinic',
      recordId: clinic.id,
      outcome: 'success',
      detail: 'demo clinic seeded',
    });
    return { clinic, logins, clients };
  });
}
