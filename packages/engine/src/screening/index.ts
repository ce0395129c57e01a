// Safety screening: red flags → referral, precautions → technique restrictions, exercise limits and notices.
export * from './types.ts';
export { caseFacts, SPINE_REGIONS, type CaseFacts, type SurgeryFact, type SensitisedWidespreadPain } from './facts.ts';
export { CAD_RISK_FACTORS, CAD_RISK_FACTORS_AVOID_THRUST_FROM, type CadRiskFactor } from './cad-risk-factors.ts';
export { SOURCES } from './sources.ts';
export {
  ALL_TECHNIQUES,
  ALL_BUT_THRUST,
  MASSAGE_TECHNIQUES,
  VIGOROUS_TECHNIQUES,
  JOINT_MOBILISING,
  LOWER_LIMB,
  UPPER_LIMB,
  LIMBS,
  LEGS,
  PERIPHERAL_JOINTS,
  FEET,
} from './groups.ts';
export {
  ZRegionScope,
  ZRestrictionTemplate,
  ZExerciseLimitTemplate,
  ZNoticeTemplate,
  type RegionScope,
  type RestrictionTemplate,
  type ExerciseLimitTemplate,
  type NoticeTemplate,
} from './templates.ts';
export {
  REFERRAL_RULES,
  REFERRAL_RULE_IDS,
  MALIGNANCY_AGE_ABOVE,
  FRACTURE_AGE_ABOVE,
  type ReferralRule,
  type RuleMatch,
} from './referral-rules.ts';
export {
  DEFAULT_PRECAUTION_RULES,
  ZPrecautionRule,
  ZPrecautionRules,
  ZPrecautionTrigger,
  parsePrecautionRules,
  describeTrigger,
  SURGERY_SCAR_WEEKS,
  SURGERY_HEALING_WEEKS,
  OLDER_ADULT_AGE,
  CAD_NOTICE_REGIONS,
  type PrecautionRule,
  type PrecautionTrigger,
} from './precaution-rules.ts';
export { describeExerciseLimit } from './describe-limit.ts';
export { fallRiskReasons, SINGLE_LEG_STANCE_AT_RISK_UNDER } from './fall-risk.ts';
export { screenCase, type ScreenOptions } from './screen.ts';
export { screeningMovesWithTime } from './facts.ts';
export {
  checkTechnique,
  checkExercise,
  regionsOverlap,
  type TechniqueQuery,
  type TechniqueCheck,
  type ExerciseQuery,
  type ExerciseCheck,
} from './technique-check.ts';
export { treatmentGate, refersFirst, type TreatmentGate } from './treatment-gate.ts';
