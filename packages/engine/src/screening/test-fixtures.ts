// Builds small valid case files for screening tests (through parseCaseFile, so defaults are those of a real file).
import { parseCaseFile, type CaseFile } from '../case-file.ts';
import { describeProblems } from '../result.ts';
import type { Condition, Medication, MovementFinding, RedFlag, Region } from '../vocabulary/index.ts';

export interface CaseSketch {
  age?: number;
  regions?: readonly Region[];
  painMap?: readonly Region[];
  redFlags?: readonly RedFlag[];
  conditions?: readonly Condition[];
  medications?: readonly Medication[];
  surgeries?: readonly { region: Region; weeksAgo: number; kind?: string; side?: 'left' | 'right' }[];
  pregnant?: boolean;
  pregnancyWeeks?: number;
  fallsInPastYear?: number;
  walkingAid?: boolean;
  movement?: readonly MovementFinding[];
  /** Questionnaire answers by instrument id (e.g. 13 PCS answers). */
  questionnaires?: Readonly<Record<string, unknown>>;
}

/** A valid case file from a sketch; an invalid sketch is a bug in the test, reported with the problems. */
export function sketchCase(s: CaseSketch = {}): CaseFile {
  const parsed = parseCaseFile({
    id: 'sketch',
    client: { age: s.age ?? 40 },
    complaint: { regions: s.regions ?? ['lumbar'] },
    history: {
      conditions: s.conditions ?? [],
      medications: s.medications ?? [],
      surgeries: s.surgeries ?? [],
      pregnant: s.pregnant ?? false,
      ...(s.pregnancyWeeks === undefined ? {} : { pregnancyWeeks: s.pregnancyWeeks }),
      ...(s.fallsInPastYear === undefined ? {} : { fallsInPastYear: s.fallsInPastYear }),
      ...(s.walkingAid === undefined ? {} : { walkingAid: s.walkingAid }),
    },
    redFlags: s.redFlags ?? [],
    pain: { nprs: { current: 5 }, map: (s.painMap ?? []).map((region) => ({ region })) },
    findings: { movement: s.movement ?? [] },
    questionnaires: s.questionnaires ?? {},
  });
  if (!parsed.ok) throw new Error(`invalid test case: ${describeProblems(parsed.problems)}`);
  return parsed.value;
}
