// A case file: one client's intake and baseline assessment (docs/case-file.md), validated against the vocabulary.
import { z } from 'zod';
import { ZInstrumentId, type InstrumentId } from './instruments/instrument.ts';
import { INSTRUMENTS, scoreInstrument } from './instruments/registry.ts';
import { fail, ok, type Problem, type Result } from './result.ts';
import {
  ACTIVITIES,
  CONDITIONS,
  EQUIPMENT,
  FMS_TESTS,
  FUNCTIONAL_STATUS,
  FUNCTIONAL_TESTS,
  MEDICATIONS,
  MOVEMENT_FINDINGS,
  ONSETS,
  PAIN_QUALITIES,
  PALPATION_FINDINGS,
  POSTURE_FINDINGS,
  PRACTITIONER_SCOPES,
  RED_FLAGS,
  REGIONS,
  ROM_JOINTS,
  ROM_MOTIONS,
  SIDES,
  STRENGTH_GRADE_MAX,
  STRENGTH_GRADE_MIN,
  STRUCTURES,
  romNorm,
} from './vocabulary/index.ts';

const nprsValue = z.number().int().min(0).max(10);

/**
 * Size limits: generous for any real intake, finite so a runaway export cannot be planned (docs/case-file.md).
 * A body map names a region and side once or twice; 40 covers every region on both sides.
 */
export const CASE_LIST_MAX = 100;
export const PAIN_MAP_MAX = 40;
export const CASE_TEXT_MAX = 200;
const text = z.string().max(CASE_TEXT_MAX);
const capped = <T extends z.ZodType>(item: T, max = CASE_LIST_MAX) => z.array(item).max(max, `at most ${max} entries`);
const list = <T extends z.ZodType>(item: T, max = CASE_LIST_MAX) => capped(item, max).default([]);

export const ZSurgery = z.strictObject({
  region: REGIONS.schema,
  side: SIDES.schema.optional(),
  weeksAgo: z.number().min(0),
  kind: text.optional(),
});

export const ZPainMapEntry = z.strictObject({
  region: REGIONS.schema,
  side: SIDES.schema.optional(),
  intensity: nprsValue.optional(),
  quality: PAIN_QUALITIES.schema.optional(),
});

/** Best ≤ current ≤ worst: each bound that is given must hold (the least pain cannot exceed pain now). */
export const ZNprs = z
  .strictObject({ current: nprsValue, best: nprsValue.optional(), worst: nprsValue.optional() })
  .superRefine(({ current, best, worst }, ctx) => {
    if (best !== undefined && worst !== undefined && best > worst) {
      ctx.addIssue({ code: 'custom', path: ['best'], message: `best pain ${best} is above worst pain ${worst}` });
      return;
    }
    if (best !== undefined && current < best)
      ctx.addIssue({
        code: 'custom',
        path: ['current'],
        message: `current pain ${current} is below best pain ${best}`,
      });
    if (worst !== undefined && current > worst)
      ctx.addIssue({
        code: 'custom',
        path: ['current'],
        message: `current pain ${current} is above worst pain ${worst}`,
      });
  });

export const ZIrritability = z.strictObject({
  /** How long provoked symptoms take to settle. */
  settlesWithinMinutes: z.number().min(0).optional(),
  nightPain: z.boolean().optional(),
  /** Pain at rest, constantly. */
  constantPain: z.boolean().optional(),
  easilyAggravated: z.boolean().optional(),
});

export const ZPalpation = z.strictObject({
  structure: STRUCTURES.schema,
  side: SIDES.schema.optional(),
  finding: PALPATION_FINDINGS.schema,
});

export const ZRom = z
  .strictObject({
    joint: ROM_JOINTS.schema,
    motion: ROM_MOTIONS.schema,
    side: SIDES.schema.optional(),
    degrees: z.number().min(-90).max(270),
    painfulFrom: z.number().optional(),
    painfulTo: z.number().optional(),
  })
  .superRefine((rom, ctx) => {
    if (romNorm(rom.joint, rom.motion) === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['motion'],
        message: `"${rom.motion}" is not measured at the ${rom.joint} joint`,
      });
    }
    if (rom.painfulFrom !== undefined && rom.painfulTo !== undefined && rom.painfulFrom > rom.painfulTo) {
      ctx.addIssue({ code: 'custom', path: ['painfulTo'], message: 'painful arc must end after it starts' });
    }
  });

export const ZStrength = z.strictObject({
  muscle: STRUCTURES.schema,
  side: SIDES.schema.optional(),
  grade: z.number().min(STRENGTH_GRADE_MIN).max(STRENGTH_GRADE_MAX),
});

