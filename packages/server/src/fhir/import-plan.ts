// Reads an incoming Bundle into what the import stores, without touching storage: the client, the intake made from
// what the bundle says (age, sex, where the problem is, the first pain score), and each score as a dated measure.
// Anything wrong is an OperationOutcome issue at the element's FHIRPath; nothing is stored unless there is none.
import type { OperationOutcomeIssue } from '@medplum/fhirtypes';
import {
  FUNCTIONAL_STATUS,
  FUNCTIONAL_TESTS,
  INSTRUMENTS,
  REGIONS,
  ROM_JOINTS,
  ROM_MOTIONS,
  STRUCTURES,
  ACTIVITIES,
  ageOn,
  formatPath,
  parseCaseFile,
  scoreInstrument,
  ZInstrumentId,
  type CaseFile,
  type InstrumentId,
  type Region,
} from '@tandem/engine';
import type { z } from 'zod';
import type { NewClient, Sex } from '../db/records.ts';
import {
  FUNCTIONAL_STATUS_SYSTEM,
  INSTRUMENT_SYSTEM,
  LOINC,
  MEASURE_BY_LOINC,
  MEASURE_SYSTEM,
  NPRS_LOINC,
  REGION_SYSTEM,
  TANDEM_FHIR,
  ucumUnitOf,
} from './codes.ts';
import { answersOf, itemValues } from './import-answers.ts';
import {
  ZImportBundle,
  ZImportCondition,
  ZImportObservation,
  ZImportPatient,
  ZImportQuestionnaireResponse,
  type CodeableConceptInput,
  type ImportBundle,
  type ImportObservation,
  type ImportPatient,
  type ImportQuestionnaireResponse,
} from './import-schema.ts';
import { issueAt } from './outcome.ts';

/** One score to store, and which bundle entry it came from. */
export interface ImportedMeasure {
  entry: number;
  date: string;
  measure: string;
  value: number;
  answers?: unknown;
}

export interface ImportPlan {
  client: NewClient;
  intake: CaseFile;
  startedOn: string;
  /** One per measure and day. */
  measures: ImportedMeasure[];
  /** What each bundle entry became: the client, the episode (a Condition), or a measure (by its index; not created when another entry gave the same measure that day). */
  outcomes: (
    | { kind: 'patient' }
    | { kind: 'condition' }
    | { kind: 'measure'; type: 'Observation' | 'QuestionnaireResponse'; index: number; created: boolean }
  )[];
}

const SUPPORTED = ['Patient', 'Condition', 'Observation', 'QuestionnaireResponse'] as const;
type Supported = (typeof SUPPORTED)[number];
const isSupported = (type: string): type is Supported => (SUPPORTED as readonly string[]).includes(type);

const at = (entry: number, path = ''): string => `Bundle.entry[${entry}].resource${path}`;

/** zod issues under an entry as FHIR issues at their element. */
const zodIssues = (error: z.ZodError, prefix: string): OperationOutcomeIssue[] =>
  error.issues.map((i) =>
    issueAt(
      `${prefix}${i.path.length > 0 ? (typeof i.path[0] === 'number' ? '' : '.') + formatPath(i.path) : ''}`,
      i.message,
      'invalid',
    ),
  );

const MEASURE_KEY = /^[a-z0-9_]+(:[a-z0-9_]+)*$/;

/** A Tandem measure key this server knows: rom:JOINT:MOTION[:SIDE], strength:MUSCLE[:SIDE], functional:TEST[:SIDE], activity:ACTIVITY. */
function knownMeasureKey(key: string): boolean {
  if (!MEASURE_KEY.test(key)) return false;
  const [kind, a = '', b = ''] = key.split(':');
  if (kind === 'rom') return ROM_JOINTS.has(a) && ROM_MOTIONS.has(b);
  if (kind === 'strength') return STRUCTURES.has(a);
  if (kind === 'functional') return FUNCTIONAL_TESTS.has(a);
  if (kind === 'activity') return ACTIVITIES.has(a);
  return false;
}

