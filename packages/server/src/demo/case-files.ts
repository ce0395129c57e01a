// The example case files kept in the project (examples/cases/*.json), and which of them make up the demo clinic.
import { readFileSync } from 'node:fs';
import { describeProblems, parseCaseFile, type CaseFile } from '@tandem/engine';

export const EXAMPLE_CASES = new URL('../../../../examples/cases/', import.meta.url);

/** Who is in the demo, in seeding order: named, so that adding an example case does not change the demo clinic. */
export const DEMO_CASE_IDS: readonly string[] = [
  'acute-flare-lumbar',
  'frozen-shoulder-irritable',
  'hip-gardener',
  'knee-runner',
  'neck-dizziness-routine-referral',
  'pregnancy-pelvic-pain',
  'tennis-elbow-massage-therapist',
  'thoracic-night-pain-urgent-referral',
  'thoracic-osteoporosis-anticoagulant',
  'widespread-pain',
];

/** One example case (examples/cases/<id>.json), parsed; a broken example is a bug in the project, so it throws. */
export function readExampleCase(id: string): CaseFile {
  const parsed = parseCaseFile(JSON.parse(readFileSync(new URL(`${id}.json`, EXAMPLE_CASES), 'utf8')));
  if (!parsed.ok) throw new Error(`examples/cases/${id}.json: ${describeProblems(parsed.problems)}`);
  return parsed.value;
}

/** The demo clinic's cases, parsed, in DEMO_CASE_IDS order. */
export const loadDemoCases = (): CaseFile[] => DEMO_CASE_IDS.map(readExampleCase);