export const ZFunctionalResult = z
  .strictObject({
    test: FUNCTIONAL_TESTS.schema,
    side: SIDES.schema.optional(),
    value: z.number().min(0),
    unit: text.optional(),
  })
  .superRefine((r, ctx) => {
    const expected = FUNCTIONAL_TESTS.entries[r.test].unit;
    if (r.unit !== undefined && r.unit !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['unit'],
        message: `${r.test} is measured in ${expected}, not "${r.unit}"`,
      });
    }
  });

const fmsScore = z.number().int().min(0).max(3);
const fmsSides = z.strictObject({ left: fmsScore, right: fmsScore });
/** FMS tests as recorded; any subset may be present (the full screen is scored by the fms instrument). */
export const ZFmsRecord = z
  .strictObject(
    Object.fromEntries(
      Object.entries(FMS_TESTS).map(([id, t]) => [id, (t.bilateral ? fmsSides : fmsScore).optional()]),
    ) as Record<keyof typeof FMS_TESTS, z.ZodOptional<typeof fmsScore | typeof fmsSides>>,
  )
  .extend({
    shoulder_clearing_pain_left: z.boolean().optional(),
    shoulder_clearing_pain_right: z.boolean().optional(),
    spinal_extension_clearing_pain: z.boolean().optional(),
    spinal_flexion_clearing_pain: z.boolean().optional(),
  });

export const ZFindings = z.strictObject({
  posture: list(POSTURE_FINDINGS.schema),
  movement: list(MOVEMENT_FINDINGS.schema),
  palpation: list(ZPalpation),
  rom: list(ZRom),
  strength: list(ZStrength),
  functional: list(ZFunctionalResult),
  fms: ZFmsRecord.optional(),
});

const weeks = z.number().int().min(1).max(104);
const ZGoalShape = z.discriminatedUnion(
  'measure',
  [
    z.strictObject({
      measure: z.literal('rom'),
      joint: ROM_JOINTS.schema,
      motion: ROM_MOTIONS.schema,
      side: SIDES.schema.optional(),
      baseline: z.number(),
      target: z.number(),
      weeks,
    }),
    z.strictObject({
      measure: z.literal('functional'),
      activity: ACTIVITIES.schema,
      baseline: FUNCTIONAL_STATUS.schema,
      target: FUNCTIONAL_STATUS.schema,
      weeks,
    }),
    z.strictObject({
      measure: z.literal('functional_test'),
      test: FUNCTIONAL_TESTS.schema,
      side: SIDES.schema.optional(),
      baseline: z.number(),
      target: z.number(),
      weeks,
    }),
    z.strictObject({
      measure: z.literal('strength'),
      muscle: STRUCTURES.schema,
      side: SIDES.schema.optional(),
      baseline: z.number().min(0).max(5),
      target: z.number().min(0).max(5),
      weeks,
    }),
    z.strictObject({
      measure: ZInstrumentId,
      context: ACTIVITIES.schema.optional(),
      baseline: z.number(),
      target: z.number(),
      weeks,
    }),
  ],
  {
    error: (issue) => {
      const input: unknown = issue.input;
      return input !== null && typeof input === 'object'
        ? `unknown goal measure ${JSON.stringify((input as { measure?: unknown }).measure)}; expected an instrument id, rom, functional, functional_test or strength`
        : 'a goal must be an object';
    },
  },
);

/** Which way a goal's measure improves: the instrument's own direction, the functional test's, otherwise higher. */
function betterDirection(goal: z.infer<typeof ZGoalShape>): 'lower' | 'higher' {
  if (goal.measure === 'functional_test')
    return FUNCTIONAL_TESTS.entries[goal.test].better === 'lower' ? 'lower' : 'higher';
  if (goal.measure === 'rom' || goal.measure === 'functional' || goal.measure === 'strength') return 'higher';
  return INSTRUMENTS[goal.measure].change.better;
}

/** Functional status compares by rank (unable … pain_free); every other goal by its number. */
const goalValue = (value: number | keyof typeof FUNCTIONAL_STATUS.entries): number =>
  typeof value === 'number' ? value : FUNCTIONAL_STATUS.entries[value].rank;

/** A goal is a change for the better; a target equal to the baseline (keep it there) is allowed. */
export const ZGoal = ZGoalShape.superRefine((goal, ctx) => {
  const better = betterDirection(goal);
  const gain = goalValue(goal.target) - goalValue(goal.baseline);
  if (better === 'higher' ? gain < 0 : gain > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['target'],
      message: `a target of ${goal.target} from a baseline of ${goal.baseline} makes ${goal.measure} worse (${better} is better)`,
    });
  }
});

