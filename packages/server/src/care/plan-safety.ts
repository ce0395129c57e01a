// The engine's plan safety check (engine plan/plan-safety.ts), with its problems named as API fields.
import { planSafetyProblems as engineProblems, type CaseFile, type PlanRefs } from '@tandem/engine';
import type { Problem } from '../http/errors.ts';

/** Every place the plan names what the case's screening restricts, as field problems under `prefix`. */
export const planSafetyProblems = (plan: PlanRefs, intake: CaseFile, prefix = 'plan'): Problem[] =>
  engineProblems(plan, intake, prefix).map((p) => ({ field: p.path, message: p.message }));
