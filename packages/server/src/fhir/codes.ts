// Code systems the FHIR mapping uses: LOINC where a real code exists (each checked, sources in docs/fhir.md), HL7
// terminology for statuses and categories, and Tandem's own CodeSystem URLs for everything else.
import { FUNCTIONAL_TESTS, ZInstrumentId, type InstrumentId } from '@tandem/engine';

/** The root of Tandem's identifiers (code systems, questionnaires); names things, not a web address to fetch. */
export const TANDEM_FHIR = 'https://tandem.example/fhir';
export const INSTRUMENT_SYSTEM = `${TANDEM_FHIR}/CodeSystem/instrument`;
/** Measure keys that are not instruments: `rom:knee:flexion:right`, `strength:…`, `functional:…`, `activity:…`. */
export const MEASURE_SYSTEM = `${TANDEM_FHIR}/CodeSystem/measure`;
export const REGION_SYSTEM = `${TANDEM_FHIR}/CodeSystem/region`;
export const TECHNIQUE_SYSTEM = `${TANDEM_FHIR}/CodeSystem/technique`;
export const EXERCISE_SYSTEM = `${TANDEM_FHIR}/CodeSystem/exercise`;
export const PHASE_SYSTEM = `${TANDEM_FHIR}/CodeSystem/phase`;
export const EDUCATION_SYSTEM = `${TANDEM_FHIR}/CodeSystem/education`;
export const FUNCTIONAL_STATUS_SYSTEM = `${TANDEM_FHIR}/CodeSystem/functional-status`;
export const CLIENT_IDENTIFIER_SYSTEM = `${TANDEM_FHIR}/identifier/client`;
export const questionnaireUrl = (instrument: InstrumentId): string => `${TANDEM_FHIR}/Questionnaire/${instrument}`;

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
export const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
export const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
export const GOAL_ACHIEVEMENT = 'http://terminology.hl7.org/CodeSystem/goal-achievement';

export interface LoincCode {
  code: string;
  display: string;
}

/** NPRS 0–10 (LOINC 72514-3, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"). */
export const NPRS_LOINC: LoincCode = {
  code: '72514-3',
  display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};
/** The modified 30 s sit to stand, arms used (LOINC 93125-3). */
export const CST30_ARMS_LOINC: LoincCode = {
  code: '93125-3',
  display: 'Modified 30 seconds Sit to stand --with use of upper extremities',
};

/**
 * Measures with a LOINC code whose meaning matches what Tandem stores (each looked up on loinc.org; see docs/fhir.md).
 * Instruments without a matching LOINC score code (NDI, QuickDASH, SPADI, PSFS, LEFS, TSK, PCS, FMS) use only
 * Tandem's instrument code system: no code is made up.
 */
export const LOINC_BY_MEASURE: Readonly<Record<string, LoincCode>> = {
  nprs: NPRS_LOINC,
  odi: { code: '97909-6', display: 'Oswestry disability index score ODI' },
  startback: { code: '91351-7', display: 'Total score [STarT Back]' },
  tug: { code: '89423-8', display: 'Time to rise from chair, walk 10 feet and back, and return to sitting [TUG]' },
  'functional:timed_up_and_go': {
    code: '89423-8',
    display: 'Time to rise from chair, walk 10 feet and back, and return to sitting [TUG]',
  },
  cst30: { code: '66247-8', display: 'Sit to stand frequency in 30 seconds' },
  'functional:sit_to_stand_30s': { code: '66247-8', display: 'Sit to stand frequency in 30 seconds' },
};

/** The measure key a LOINC code stands for on import (the instrument, where a functional test shares its code). */
export const MEASURE_BY_LOINC: ReadonlyMap<string, string> = new Map([
  ...Object.entries(LOINC_BY_MEASURE)
    .filter(([key]) => !key.startsWith('functional:'))
    .map(([key, loinc]) => [loinc.code, key] as const),
  [CST30_ARMS_LOINC.code, 'cst30'],
]);

export interface Unit {
  unit: string;
  code: string;
}

const INSTRUMENT_UNITS: Readonly<Record<'points' | 'percent' | 'seconds' | 'stands', Unit>> = {
  points: { unit: 'score', code: '{score}' },
  percent: { unit: '%', code: '%' },
  seconds: { unit: 's', code: 's' },
  stands: { unit: 'stands', code: '{#}' },
};

/** The unit each instrument's headline score is reported in (engine ScoreResult.unit). */
const UNIT_OF_INSTRUMENT: Readonly<Record<InstrumentId, keyof typeof INSTRUMENT_UNITS>> = {
  nprs: 'points',
  odi: 'percent',
  ndi: 'percent',
  quickdash: 'points',
  spadi: 'percent',
  psfs: 'points',
  lefs: 'points',
  tsk11: 'points',
  tsk17: 'points',
  pcs: 'points',
  startback: 'points',
  fms: 'points',
  tug: 'seconds',
  cst30: 'stands',
};

const FUNCTIONAL_UNITS: Readonly<Record<string, Unit>> = {
  s: { unit: 's', code: 's' },
  count: { unit: 'count', code: '{#}' },
  m: { unit: 'm', code: 'm' },
  kg: { unit: 'kg', code: 'kg' },
  steps: { unit: 'steps', code: '{steps}' },
};

/** The UCUM unit of a measure's value; null for a functional status (a coded value, not a quantity). */
export function ucumUnitOf(measure: string): Unit | null {
  const [kind = '', test = ''] = measure.split(':');
  const instrument = ZInstrumentId.safeParse(kind);
  if (instrument.success) return INSTRUMENT_UNITS[UNIT_OF_INSTRUMENT[instrument.data]];
  if (kind === 'rom') return { unit: 'degrees', code: 'deg' };
  if (kind === 'strength') return { unit: 'grade (0–5)', code: '{grade}' };
  if (kind === 'functional' && FUNCTIONAL_TESTS.has(test))
    return (
      FUNCTIONAL_UNITS[FUNCTIONAL_TESTS.entries[test].unit] ?? { unit: FUNCTIONAL_TESTS.entries[test].unit, code: '1' }
    );
  if (kind === 'activity') return null;
  return { unit: 'value', code: '1' };
}