/** The measure key an Observation's code names: Tandem's own code first (exact), else a LOINC code Tandem maps. */
function measureOf(code: CodeableConceptInput): string | null {
  const codings = code.coding ?? [];
  for (const c of codings) {
    if (c.system === INSTRUMENT_SYSTEM && c.code !== undefined && ZInstrumentId.safeParse(c.code).success)
      return c.code;
    if (c.system === MEASURE_SYSTEM && c.code !== undefined && knownMeasureKey(c.code)) return c.code;
  }
  for (const c of codings) {
    const key = c.system === LOINC && c.code !== undefined ? MEASURE_BY_LOINC.get(c.code) : undefined;
    if (key !== undefined) return key;
  }
  return null;
}

const SUPPORTED_CODES = `LOINC ${[...MEASURE_BY_LOINC.keys()].join(', ')}, or a code from ${INSTRUMENT_SYSTEM} or ${MEASURE_SYSTEM}`;

/** Highest plausible value by measure kind (a score outside it is a unit or entry mistake, not a result). */
function rangeProblem(measure: string, value: number): string | null {
  const [kind = ''] = measure.split(':');
  if (measure === 'nprs')
    return Number.isInteger(value) && value >= 0 && value <= 10 ? null : 'an NPRS score is a whole number from 0 to 10';
  if (ucumUnitOf(measure)?.code === '%')
    return value >= 0 && value <= 100 ? null : 'this score is a percentage (0–100)';
  if (kind === 'rom') return value >= -90 && value <= 270 ? null : 'range of motion is in degrees (−90 to 270)';
  if (kind === 'strength') return value >= 0 && value <= 5 ? null : 'strength is graded 0 to 5';
  return value >= 0 ? null : 'a negative score is not possible here';
}

function observationValue(
  o: ImportObservation,
  measure: string,
  entry: number,
): { value: number } | OperationOutcomeIssue {
  if (measure.startsWith('activity:')) {
    const coding = o.valueCodeableConcept?.coding?.find(
      (c) => c.system === FUNCTIONAL_STATUS_SYSTEM && c.code !== undefined && FUNCTIONAL_STATUS.has(c.code),
    );
    if (coding?.code === undefined || !FUNCTIONAL_STATUS.has(coding.code)) {
      return issueAt(
        at(entry, '.valueCodeableConcept'),
        `a functional status is a code from ${FUNCTIONAL_STATUS_SYSTEM} (${FUNCTIONAL_STATUS.ids.join(', ')})`,
        'value',
      );
    }
    return { value: FUNCTIONAL_STATUS.entries[coding.code].rank };
  }
  const value = o.valueQuantity?.value ?? o.valueInteger;
  if (value === undefined)
    return issueAt(at(entry, '.value[x]'), 'a numeric value (valueQuantity or valueInteger) is needed', 'required');
  const problem = rangeProblem(measure, value);
  if (problem !== null)
    return issueAt(
      at(entry, o.valueQuantity ? '.valueQuantity.value' : '.valueInteger'),
      `${value}: ${problem}`,
      'value',
    );
  return { value };
}

const effectiveDate = (o: ImportObservation): string | undefined =>
  (o.effectiveDateTime ?? o.effectiveInstant ?? o.effectivePeriod?.start)?.slice(0, 10);

/** The instrument a questionnaire canonical names: Tandem's `…/Questionnaire/<instrument>[|version]`. */
function instrumentOf(questionnaire: string): InstrumentId | null {
  const match = new RegExp(`^${TANDEM_FHIR.replaceAll('.', '\\.')}/Questionnaire/([a-z0-9]+)(\\|.*)?$`).exec(
    questionnaire,
  );
  const id = ZInstrumentId.safeParse(match?.[1]);
  return id.success ? id.data : null;
}

function regionOf(site: CodeableConceptInput): Region | null {
  const coded = site.coding?.find(
    (c) => c.system === REGION_SYSTEM && c.code !== undefined && REGIONS.has(c.code),
  )?.code;
  if (coded !== undefined && REGIONS.has(coded)) return coded;
  const text = (site.text ?? site.coding?.[0]?.display ?? '').trim().toLowerCase();
  return (
    REGIONS.ids.find((id) => id === text.replaceAll(' ', '_') || REGIONS.entries[id].label.toLowerCase() === text) ??
    null
  );
}

/** Regions implied by region-specific instruments, for a bundle without a Condition. */
const REGION_OF_INSTRUMENT: Partial<Record<string, Region>> = {
  odi: 'lumbar',
  startback: 'lumbar',
  ndi: 'cervical',
  spadi: 'shoulder',
};

