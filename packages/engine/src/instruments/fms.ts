// Functional Movement Screen: seven movement tests scored 0–3 (lower side for bilateral tests), clearing tests, composite 0–21.
import { fail, ok, type Problem, type Result } from '../result.ts';
import type { Instrument, ScoreResult } from './instrument.ts';

/** The seven tests in published order (Cook, Burton & Hoogenboom 2006). */
export const FMS_TESTS = [
  'deep_squat',
  'hurdle_step',
  'inline_lunge',
  'shoulder_mobility',
  'active_straight_leg_raise',
  'trunk_stability_pushup',
  'rotary_stability',
] as const;
export type FmsTest = (typeof FMS_TESTS)[number];

/** Tests scored left and right; the lower side goes into the composite. */
export const FMS_BILATERAL: ReadonlySet<FmsTest> = new Set<FmsTest>([
  'hurdle_step',
  'inline_lunge',
  'shoulder_mobility',
  'active_straight_leg_raise',
  'rotary_stability',
]); // Cook 2006/2014: five tests scored each side, lower side counts
export const FMS_SCORE_MIN = 0; // Cook 2006: 0 = pain anywhere during the test
export const FMS_SCORE_MAX = 3; // Cook 2006: 3 = pattern performed to all criteria
/** A score of 1 (unable to complete the pattern) is a corrective priority alongside asymmetry. */
export const FMS_PRIORITY_SCORE = 1; // Cook 2014: fix asymmetries and 1s first
export const FMS_COMPOSITE_MAX = 21; // Cook 2006: 7 tests × 3
/** Composites at or below this are flagged; the flag is reported but is not an injury predictor (proposed by Kiesel 2007;
 * later work found it predicts injury poorly, Warren 2018). */
export const FMS_COMPOSITE_FLAG_AT_OR_BELOW = 14; // Kiesel 2007 proposed ≤14; Warren 2018 review: poor predictive accuracy
export const FMS_HEALTHY_ACTIVE_MEAN = 15.7; // Schneiders 2011: mean composite of healthy active adults
export const FMS_MCID = 1; // [P] Tandem: no MCID published; 1 point is the smallest composite step
/** Corrective order after pain: the deep squat is corrected last. */
export const FMS_CORRECTIVE_ORDER: readonly FmsTest[] = [
  'active_straight_leg_raise',
  'shoulder_mobility',
  'rotary_stability',
  'trunk_stability_pushup',
  'inline_lunge',
  'hurdle_step',
  'deep_squat',
]; // Cook (IJSPT 2014): ASLR → shoulder mobility → rotary stability → TSPU → in-line lunge → hurdle step → deep squat

export type FmsSide = 'left' | 'right';
/** Clearing tests: pain sets the linked test (that side only, for the shoulder) to 0 and calls for referral. */
export const FMS_CLEARING = {
  shoulder_clearing_pain_left: { test: 'shoulder_mobility', sides: ['left'] },
  shoulder_clearing_pain_right: { test: 'shoulder_mobility', sides: ['right'] },
  spinal_extension_clearing_pain: { test: 'trunk_stability_pushup', sides: [] },
  spinal_flexion_clearing_pain: { test: 'rotary_stability', sides: ['left', 'right'] },
} as const satisfies Record<string, { test: FmsTest; sides: readonly FmsSide[] }>; // Cook 2006: impingement → SM, press-up → TSPU, rock-back → RS
export type FmsClearing = keyof typeof FMS_CLEARING;
const CLEARING_IDS = Object.keys(FMS_CLEARING) as FmsClearing[];

/** Accepted spellings of test ids other than the canonical one. */
const ALIASES: ReadonlyMap<string, FmsTest> = new Map([['in_line_lunge', 'inline_lunge']]);

interface Sides {
  left: number;
  right: number;
}
interface FmsInput {
  tests: Partial<Record<FmsTest, number | Sides>>;
  clearing: FmsClearing[];
}

const isRecord = (raw: unknown): raw is Record<string, unknown> =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw);
const isTest = (key: string): key is FmsTest => (FMS_TESTS as readonly string[]).includes(key);
const isClearing = (key: string): key is FmsClearing => (CLEARING_IDS as readonly string[]).includes(key);

const readGrade = (value: unknown, path: string, problems: Problem[]): number | null => {
  if (value === null || value === undefined) {
    problems.push({ path, message: `${path}: missing` });
    return null;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    problems.push({ path, message: `${path}: ${JSON.stringify(value)} is not a whole number` });
    return null;
  }
  if (value < FMS_SCORE_MIN || value > FMS_SCORE_MAX) {
    problems.push({ path, message: `${path}: ${value} is outside ${FMS_SCORE_MIN}–${FMS_SCORE_MAX}` });
    return null;
  }
  return value;
};

