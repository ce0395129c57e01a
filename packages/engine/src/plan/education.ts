// Education for this client: a short list of 3–6 topics ranked by what they need now (safety first, then their
// condition, then how pain and worry behave, then their daily tasks, then what the starting phase calls for). Every
// other topic stays in the library for the clinician to assign.
import type { CaseFile } from '../case-file.ts';
import { EDUCATION_TOPICS, type EducationTopic, type IrritabilityLevel } from '../knowledge/index.ts';
import { fallRiskReasons } from '../screening/fall-risk.ts';
import { ACTIVITIES, type Activity, type Impairment, REGIONS, STRUCTURES } from '../vocabulary/index.ts';
import { START_PHASE } from './phases.ts';
import type { EducationItem } from './types.ts';

type Trigger = EducationTopic['triggers'][number];

/** The plan's short list holds 3 to 6 topics (`plan.education`). */
export const EDUCATION_MIN = 3;
export const EDUCATION_MAX = 6;
/** Weeks after an operation during which the plan teaches recovery from surgery (the surgery healing window). */
export const RECENT_SURGERY_WEEKS = 12;

/** Ranks, best first: what keeps the client safe, then their condition, psychosocial needs, tasks, and the general. */
const TIERS = ['safety', 'condition', 'psychosocial', 'activity', 'general'] as const;
type Tier = (typeof TIERS)[number];
/** Each tier's triggers, most pressing first; a topic ranks by the best trigger the case shows for it. */
export const TRIGGERS_BY_TIER: Record<Tier, readonly Trigger[]> = {
  safety: ['fall_risk', 'pregnancy'],
  condition: [
    'recent_surgery',
    'pregnancy_pelvic_girdle_pain',
    'osteoarthritis',
    'tendinopathy',
    'patellofemoral_pain',
    'neural_sensitivity',
  ],
  psychosocial: ['widespread_pain', 'fear_of_movement', 'catastrophising', 'poor_sleep'],
  activity: ['lifting', 'overhead_work', 'screen_work', 'sitting_work', 'self_massage'],
  // High irritability shapes the settle phase, so its topics compete with the phase's own.
  general: ['high_irritability', 'always', 'flare_up', 'pacing'],
};
const TRIGGER_ORDER: readonly Trigger[] = TIERS.flatMap((tier) => TRIGGERS_BY_TIER[tier]);
const tierOf = (trigger: Trigger): Tier => TIERS.find((t) => TRIGGERS_BY_TIER[t].includes(trigger)) ?? 'general';

const PATELLOFEMORAL_ACTIVITIES: readonly Activity[] = ['stairs', 'squatting', 'kneeling', 'running'];
const activityLabel = (a: Activity): string => ACTIVITIES.entries[a].label.toLowerCase();
const list = (items: readonly string[]): string => items.join(', ');