const SEX: Readonly<Record<NonNullable<ImportPatient['gender']>, Sex>> = {
  male: 'male',
  female: 'female',
  other: 'other',
  unknown: 'unspecified',
};

function patientName(p: ImportPatient): string {
  const name = p.name[0];
  return (name?.text ?? [...(name?.given ?? []), name?.family ?? ''].join(' ')).trim();
}

/** The Patient's own references: its fullUrl, `Patient/<id>`, or an absolute URL ending so. */
function patientRefs(bundle: ImportBundle, entry: number): Set<string> {
  const e = bundle.entry[entry];
  const refs = new Set<string>();
  if (e?.fullUrl !== undefined) refs.add(e.fullUrl);
  if (e?.resource.id !== undefined) refs.add(`Patient/${e.resource.id}`);
  return refs;
}

const refersTo = (refs: Set<string>, reference: string | undefined): boolean =>
  reference !== undefined &&
  (refs.has(reference) || [...refs].some((r) => r.startsWith('Patient/') && reference.endsWith(`/${r}`)));

type Issues = OperationOutcomeIssue[];

/** Notes what is wrong with an entry; the entry gives nothing. */
function refuse(issues: Issues, ...found: OperationOutcomeIssue[]): null {
  issues.push(...found);
  return null;
}

/** A Condition's regions and onset. */
function readCondition(
  resource: unknown,
  i: number,
  issues: Issues,
  subjectOk: (reference: string | undefined) => boolean,
): { regions: Region[]; onset?: string } {
  const c = ZImportCondition.safeParse(resource);
  if (!c.success) {
    refuse(issues, ...zodIssues(c.error, at(i)));
    return { regions: [] };
  }
  if (!subjectOk(c.data.subject.reference)) issues.push(subjectIssue(i));
  const regions = c.data.bodySite.flatMap((site, k) => {
    const region = regionOf(site);
    if (region === null)
      issues.push(
        issueAt(
          at(i, `.bodySite[${k}]`),
          `not a region Tandem knows; use a code from ${REGION_SYSTEM} (${REGIONS.ids.join(', ')})`,
          'code-invalid',
        ),
      );
    return region === null ? [] : [region];
  });
  const onset = c.data.onsetDateTime?.slice(0, 10);
  return { regions, ...(onset !== undefined && { onset }) };
}

function readObservation(
  resource: unknown,
  i: number,
  today: string,
  issues: Issues,
  subjectOk: (reference: string | undefined) => boolean,
): ImportedMeasure | null {
  const o = ZImportObservation.safeParse(resource);
  if (!o.success) return refuse(issues, ...zodIssues(o.error, at(i)));
  if (!subjectOk(o.data.subject.reference)) issues.push(subjectIssue(i));
  const measure = measureOf(o.data.code);
  if (measure === null)
    return refuse(
      issues,
      issueAt(at(i, '.code'), `no Tandem measure for this code; supported: ${SUPPORTED_CODES}`, 'code-invalid'),
    );
  const date = effectiveDate(o.data);
  if (date === undefined)
    return refuse(issues, issueAt(at(i, '.effectiveDateTime'), 'the date of the score is needed', 'required'));
  if (date > today) return refuse(issues, issueAt(at(i, '.effectiveDateTime'), `${date} is in the future`, 'value'));
  const value = observationValue(o.data, measure, i);
  if ('severity' in value) return refuse(issues, value);
  return { entry: i, date, measure, value: value.value };
}

function readResponse(
  resource: unknown,
  i: number,
  today: string,
  issues: Issues,
  subjectOk: (reference: string | undefined) => boolean,
): ImportedMeasure | null {
  const q = ZImportQuestionnaireResponse.safeParse(resource);
  if (!q.success) return refuse(issues, ...zodIssues(q.error, at(i)));
  if (!subjectOk(q.data.subject.reference)) issues.push(subjectIssue(i));
  const scored = scoreResponse(q.data, i, today);
  if ('issues' in scored) return refuse(issues, ...scored.issues);
  return scored;
}

const subjectIssue = (i: number) =>
  issueAt(at(i, '.subject'), "must refer to the Bundle's Patient (its fullUrl or Patient/<id>)", 'value');

