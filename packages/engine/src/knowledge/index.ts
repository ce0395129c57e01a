// The knowledge base, parsed once at load: techniques, exercises, education topics, with look-ups by id.
import { ANKLE_FOOT_EXERCISES } from './exercises/ankle-foot.ts';
import { BALANCE_EXERCISES } from './exercises/balance.ts';
import { CARDIO_EXERCISES } from './exercises/cardio.ts';
import { CERVICAL_EXERCISES } from './exercises/cervical.ts';
import { ELBOW_WRIST_EXERCISES } from './exercises/elbow-wrist.ts';
import { HIP_EXERCISES } from './exercises/hip.ts';
import { KNEE_EXERCISES } from './exercises/knee.ts';
import { LUMBAR_PELVIS_EXERCISES } from './exercises/lumbar-pelvis.ts';
import { POSITIONAL_EXERCISES } from './exercises/positional.ts';
import { RELAXATION_EXERCISES } from './exercises/relaxation.ts';
import { SELF_MASSAGE_EXERCISES } from './exercises/self-massage.ts';
import { SHOULDER_SCAPULA_EXERCISES } from './exercises/shoulder-scapula.ts';
import { THORACIC_EXERCISES } from './exercises/thoracic.ts';
import { EDUCATION_TOPICS as EDUCATION_INPUT } from './education.ts';
import {
  ZEducationTopic,
  ZExercise,
  ZTechnique,
  type EducationTopic,
  type Exercise,
  type Technique,
} from './schema.ts';
import { TECHNIQUES as TECHNIQUE_INPUT } from './techniques.ts';

export * from './schema.ts';
export * from './pose-ids.ts';

/** Raw exercise records by file, for the graph test to report where a problem is. */
export const EXERCISE_SOURCES = {
  'lumbar-pelvis': LUMBAR_PELVIS_EXERCISES,
  hip: HIP_EXERCISES,
  knee: KNEE_EXERCISES,
  'ankle-foot': ANKLE_FOOT_EXERCISES,
  cardio: CARDIO_EXERCISES,
  cervical: CERVICAL_EXERCISES,
  thoracic: THORACIC_EXERCISES,
  'shoulder-scapula': SHOULDER_SCAPULA_EXERCISES,
  'elbow-wrist': ELBOW_WRIST_EXERCISES,
  'self-massage': SELF_MASSAGE_EXERCISES,
  relaxation: RELAXATION_EXERCISES,
  balance: BALANCE_EXERCISES,
  positional: POSITIONAL_EXERCISES,
} as const;

// Parsing at load applies defaults and fails fast on a malformed record (a bug in the knowledge, not user input).
export const EXERCISES: readonly Exercise[] = Object.values(EXERCISE_SOURCES)
  .flat()
  .map((e) => ZExercise.parse(e));
export const TECHNIQUES: readonly Technique[] = TECHNIQUE_INPUT.map((t) => ZTechnique.parse(t));
export const EDUCATION_TOPICS: readonly EducationTopic[] = EDUCATION_INPUT.map((t) => ZEducationTopic.parse(t));

export const EXERCISES_BY_ID: ReadonlyMap<string, Exercise> = new Map(EXERCISES.map((e) => [e.id, e]));
export const TECHNIQUES_BY_ID: ReadonlyMap<string, Technique> = new Map(TECHNIQUES.map((t) => [t.id, t]));
export const EDUCATION_BY_ID: ReadonlyMap<string, EducationTopic> = new Map(EDUCATION_TOPICS.map((t) => [t.id, t]));
