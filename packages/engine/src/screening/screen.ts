// The safety screen: red-flag rules → referral alerts; precaution table → restrictions, exercise limits, notices.
// Pure and total: the same case gives the same result, in rule-table order, and nothing throws.
import type { CaseFile } from '../case-file.ts';
import { TECHNIQUE_CATEGORIES, type TechniqueCategory } from '../vocabulary/index.ts';
import { caseFacts, type CaseFacts } from './facts.ts';
import { MASSAGE_TECHNIQUES } from './groups.ts';
import { DEFAULT_PRECAUTION_RULES, triggerActivations, type PrecautionRule } from './precaution-rules.ts';
import { REFERRAL_RULES } from './referral-rules.ts';
import { SOURCES } from './sources.ts';
import {
  instantiateExerciseLimit,
  instantiateNotice,
  instantiateRestriction,
  type Activation,
  type ExerciseLimitTemplate,
  type NoticeTemplate,
  type RestrictionTemplate,
} from './templates.ts';
import {
  URGENCY_RANK,
  type ExerciseLimit,
  type Notice,
  type ReferralAlert,
  type Restriction,
  type ScreeningResult,
} from './types.ts';

export interface ScreenOptions {
  /** The clinic's contraindication and precaution table; defaults to DEFAULT_PRECAUTION_RULES. */
  precautionRules?: readonly PrecautionRule[];
  /** Screen the case as it will be this many weeks after the intake (a later phase, a progression step). */
  weeksLater?: number;
}

/** Collects results, dropping exact duplicates (same rule, trigger and content) and keeping first-seen order. */
class Collector {
  readonly restrictions: Restriction[] = [];
  readonly exerciseLimits: ExerciseLimit[] = [];
  readonly notices: Notice[] = [];
  private readonly seen = new Set<string>();

  private fresh(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  addRule(
    ruleId: string,
    source: string,
    facts: CaseFacts,
    activation: Activation,
    parts: {
      restrictions: readonly RestrictionTemplate[];
      exerciseLimits: readonly ExerciseLimitTemplate[];
      notices: readonly NoticeTemplate[];
    },
    /** Precaution rows ask the clinician to confirm massage restrictions; a red flag's restriction is not debatable. */
    confirmMassage = true,
  ): void {
    const massage: TechniqueCategory[] = [];
    for (const template of parts.restrictions) {
      const r = instantiateRestriction(template, ruleId, source, facts, activation);
      for (const c of r.categories) if (MASSAGE_TECHNIQUES.includes(c) && !massage.includes(c)) massage.push(c);
      const key = JSON.stringify([
        'r',
        r.ruleId,
        r.trigger,
        r.action,
        r.categories,
        r.maxIntensity ?? null,
        r.regions,
        r.rationale,
      ]);
      if (this.fresh(key)) this.restrictions.push(r);
    }
    for (const template of parts.exerciseLimits) {
      const l = instantiateExerciseLimit(template, ruleId, source, facts, activation);
      const key = JSON.stringify([
        'l',
        l.ruleId,
        l.trigger,
        l.regions,
        l.maxLoad,
        l.avoidFeatures,
        l.avoidPositions,
        l.avoidCategories,
        l.rationale,
      ]);
      if (this.fresh(key)) this.exerciseLimits.push(l);
    }
    for (const template of parts.notices) this.addNotice(instantiateNotice(template, ruleId, source, activation));
    if (confirmMassage && massage.length > 0) this.addNotice(massageNotice(ruleId, activation, massage));
  }

  private addNotice(n: Notice): void {
    if (this.fresh(JSON.stringify(['n', n.ruleId, n.rationale]))) this.notices.push(n);
  }
}

/**
 * Massage contraindication lists disagree (Batavia 2004), so every restriction on a massage technique
 * comes with a notice asking the clinician to confirm it for this client.
 */
function massageNotice(ruleId: string, activation: Activation, categories: readonly TechniqueCategory[]): Notice {
  const names = categories.map((c) => TECHNIQUE_CATEGORIES.entries[c].label.toLowerCase());
  return {
    decision: 'confirm',
    ruleId,
    rationale: `Sources disagree on massage precautions: confirm that restricting ${names.join(', ')} fits this client (${activation.label}) and record your decision.`,
    inputs: {
      kind: 'massage_confirmation',
      trigger: activation.trigger,
      categories: [...categories],
      source: SOURCES.batavia,
    },
  };
}

export function screenCase(caseFile: CaseFile, options: ScreenOptions = {}): ScreeningResult {
  const facts = caseFacts(caseFile, options.weeksLater ?? 0);
  const out = new Collector();
  const alerts: ReferralAlert[] = [];

  for (const rule of REFERRAL_RULES) {
    const match = rule.match(facts);
    if (match === null) continue;
    alerts.push({
      ruleId: rule.id,
      concern: rule.concern,
      urgency: rule.urgency,
      stopsTreatment: rule.stopsTreatment,
      reasons: match.reasons,
      rationale: rule.rationale,
      inputs: match.inputs,
    });
    const activation: Activation = { trigger: match.triggers[0] ?? rule.concern, label: match.reasons.join(', ') };
    out.addRule(
      rule.id,
      rule.source,
      facts,
      activation,
      { restrictions: rule.restrictions, exerciseLimits: rule.exerciseLimits, notices: [] },
      false,
    );
  }

  for (const rule of options.precautionRules ?? DEFAULT_PRECAUTION_RULES) {
    for (const activation of triggerActivations(rule.trigger, facts))
      out.addRule(rule.id, rule.source, facts, activation, rule);
  }

  // Most urgent first; Array.prototype.sort is stable, so table order holds within a level.
  alerts.sort((a, b) => URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency]);
  const top = alerts[0];
  const referral =
    top === undefined
      ? null
      : {
          urgency: top.urgency,
          reasons: [...new Set(alerts.flatMap((a) => a.reasons))],
          ruleIds: alerts.map((a) => a.ruleId),
          stopsTreatment: alerts.some((a) => a.stopsTreatment),
        };

  return { referral, alerts, restrictions: out.restrictions, exerciseLimits: out.exerciseLimits, notices: out.notices };
}
