// An assessment as it is being recorded, and the body POST /episodes/{id}/assessments takes (ZNewAssessment).
import type { CaseFile, InstrumentId, Side } from '@tandem/engine';
import { FMS_TESTS, FUNCTIONAL_TESTS } from '@tandem/engine';
import type { Body } from '../../api/types.ts';
import type { PainEntry } from '../intake/draft.ts';

type Findings = CaseFile['findings'];
export type Palpation = Findings['palpation'][number];
export type FmsRecord = NonNullable<Findings['fms']>;
export type RomRow = Omit<Findings['rom'][number], 'degrees'> & { degrees?: number };
export interface StrengthRow {
  muscle: Findings['strength'][number]['muscle'];
  side?: Side;
  grade?: number;
}
export interface FunctionalRow {
  test: Findings['functional'][number]['test'];
  side?: Side;
  value?: number;
}
export type FmsTestId = keyof typeof FMS_TESTS;
export type FmsClearingId =
  | 'shoulder_clearing_pain_left'
  | 'shoulder_clearing_pain_right'
  | 'spinal_extension_clearing_pain'
  | 'spinal_flexion_clearing_pain';
/** FMS as entered: a score per test, or per side for bilateral tests (a side may still be blank), and clearing tests. */
export interface FmsDraft {
  scores: Partial<Record<FmsTestId, { left?: number; right?: number; both?: number }>>;
  clearing: FmsClearingId[];
}

const FMS_TEST_IDS = Object.keys(FMS_TESTS) as FmsTestId[];

/** The FMS record the case file takes: complete tests only, and positive clearing tests. */
export function fmsRecord(d: FmsDraft): FmsRecord {
  const out: Record<string, unknown> = {};
  for (const id of FMS_TEST_IDS) {
    const s = d.scores[id];
    if (!s) continue;
    if (FMS_TESTS[id].bilateral) {
      if (s.left !== undefined && s.right !== undefined) out[id] = { left: s.left, right: s.right };
    } else if (s.both !== undefined) out[id] = s.both;
  }
  for (const c of d.clearing) out[c] = true;
  return out;
}

export interface PsfsRow {
  activity: string;
  score: number | null;
}
/** Item answers in published order (null = not answered), or PSFS activities. */
export type Answers = (number | null)[] | PsfsRow[];

export interface AssessmentDraft {
  date: string;
  painMap: PainEntry[];
  posture: Findings['posture'];
  movement: Findings['movement'];
  palpation: Palpation[];
  rom: RomRow[];
  strength: StrengthRow[];
  functional: FunctionalRow[];
  fms: FmsDraft;
  questionnaires: Partial<Record<InstrumentId, Answers>>;
  notes: string;
}

export type AssessmentBody = Body<'/api/v1/episodes/{id}/assessments', 'post'>;

export const emptyAssessment = (date: string, painMap: PainEntry[]): AssessmentDraft => ({
  date,
  painMap,
  posture: [],
  movement: [],
  palpation: [],
  rom: [],
  strength: [],
  functional: [],
  fms: { scores: {}, clearing: [] },
  questionnaires: {},
  notes: '',
});

const answered = (a: Answers): boolean =>
  a.some((x) => (typeof x === 'number' ? true : x !== null && (x.score !== null || x.activity !== '')));

/** PSFS rows as the scorer reads them: named activities with their rating. */
export const psfsAnswers = (rows: readonly PsfsRow[]) =>
  rows.map((r) => (r.activity.trim() ? { activity: r.activity.trim(), score: r.score } : { score: r.score }));

/** The request body: incomplete rows are sent as typed so the server can say what is missing. */
export function toBody(d: AssessmentDraft): AssessmentBody {
  const questionnaires = Object.fromEntries(
    Object.entries(d.questionnaires)
      .filter(([, a]) => answered(a))
      .map(([id, a]) => [id, id === 'psfs' ? psfsAnswers(a as PsfsRow[]) : a]),
  );
  const findings = {
    posture: d.posture,
    movement: d.movement,
    palpation: d.palpation,
    rom: d.rom,
    strength: d.strength,
    functional: d.functional.map((f) => ({ ...f, unit: FUNCTIONAL_TESTS.entries[f.test].unit })),
    ...(Object.keys(fmsRecord(d.fms)).length > 0 ? { fms: fmsRecord(d.fms) } : {}),
  };
  return {
    date: d.date,
    findings: findings as AssessmentBody['findings'],
    ...(Object.keys(questionnaires).length > 0 ? { questionnaires } : {}),
    ...(d.notes.trim() ? { notes: d.notes.trim() } : {}),
    ...(d.painMap.length > 0 ? { details: { painMap: d.painMap } } : {}),
  };
}