/** The triggers this case shows, each with the client's own reason in words. */
function caseTriggers(
  caseFile: CaseFile,
  irritability: IrritabilityLevel,
  impairments: ReadonlySet<Impairment>,
  selfMassage: boolean,
): Map<Trigger, readonly string[]> {
  const t = new Map<Trigger, readonly string[]>();
  const set = (trigger: Trigger, ...why: string[]): void => void t.set(trigger, why);
  set('always');
  set('flare_up');
  set('pacing');
  const { complaint, history, findings } = caseFile;
  const doing = new Set([...caseFile.client.activities, ...complaint.aggravating]);
  const named = (acts: readonly Activity[]): string[] => acts.filter((a) => doing.has(a)).map(activityLabel);
  const some = (acts: readonly Activity[]): boolean => acts.some((a) => doing.has(a));
  const regions = new Set(complaint.regions);

  if (irritability === 'high') set('high_irritability', 'highly irritable pain');
  if (impairments.has('fear_of_movement')) {
    set('fear_of_movement', 'fear of movement');
    set('catastrophising', 'worry about what the pain means');
  }
  if (impairments.has('pain_sensitisation')) set('widespread_pain', 'signs of a sensitised nervous system');
  if (impairments.has('neural_sensitivity')) set('neural_sensitivity', 'signs of a sensitive nerve');
  const sitting: Activity[] = ['prolonged_sitting', 'driving', 'computer_work', 'phone_use', 'typing'];
  if (some(sitting)) set('sitting_work', ...named(sitting));
  const screen: Activity[] = ['computer_work', 'phone_use', 'typing'];
  if (some(screen)) set('screen_work', ...named(screen));
  const lifting: Activity[] = ['lifting', 'bending', 'carrying', 'gardening'];
  if (some(lifting)) set('lifting', ...named(lifting));
  const overhead: Activity[] = ['overhead_work', 'overhead_reaching'];
  if (some(overhead)) set('overhead_work', ...named(overhead));
  if (doing.has('sleeping') || caseFile.pain.irritability?.nightPain === true)
    set('poor_sleep', 'pain that disturbs sleep');
  if (selfMassage) set('self_massage', 'self-massage in the home program');

  const falls = fallRiskReasons(caseFile);
  if (falls.length > 0) set('fall_risk', `high fall risk (${list(falls)})`);
  if (history.pregnant) {
    set('pregnancy', history.pregnancyWeeks === undefined ? 'pregnancy' : `${history.pregnancyWeeks} weeks pregnant`);
    const pelvic = complaint.regions.filter((r) => r === 'pelvis' || r === 'gluteal');
    const sij = findings.palpation.some((p) => p.structure === 'sacroiliac_joint');
    if (pelvic.length > 0 || sij)
      set(
        'pregnancy_pelvic_girdle_pain',
        `${pelvic.length > 0 ? `${list(pelvic.map((r) => REGIONS.entries[r].label.toLowerCase()))} pain` : 'a tender sacroiliac joint'} in pregnancy`,
      );
  }

  const recent = history.surgeries.filter((s) => s.weeksAgo < RECENT_SURGERY_WEEKS);
  const [surgery] = recent;
  if (surgery)
    set(
      'recent_surgery',
      `${surgery.kind ?? `${REGIONS.entries[surgery.region].label.toLowerCase()} surgery`} ${surgery.weeksAgo} weeks ago`,
    );
  const operatedHere = recent.some((s) => regions.has(s.region));
  // After a recent operation on the painful joint, recovering from surgery is the condition to teach.
  if (history.conditions.includes('osteoarthritis') && !operatedHere)
    set(
      'osteoarthritis',
      `osteoarthritis with ${list(complaint.regions.map((r) => REGIONS.entries[r].label.toLowerCase()))} pain`,
    );

  const tendons = findings.palpation.filter((p) => STRUCTURES.entries[p.structure].kind === 'tendon');
  const tendonSigns = [
    ...new Set(
      tendons.map((p) => `${p.finding.replaceAll('_', ' ')} ${STRUCTURES.entries[p.structure].label.toLowerCase()}`),
    ),
    ...(findings.movement.includes('grip_pain') && regions.has('elbow') ? ['gripping provokes elbow pain'] : []),
    ...(findings.movement.includes('painful_arc') ? ['a painful arc on raising the arm'] : []),
  ];
  if (tendonSigns.length > 0) set('tendinopathy', ...tendonSigns);

  // Front-of-knee loading pain without osteoarthritis, a knee operation or a patellar tendon sign.
  const kneeSigns = [
    ...PATELLOFEMORAL_ACTIVITIES.filter((a) => complaint.aggravating.includes(a)).map(activityLabel),
    ...(findings.movement.includes('dynamic_knee_valgus') ? ['the knee caving in on squat or step-down'] : []),
    ...(findings.functional.some((f) => f.test === 'step_down') ? ['a poor step-down'] : []),
  ];
  const otherKnee =
    history.conditions.includes('osteoarthritis') ||
    history.conditions.includes('joint_replacement') ||
    recent.some((s) => s.region === 'knee') ||
    tendons.some((p) => p.structure === 'patellar_tendon');
  if (regions.has('knee') && kneeSigns.length > 0 && !otherKnee)
    set('patellofemoral_pain', `knee pain with ${list(kneeSigns)}`);
  return t;
}