/** Reads the test scores and clearing results; every problem names the test (and side) and says why. */
function readFms(raw: unknown): Result<FmsInput> {
  const body = isRecord(raw) && Object.keys(raw).length === 1 && isRecord(raw['tests']) ? raw['tests'] : raw;
  if (!isRecord(body)) return fail({ path: '', message: 'FMS results must be an object keyed by test id' });
  const problems: Problem[] = [];
  const input: FmsInput = { tests: {}, clearing: [] };
  const seen = new Map<FmsTest, string>();
  for (const [key, value] of Object.entries(body)) {
    if (value === null || value === undefined) continue;
    const testId = isTest(key) ? key : ALIASES.get(key);
    if (testId) {
      const earlier = seen.get(testId);
      if (earlier !== undefined) {
        problems.push({ path: key, message: `${key}: given twice (also as ${earlier})` });
        continue;
      }
      seen.set(testId, key);
      if (!FMS_BILATERAL.has(testId)) {
        const grade = readGrade(value, key, problems);
        if (grade !== null) input.tests[testId] = grade;
      } else if (!isRecord(value)) {
        problems.push({ path: key, message: `${key}: is scored each side; expected { left, right }` });
      } else {
        const unknown = Object.keys(value).filter((k) => k !== 'left' && k !== 'right');
        if (unknown.length > 0)
          problems.push({ path: key, message: `${key}: unknown side ${unknown.join(', ')}; expected left and right` });
        const left = readGrade(value['left'], `${key}.left`, problems);
        const right = readGrade(value['right'], `${key}.right`, problems);
        if (left !== null && right !== null) input.tests[testId] = { left, right };
      }
    } else if (isClearing(key)) {
      if (typeof value !== 'boolean')
        problems.push({ path: key, message: `${key}: expected true (painful) or false, got ${JSON.stringify(value)}` });
      else if (value) input.clearing.push(key);
    } else {
      problems.push({
        path: key,
        message: `unknown FMS field "${key}"; expected ${[...FMS_TESTS, ...CLEARING_IDS].join(', ')}`,
      });
    }
  }
  return problems.length > 0 ? fail(...problems) : ok(input);
}

export interface FmsBreakdown {
  /** Final score per test: the lower side for bilateral tests, after clearing tests. */
  tests: Partial<Record<FmsTest, number>>;
  /** Side scores of bilateral tests, after clearing tests. */
  sides: Partial<Record<FmsTest, Sides>>;
  /** Bilateral tests scored differently left and right (tests scored 0 for pain are listed under `painful` instead). */
  asymmetries: FmsTest[];
  /** Tests scored 0 on any side (pain during the test or on its clearing test): refer for evaluation. */
  painful: FmsTest[];
  /** Positive clearing tests. */
  clearingPositive: FmsClearing[];
  /** Painful tests first, then asymmetric tests and tests scoring 1, in Cook's corrective order. */
  correctivePriority: FmsTest[];
}

/** Applies clearing tests and works out per-test scores, asymmetries, pain and corrective priority for the tests present. */
function breakdown(input: FmsInput): FmsBreakdown {
  const sides: Partial<Record<FmsTest, Sides>> = {};
  const single: Partial<Record<FmsTest, number>> = {};
  for (const test of FMS_TESTS) {
    const given = input.tests[test];
    if (typeof given === 'number') single[test] = given;
    else if (given) sides[test] = { ...given };
  }
  for (const id of input.clearing) {
    const { test, sides: painfulSides } = FMS_CLEARING[id];
    if (!FMS_BILATERAL.has(test)) {
      single[test] = 0;
      continue;
    }
    const current = sides[test];
    if (current) {
      for (const side of painfulSides) current[side] = 0;
    } else if (painfulSides.length === 2 || input.clearing.filter((c) => FMS_CLEARING[c].test === test).length === 2) {
      // Not recorded, but both sides are fixed at 0 by clearing tests.
      sides[test] = { left: 0, right: 0 };
    }
  }
  const tests: Partial<Record<FmsTest, number>> = {};
  const painful: FmsTest[] = [];
  const asymmetries: FmsTest[] = [];
  for (const test of FMS_TESTS) {
    const s = sides[test];
    const score = s ? Math.min(s.left, s.right) : single[test];
    if (score === undefined) continue;
    tests[test] = score;
    if (score === FMS_SCORE_MIN) painful.push(test);
    else if (s && s.left !== s.right) asymmetries.push(test);
  }
  const correctivePriority = [
    ...FMS_CORRECTIVE_ORDER.filter((t) => painful.includes(t)),
    ...FMS_CORRECTIVE_ORDER.filter((t) => asymmetries.includes(t) || tests[t] === FMS_PRIORITY_SCORE),
  ];
  return { tests, sides, asymmetries, painful, clearingPositive: [...input.clearing], correctivePriority };
}

