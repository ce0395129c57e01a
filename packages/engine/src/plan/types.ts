// The shape of a generated plan of care (the JSON of `tandem plan --json`). Type aliases rather than interfaces: a
// plan is also the API's plan document, an open object (any further keys), which TypeScript grants only to aliases.
import type { Dose, IrritabilityLevel, PhaseId } from '../knowledge/schema.ts';
import type { ImpairmentFinding } from '../reasoning/impairments.ts';
import type { ExerciseLimit, ReferralUrgency, Restriction } from '../screening/index.ts';
import type {
  BodyPosition,
  Equipment,
  ExerciseCategory,
  Intensity,
  Region,
  TechniqueCategory,
} from '../vocabulary/index.ts';
import type { Decision } from '../decision.ts';

/** What every plan item carries so screens, PDFs and notes can say why. */
export type Explained = {
  addresses: string[];
  ruleId: string;
  rationale: string;
};

export type TechniqueItem = Explained & {
  kind: 'technique';
  technique: string;
  name: string;
  category: TechniqueCategory;
  intensity: Intensity;
  /** True when a precaution lowered the technique's usual intensity. */
  modified: boolean;
  regions: Region[];
  minutes: number;
  /** How the client is positioned, when screening rules positions out (e.g. side-lying in pregnancy). */
  position?: Decision<BodyPosition>;
};

export type ExerciseItem = Explained & {
  kind: 'exercise';
  exercise: string;
  name: string;
  category: ExerciseCategory;
  regions: Region[];
  dosage: Dose;
  minutes: number;
};

export type VisitItem = TechniqueItem | ExerciseItem;
export type VisitBlockKind = 'warm_up' | 'manual' | 're_education';

export type VisitBlock = {
  kind: VisitBlockKind;
  minutes: number;
  items: VisitItem[];
  /** Why the block departs from the visit template (fewer hands-on minutes, repeats, too little that is safe). */
  note?: Decision<'adjusted'>;
};

export type Criterion = {
  text: string;
  measure: string;
};

export type Phase = {
  id: PhaseId;
  title: string;
  /** Weeks from the start of the plan (1-based) this phase covers; maintenance is open-ended after discharge. */
  startWeek: number;
  weeks: number;
  visitsPerWeek: number;
  /** Share of visit time spent on hands-on work (falls as phases advance). */
  manualShare: number;
  intensityCap: Intensity;
  goals: string[];
  entryCriteria: Criterion[];
  exitCriteria: Criterion[];
  progressionRules: string[];
  /** Techniques and exercises emphasised in this phase. */
  techniques: string[];
  exercises: string[];
  /** The exercise limits in force when the phase starts (healing and pregnancy move on with the calendar). */
  exerciseLimits: ExerciseLimit[];
  /** What changed in the limits since the previous phase, in words (`plan.phase_limits`); null when nothing did. */
  limitsChange: Decision<'changed'> | null;
  ruleId: string;
  rationale: string;
};

export type TreatmentBlock = Explained & {
  impairment: string;
  region: Region;
  technique: string | null;
  exercise: string | null;
  education: string | null;
};

export type HomeDay = {
  day: number;
  focus: string;
  minutes: number;
  items: ExerciseItem[];
};

export type HomeProgram = {
  minutesPerDay: number;
  days: HomeDay[];
  /** Each exercise once with its dose, for the printable sheet. */
  exercises: ExerciseItem[];
};

export type EducationItem = Explained & {
  topic: string;
  title: string;
  summary: string;
};

export type SmartGoal = Explained & {
  measure: string;
  description: string;
  baseline: number | string;
  target: number | string;
  /** ISO date by which the target should be met. */
  date: string;
  weeks: number;
};

export type MeasureSchedule = Explained & {
  measure: string;
  baseline: number | null;
  when: string;
};

export type Excluded = {
  kind: 'technique' | 'exercise';
  id: string;
  name: string;
  reason: 'restriction' | 'scope';
  ruleIds: string[];
  rationale: string;
};

export type EquipmentNeed = {
  equipment: Equipment;
  clientHas: boolean;
  usedBy: string[];
};

export type Plan = {
  caseId: string;
  generatedFor: string;
  /** Whole weeks from the case file's date to the plan's start: screening dates count from the case file (plans
   * stored before it was recorded lack it: 0). */
  weeksAfterIntake?: number;
  /** `advice`: what each red-flag rule says to do, in the order of the alerts. */
  referral: { urgency: ReferralUrgency; reasons: string[]; ruleIds: string[]; advice: string[] } | null;
  irritability: Decision<IrritabilityLevel>;
  restrictions: Restriction[];
  exerciseLimits: ExerciseLimit[];
  notices: Decision<'confirm'>[];
  excluded: Excluded[];
  impairments: ImpairmentFinding[];
  treatmentBlocks: TreatmentBlock[];
  phases: Phase[];
  visit: { phase: PhaseId; minutes: number; blocks: VisitBlock[] } | null;
  homeProgram: HomeProgram | null;
  education: EducationItem[];
  goals: SmartGoal[];
  measures: MeasureSchedule[];
  reassessEverySessions: number | null;
  equipment: EquipmentNeed[];
};