interface Candidate {
  topic: EducationTopic;
  /** The most pressing trigger the case shows for it (TRIGGER_ORDER). */
  best: Trigger;
  inPhase: boolean;
  reasons: string[];
}

const byNeed = (a: Candidate, b: Candidate): number =>
  TRIGGER_ORDER.indexOf(a.best) - TRIGGER_ORDER.indexOf(b.best) ||
  Number(b.inPhase) - Number(a.inPhase) ||
  b.reasons.length - a.reasons.length;

export function chooseEducation(
  caseFile: CaseFile,
  irritability: IrritabilityLevel,
  impairments: ReadonlyMap<Impairment, unknown>,
  selfMassage: boolean,
): EducationItem[] {
  const present = new Set(impairments.keys());
  const triggers = caseTriggers(caseFile, irritability, present, selfMassage);
  const phase = START_PHASE[irritability];
  const regions = new Set(caseFile.complaint.regions);

  const candidates: Candidate[] = EDUCATION_TOPICS.filter(
    (topic) => topic.regions.length === 0 || topic.regions.some((r) => regions.has(r)),
  ).flatMap((topic) => {
    const shown = TRIGGER_ORDER.filter((t) => topic.triggers.includes(t) && triggers.has(t));
    const [best] = shown;
    if (best === undefined) return [];
    const reasons = [...new Set(shown.flatMap((t) => triggers.get(t) ?? []))];
    return [{ topic, best, inPhase: topic.phases.includes(phase), reasons }];
  });
  // Array.prototype.sort is stable, so equal needs keep the knowledge base's order.
  const ranked = candidates.sort(byNeed);
  const isGeneral = (c: Candidate): boolean => tierOf(c.best) === 'general';
  // What the case calls for, then what the starting phase calls for; one slot is kept for the phase's lead topic.
  const specific = ranked.filter((c) => !isGeneral(c));
  const phaseLead = ranked.filter((c) => isGeneral(c) && c.inPhase);
  const chosen = [...specific.slice(0, EDUCATION_MAX - Math.min(1, phaseLead.length)), ...phaseLead].slice(
    0,
    EDUCATION_MAX,
  );
  for (const c of ranked) if (chosen.length < EDUCATION_MIN && !chosen.includes(c)) chosen.push(c);

  const complaint = list(caseFile.complaint.regions.map((r) => REGIONS.entries[r].label.toLowerCase()));
  return chosen.map((c) => ({
    topic: c.topic.id,
    title: c.topic.title,
    summary: c.topic.summary,
    addresses: c.topic.addresses.filter((a) => present.has(a)),
    ruleId: 'plan.education',
    rationale: rationale(tierOf(c.best), c.reasons, { phase, inPhase: c.inPhase, irritability, complaint }),
  }));
}

function rationale(
  tier: Tier,
  reasons: readonly string[],
  plan: { phase: string; inPhase: boolean; irritability: IrritabilityLevel; complaint: string },
): string {
  const why = list(reasons);
  switch (tier) {
    case 'safety':
      return `First for safety: ${why}.`;
    case 'condition':
      return `Specific to this client's condition: ${why}.`;
    case 'psychosocial':
    case 'activity':
      return `Chosen because the case shows ${why}.`;
    case 'general':
      return `The plan for ${plan.complaint} pain starts in the ${plan.phase} phase (${plan.irritability} irritability)${plan.inPhase ? ', where this topic matters most' : '; this general topic completes the short list'}.`;
  }
}