export const ZCaseFile = z.strictObject({
  id: text.regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, - and _'),
  client: z.strictObject({
    name: text.optional(),
    age: z.number().int().min(0).max(120),
    sex: z.enum(['female', 'male', 'other', 'unspecified']).optional(),
    occupation: text.optional(),
    activities: list(ACTIVITIES.schema),
  }),
  complaint: z.strictObject({
    regions: capped(REGIONS.schema).min(1),
    side: SIDES.schema.optional(),
    durationWeeks: z.number().min(0).optional(),
    onset: ONSETS.schema.optional(),
    aggravating: list(ACTIVITIES.schema),
    easing: list(ACTIVITIES.schema),
  }),
  history: z
    .strictObject({
      conditions: list(CONDITIONS.schema),
      medications: list(MEDICATIONS.schema),
      surgeries: list(ZSurgery),
      pregnant: z.boolean().default(false),
      /** Weeks of pregnancy at intake; unknown is treated as past 20 weeks where that matters. */
      pregnancyWeeks: z.number().int().min(0).max(42).optional(),
      fallsInPastYear: z.number().int().min(0).max(100).optional(),
      walkingAid: z.boolean().optional(),
    })
    .default({ conditions: [], medications: [], surgeries: [], pregnant: false }),
  redFlags: list(RED_FLAGS.schema),
  pain: z.strictObject({
    nprs: ZNprs,
    map: list(ZPainMapEntry, PAIN_MAP_MAX),
    irritability: ZIrritability.optional(),
  }),
  findings: ZFindings.default({ posture: [], movement: [], palpation: [], rom: [], strength: [], functional: [] }),
  questionnaires: z.partialRecord(ZInstrumentId, z.unknown()).default({}),
  goals: list(ZGoal),
  equipment: list(EQUIPMENT.schema),
  preferences: z
    .strictObject({
      visitsPerWeek: z.number().int().min(1).max(7).optional(),
      weeks: z.number().int().min(1).max(52).optional(),
      homeMinutesPerDay: z.number().int().min(0).max(180).optional(),
    })
    .default({}),
  practitioner: z.strictObject({ scope: capped(PRACTITIONER_SCOPES.schema).min(1) }).optional(),
});

export type CaseFile = z.infer<typeof ZCaseFile>;
export type CaseFileInput = z.input<typeof ZCaseFile>;
export type Goal = z.infer<typeof ZGoal>;

/** `a.b[0].c`, the way a person reads a JSON path. */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/** zod issues → problems naming the JSON path and, for unknown ids, the id. */
export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const path = issue.keys.length === 1 ? [...issue.path, ...issue.keys] : issue.path;
      const what = issue.path.at(-1) === 'questionnaires' ? 'instrument' : 'field';
      return {
        path: formatPath(path),
        message: `unknown ${what}${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    return { path: formatPath(issue.path), message: issue.message };
  });
}

/**
 * A goal's baseline may be the questionnaire's score rounded to a whole number: within this many points it agrees.
 * A goal with a context (pain while sitting, one PSFS activity) measures something narrower and is not compared.
 */
export const GOAL_BASELINE_TOLERANCE = 0.5;

const isInstrumentGoal = (goal: Goal): goal is Extract<Goal, { measure: InstrumentId }> =>
  ZInstrumentId.safeParse(goal.measure).success;

/** Parses and validates a case file, scoring each questionnaire to check its answers and the goals' baselines; never throws. */
export function parseCaseFile(raw: unknown): Result<CaseFile> {
  const parsed = ZCaseFile.safeParse(raw);
  if (!parsed.success) return fail(...problemsFromZod(parsed.error));
  const problems: Problem[] = [];
  const scores = new Map<InstrumentId, number>();
  for (const [key, answers] of Object.entries(parsed.data.questionnaires)) {
    const id = ZInstrumentId.parse(key);
    const scored = scoreInstrument(id, answers);
    if (scored.ok) {
      scores.set(id, scored.value.score);
      continue;
    }
    problems.push(
      ...scored.problems.map((p) => ({
        path: `questionnaires.${key}${p.path === '' || p.path.startsWith('[') ? p.path : `.${p.path}`}`,
        message: p.message,
      })),
    );
  }
  parsed.data.goals.forEach((goal, i) => {
    if (!isInstrumentGoal(goal) || goal.context !== undefined) return;
    const score = scores.get(goal.measure);
    if (score === undefined || Math.abs(goal.baseline - score) <= GOAL_BASELINE_TOLERANCE) return;
    problems.push({
      path: `goals[${i}].baseline`,
      message: `a baseline of ${goal.baseline} contradicts the ${goal.measure} answers in this file, which score ${Number(score.toFixed(2))}`,
    });
  });
  return problems.length > 0 ? fail(...problems) : ok(parsed.data);
}
