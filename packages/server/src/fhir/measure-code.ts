// What a measure key is called and how it is coded: LOINC where a code exists, Tandem's instrument or measure code
// system always (so a Tandem system reading the resource back gets the exact key).
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import {
  ACTIVITIES,
  FUNCTIONAL_STATUS,
  FUNCTIONAL_TESTS,
  INSTRUMENTS,
  ROM_JOINTS,
  ROM_MOTIONS,
  SIDES,
  STRUCTURES,
  ZInstrumentId,
} from '@tandem/engine';
import {
  CST30_ARMS_LOINC,
  FUNCTIONAL_STATUS_SYSTEM,
  INSTRUMENT_SYSTEM,
  LOINC,
  LOINC_BY_MEASURE,
  MEASURE_SYSTEM,
  type LoincCode,
} from './codes.ts';

const sideText = (side: string | undefined): string =>
  side !== undefined && SIDES.has(side) ? `, ${SIDES.entries[side].label.toLowerCase()}` : '';

/** A person's name for a measure key: "Oswestry Disability Index (v2.1a)", "Knee flexion, right (range of motion)". */
export function measureLabel(key: string): string {
  const [kind = '', a = '', b, c] = key.split(':');
  const instrument = ZInstrumentId.safeParse(kind);
  if (instrument.success) return INSTRUMENTS[instrument.data].name;
  if (kind === 'rom' && ROM_JOINTS.has(a) && b !== undefined && ROM_MOTIONS.has(b)) {
    return `${ROM_JOINTS.entries[a].label} ${ROM_MOTIONS.entries[b].label.toLowerCase()}${sideText(c)} (range of motion)`;
  }
  if (kind === 'strength' && STRUCTURES.has(a)) return `${STRUCTURES.entries[a].label} strength${sideText(b)} (0–5)`;
  if (kind === 'functional' && FUNCTIONAL_TESTS.has(a)) return `${FUNCTIONAL_TESTS.entries[a].label}${sideText(b)}`;
  if (kind === 'activity' && ACTIVITIES.has(a)) return `${ACTIVITIES.entries[a].label} (functional status)`;
  return key;
}

/** True when the instrument's answers say the arms were used (the modified 30 s chair stand has its own LOINC). */
function armsUsed(answers: unknown): boolean {
  if (answers === null || typeof answers !== 'object') return false;
  const record = answers as Record<string, unknown>;
  return record.armsUsed === true || record.arms_used === true;
}

export function loincOf(key: string, answers?: unknown): LoincCode | undefined {
  if (key === 'cst30' && armsUsed(answers)) return CST30_ARMS_LOINC;
  return LOINC_BY_MEASURE[key];
}

/** The CodeableConcept of a measure (Observation.code, Goal.target.measure). */
export function measureCode(key: string, answers?: unknown): CodeableConcept {
  const label = measureLabel(key);
  const loinc = loincOf(key, answers);
  const own: Coding = ZInstrumentId.safeParse(key).success
    ? { system: INSTRUMENT_SYSTEM, code: key, display: label }
    : { system: MEASURE_SYSTEM, code: key, display: label };
  return {
    coding: [...(loinc ? [{ system: LOINC, code: loinc.code, display: loinc.display }] : []), own],
    text: label,
  };
}

/** Which way a measure improves: the instrument's or test's own direction; range, strength and status go up. */
export function betterWhen(key: string): 'lower' | 'higher' {
  const [kind = '', test = ''] = key.split(':');
  const instrument = ZInstrumentId.safeParse(kind);
  if (instrument.success) return INSTRUMENTS[instrument.data].change.better;
  if (kind === 'functional' && FUNCTIONAL_TESTS.has(test))
    return FUNCTIONAL_TESTS.entries[test].better === 'lower' ? 'lower' : 'higher';
  return 'higher';
}

/** An activity's functional status is stored as its rank; FHIR gets the status itself. */
export function functionalStatus(rank: number): CodeableConcept {
  const found = FUNCTIONAL_STATUS.ids.find((id) => FUNCTIONAL_STATUS.entries[id].rank === rank);
  if (found === undefined) return { text: `status rank ${rank}` };
  const label = FUNCTIONAL_STATUS.entries[found].label;
  return { coding: [{ system: FUNCTIONAL_STATUS_SYSTEM, code: found, display: label }], text: label };
}