/** One score per measure and day: a questionnaire's own answers win over a bare score of the same day. */
function oncePerDay(fromResponses: readonly ImportedMeasure[], fromObservations: readonly ImportedMeasure[]) {
  const measures: ImportedMeasure[] = [];
  const outcomes = new Map<number, ImportPlan['outcomes'][number]>();
  const seen = new Map<string, number>();
  for (const [type, list] of [
    ['QuestionnaireResponse', fromResponses],
    ['Observation', fromObservations],
  ] as const) {
    for (const m of list) {
      const key = `${m.measure}@${m.date}`;
      const index = seen.get(key);
      if (index === undefined) {
        seen.set(key, measures.length);
        outcomes.set(m.entry, { kind: 'measure', type, index: measures.length, created: true });
        measures.push(m);
      } else outcomes.set(m.entry, { kind: 'measure', type, index, created: false });
    }
  }
  return { measures, outcomes };
}

export function planImport(
  raw: unknown,
  today: string,
): { ok: true; plan: ImportPlan } | { ok: false; issues: Issues } {
  const parsed = ZImportBundle.safeParse(raw);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, 'Bundle') };
  const bundle = parsed.data;
  const issues: Issues = [];

  const types = bundle.entry.map((e) => e.resource.resourceType);
  bundle.entry.forEach((e, i) => {
    const type = e.resource.resourceType;
    if (!isSupported(type))
      issues.push(
        issueAt(
          at(i, '.resourceType'),
          `${type} is not imported; send Patient, Condition, Observation and QuestionnaireResponse entries`,
          'not-supported',
        ),
      );
    if (bundle.type === 'transaction' && e.request && e.request.method !== 'POST')
      issues.push(
        issueAt(`Bundle.entry[${i}].request.method`, 'the import creates records: use POST', 'not-supported'),
      );
  });
  const patients = types.flatMap((t, i) => (t === 'Patient' ? [i] : []));
  const p = patients[0];
  if (patients.length !== 1 || p === undefined) {
    issues.push(
      issueAt('Bundle.entry', `the Bundle must hold exactly one Patient (found ${patients.length})`, 'required'),
    );
    return { ok: false, issues };
  }
  const patient = ZImportPatient.safeParse(bundle.entry[p]?.resource);
  if (!patient.success) issues.push(...zodIssues(patient.error, at(p)));
  const refs = patientRefs(bundle, p);
  const subjectOk = (reference: string | undefined) => refersTo(refs, reference);

  const regions = new Set<Region>();
  let onset: string | undefined;
  const fromResponses: ImportedMeasure[] = [];
  const fromObservations: ImportedMeasure[] = [];
  bundle.entry.forEach((e, i) => {
    if (e.resource.resourceType === 'Condition') {
      const condition = readCondition(e.resource, i, issues, subjectOk);
      for (const r of condition.regions) regions.add(r);
      onset = condition.onset ?? onset;
    } else if (e.resource.resourceType === 'Observation') {
      const m = readObservation(e.resource, i, today, issues, subjectOk);
      if (m) fromObservations.push(m);
    } else if (e.resource.resourceType === 'QuestionnaireResponse') {
      const m = readResponse(e.resource, i, today, issues, subjectOk);
      if (m) fromResponses.push(m);
    }
  });
  if (!patient.success || issues.length > 0) return { ok: false, issues };

  const { measures, outcomes: measureOutcomes } = oncePerDay(fromResponses, fromObservations);
  const outcomes = types.map((t, i): ImportPlan['outcomes'][number] => {
    if (t === 'Patient') return { kind: 'patient' };
    if (t === 'Condition') return { kind: 'condition' };
    const outcome = measureOutcomes.get(i);
    if (!outcome) throw new Error(`import entry ${i} (${t}) was read without a result`);
    return outcome;
  });
  const startedOn = measures.map((m) => m.date).sort()[0] ?? today;
  if (regions.size === 0) {
    for (const m of measures) {
      const region = REGION_OF_INSTRUMENT[m.measure];
      if (region !== undefined) regions.add(region);
    }
  }
  const intake = intakeOf(patient.data, p, [...regions], onset, measures, startedOn);
  if ('issues' in intake) return { ok: false, issues: intake.issues };
  const data = patient.data;
  const email = data.telecom?.find((t) => t.system === 'email')?.value;
  return {
    ok: true,
    plan: {
      client: {
        name: intake.value.client.name ?? '',
        dateOfBirth: data.birthDate,
        sex: intake.value.client.sex ?? null,
        email: email ?? null,
      },
      intake: intake.value,
      startedOn,
      measures,
      outcomes,
    },
  };
}

