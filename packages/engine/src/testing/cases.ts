// Test support: a fast-check generator of valid case files, built from the vocabulary (real ones: examples/cases/).
import fc from 'fast-check';
import type { CaseFileInput } from '../case-file.ts';

import {
  ACTIVITIES,
  CONDITIONS,
  EQUIPMENT,
  MEDICATIONS,
  MOVEMENT_FINDINGS,
  PALPATION_FINDINGS,
  POSTURE_FINDINGS,
  PRACTITIONER_SCOPES,
  RED_FLAGS,
  REGIONS,
  ROM_NORMS,
  SIDES,
  STRUCTURES,
  type RomJoint,
} from '../vocabulary/index.ts';

const subset = <T>(ids: readonly T[], max: number) => fc.uniqueArray(fc.constantFrom(...ids), { maxLength: max });
const romEntries = Object.entries(ROM_NORMS).flatMap(([joint, motions]) =>
  Object.keys(motions).map((motion) => ({ joint: joint as RomJoint, motion })),
);

/** Valid case files across the vocabulary: regions, findings, history, red flags (rarely), equipment, scope. */
export const arbitraryCase = (options: { redFlags?: boolean } = {}): fc.Arbitrary<CaseFileInput> =>
  fc.record({
    id: fc.constant('generated'),
    client: fc.record({ age: fc.integer({ min: 16, max: 95 }), activities: subset(ACTIVITIES.ids, 3) }),
    complaint: fc.record({
      regions: fc.uniqueArray(fc.constantFrom(...REGIONS.ids), { minLength: 1, maxLength: 3 }),
      side: fc.constantFrom(...SIDES.ids),
      aggravating: subset(ACTIVITIES.ids, 3),
    }),
    history: fc.record({
      conditions: subset(CONDITIONS.ids, 3),
      medications: subset(MEDICATIONS.ids, 2),
      surgeries: fc.array(
        fc.record({ region: fc.constantFrom(...REGIONS.ids), weeksAgo: fc.integer({ min: 0, max: 60 }) }),
        { maxLength: 1 },
      ),
      pregnant: fc.boolean(),
      pregnancyWeeks: fc.option(fc.integer({ min: 0, max: 42 }), { nil: undefined }),
      fallsInPastYear: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      walkingAid: fc.option(fc.boolean(), { nil: undefined }),
    }),
    redFlags:
      options.redFlags === false
        ? subset(RED_FLAGS.ids, 0)
        : fc.oneof(
            { weight: 4, arbitrary: subset(RED_FLAGS.ids, 0) },
            { weight: 1, arbitrary: subset(RED_FLAGS.ids, 2) },
          ),
    pain: fc.record({
      nprs: fc.record({ current: fc.integer({ min: 0, max: 10 }) }),
      irritability: fc.record({
        settlesWithinMinutes: fc.integer({ min: 0, max: 240 }),
        nightPain: fc.boolean(),
        easilyAggravated: fc.boolean(),
      }),
    }),
    findings: fc.record({
      posture: subset(POSTURE_FINDINGS.ids, 3),
      movement: subset(MOVEMENT_FINDINGS.ids, 4),
      palpation: fc.array(
        fc.record({
          structure: fc.constantFrom(...STRUCTURES.ids),
          finding: fc.constantFrom(...PALPATION_FINDINGS.ids),
        }),
        { maxLength: 3 },
      ),
      rom: fc.array(
        fc.constantFrom(...romEntries).chain((r) =>
          fc.record({
            joint: fc.constant(r.joint),
            motion: fc.constant(r.motion),
            degrees: fc.integer({ min: 0, max: 180 }),
          }),
        ),
        { maxLength: 2 },
      ) as fc.Arbitrary<NonNullable<CaseFileInput['findings']>['rom']>,
    }),
    goals: fc.constant([{ measure: 'nprs' as const, baseline: 6, target: 2, weeks: 6 }]),
    equipment: subset(EQUIPMENT.ids, 5),
    preferences: fc.record({
      visitsPerWeek: fc.integer({ min: 1, max: 3 }),
      weeks: fc.integer({ min: 1, max: 12 }),
      homeMinutesPerDay: fc.integer({ min: 5, max: 40 }),
    }),
    practitioner: fc.record({
      scope: fc.uniqueArray(fc.constantFrom(...PRACTITIONER_SCOPES.ids), { minLength: 1, maxLength: 6 }),
    }),
  });