const missingTests = (b: FmsBreakdown): FmsTest[] => FMS_TESTS.filter((t) => b.tests[t] === undefined);

/**
 * Full FMS: all seven tests, bilateral ones as `{ left, right }`, each 0–3, plus optional clearing-test booleans
 * (`inline_lunge` may be spelled `in_line_lunge`; the object may be wrapped as `{ tests: {...} }`). A test not
 * recorded counts as present only when positive clearing tests fix all its sides at 0.
 */
export function scoreFms(raw: unknown): Result<ScoreResult> {
  const read = readFms(raw);
  if (!read.ok) return read;
  const b = breakdown(read.value);
  const missing = missingTests(b);
  if (missing.length > 0) {
    return fail(
      ...missing.map((test) => ({
        path: test,
        message: `${test}: missing; the composite needs all ${FMS_TESTS.length} tests (score a partial screen with scoreFmsPartial)`,
      })),
    );
  }
  const composite = FMS_TESTS.reduce((sum, t) => sum + (b.tests[t] ?? 0), 0);
  return ok({
    instrument: 'fms',
    score: composite,
    unit: 'points',
    flags: {
      composite_at_or_below_14: composite <= FMS_COMPOSITE_FLAG_AT_OR_BELOW,
      asymmetry: b.asymmetries.length > 0,
      pain: b.painful.length > 0,
    },
    details: { ...b },
    answered: FMS_TESTS.length,
    missing: 0,
    missingItems: [],
    ruleId: 'score.fms',
  });
}

export interface FmsPartialResult extends FmsBreakdown {
  instrument: 'fms';
  /** No composite without all seven tests. */
  composite: null;
  flags: { asymmetry: boolean; pain: boolean };
  scored: FmsTest[];
  missingTests: FmsTest[];
  ruleId: 'score.fms.partial';
}

/** Partial FMS (e.g. a case file with only `deep_squat` and `hurdle_step`): scores the tests present, no composite. */
export function scoreFmsPartial(raw: unknown): Result<FmsPartialResult> {
  const read = readFms(raw);
  if (!read.ok) return read;
  const b = breakdown(read.value);
  const scored = FMS_TESTS.filter((t) => b.tests[t] !== undefined);
  if (scored.length === 0)
    return fail({ path: '', message: `no FMS test given; expected any of ${FMS_TESTS.join(', ')}` });
  return ok({
    instrument: 'fms',
    composite: null,
    ...b,
    flags: { asymmetry: b.asymmetries.length > 0, pain: b.painful.length > 0 },
    scored,
    missingTests: missingTests(b),
    ruleId: 'score.fms.partial',
  });
}

export const fms: Instrument = {
  id: 'fms',
  name: 'Functional Movement Screen (FMS™)',
  description:
    'Seven movement patterns scored 0–3 (bilateral tests by their lower side), composite 0–21 (higher is better). Pain on a test or its clearing test scores 0 and calls for referral. Asymmetries and scores of 1 set the corrective priority. A composite of 14 or less is flagged for information only: it is not a valid injury predictor.',
  inputHelp:
    'Object keyed by test: deep_squat and trunk_stability_pushup as 0–3; hurdle_step, inline_lunge (or in_line_lunge), shoulder_mobility, active_straight_leg_raise and rotary_stability as { left, right }; optional booleans shoulder_clearing_pain_left/right, spinal_extension_clearing_pain, spinal_flexion_clearing_pain.',
  change: {
    better: 'higher',
    mcid: FMS_MCID,
    source:
      'No MCID is published for the FMS composite; Tandem uses 1 point, the smallest step, as a placeholder (read changes per test and in pain or asymmetry instead)',
  },
  source:
    'Cook, Burton & Hoogenboom, NAJSPT 2006;1:62,132; Cook et al., IJSPT 2014;9:396,549; Schneiders et al., IJSPT 2011;6:75',
  licence:
    'FMS™ is a trademark and its manual is © Functional Movement Systems; use of the name may need permission. The scoring criteria are facts; Tandem uses its own test labels and does not reproduce the manual text or images.',
  score: scoreFms,
};