/**
 * The intake made from what the bundle says: age at the episode's start, sex, the regions, the first NPRS score as the
 * current pain. Nothing else is assumed (no red flags, findings or goals): the clinician completes it.
 */
function intakeOf(
  data: ImportPatient,
  p: number,
  regions: Region[],
  onset: string | undefined,
  measures: readonly ImportedMeasure[],
  startedOn: string,
): { value: CaseFile } | { issues: Issues } {
  const issues: Issues = [];
  const firstPain = measures.filter((m) => m.measure === 'nprs').sort((a, b) => (a.date < b.date ? -1 : 1))[0];
  if (regions.length === 0)
    issues.push(
      issueAt(
        'Bundle.entry',
        'add a Condition whose bodySite names where the problem is (Tandem screens and plans by region)',
        'required',
      ),
    );
  if (!firstPain)
    issues.push(
      issueAt(
        'Bundle.entry',
        `add at least one NPRS Observation (LOINC ${NPRS_LOINC.code}): the intake records the pain score`,
        'required',
      ),
    );
  const name = patientName(data);
  if (name === '') issues.push(issueAt(at(p, '.name[0]'), 'the name is empty', 'required'));
  const age = ageOn(data.birthDate, startedOn);
  if (age < 0 || age > 120)
    issues.push(issueAt(at(p, '.birthDate'), `gives an age of ${age} on ${startedOn}`, 'value'));
  if (issues.length > 0 || !firstPain) return { issues };
  const sex = data.gender === undefined ? undefined : SEX[data.gender];
  const weeks =
    onset !== undefined && onset <= startedOn
      ? Math.round((Date.parse(startedOn) - Date.parse(onset)) / (7 * 86_400_000))
      : undefined;
  const intake = parseCaseFile({
    id: 'fhir-import',
    client: { name, age, ...(sex !== undefined && { sex }), activities: [] },
    complaint: { regions, ...(weeks !== undefined && { durationWeeks: weeks }) },
    pain: { nprs: { current: firstPain.value } },
  });
  return intake.ok
    ? { value: intake.value }
    : { issues: intake.problems.map((pr) => issueAt('Bundle', `intake: ${pr.path} ${pr.message}`, 'invalid')) };
}

/** A response's answers scored by the engine, as the instrument's measure on the day it was answered. */
function scoreResponse(
  q: ImportQuestionnaireResponse,
  entry: number,
  today: string,
): ImportedMeasure | { issues: OperationOutcomeIssue[] } {
  const instrument = instrumentOf(q.questionnaire);
  if (instrument === null) {
    return {
      issues: [
        issueAt(
          at(entry, '.questionnaire'),
          `not a Tandem instrument; use ${TANDEM_FHIR}/Questionnaire/<id> with one of ${ZInstrumentId.options.join(', ')}`,
          'not-supported',
        ),
      ],
    };
  }
  const date = q.authored.slice(0, 10);
  if (date > today) return { issues: [issueAt(at(entry, '.authored'), `${date} is in the future`, 'value')] };
  const { values, unreadable } = itemValues(q.item ?? []);
  if (unreadable.length > 0) {
    return {
      issues: unreadable.map((k) =>
        issueAt(
          at(entry, `.item[${k}].answer[0]`),
          'expected valueInteger, valueDecimal, valueBoolean or valueString',
          'value',
        ),
      ),
    };
  }
  const answers = answersOf(values);
  const scored = scoreInstrument(instrument, answers);
  if (!scored.ok) {
    const name = INSTRUMENTS[instrument].name;
    return {
      issues: scored.problems.map((problem) => {
        const key = problem.path.replace(
          /^\[(\d+)\]$/,
          (_, n: string) => INSTRUMENTS[instrument].items?.[Number(n)]?.id ?? n,
        );
        const item = values.find((v) => v.linkId === key || v.linkId.startsWith(`${key}.`));
        return issueAt(at(entry, item ? `.item[${item.index}]` : '.item'), `${name}: ${problem.message}`, 'value');
      }),
    };
  }
  return { entry, date, measure: instrument, value: scored.value.score, answers };
}
