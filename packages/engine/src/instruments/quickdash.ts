// QuickDASH (Beaton 2005): eleven arm, shoulder and hand items scored 1–5, 0–100 disability, with optional work and sports modules.
import { fail, ok, type Problem, type Result } from '../result.ts';
import type { Instrument, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';
import { countAnswered, missingIds, readAnswers, requireAnswered, sumAnswered, type Answers } from './items.ts';

const item = (id: string, label: string): ItemDef => ({ id, label, min: 1, max: 5 });

/** The eleven QuickDASH items in published order (Beaton 2005); labels are Tandem's own. */
export const QUICKDASH_ITEMS: readonly ItemDef[] = [
  item('open_jar', 'Opening a stiff lid'),
  item('heavy_chores', 'Heavy jobs around the house'),
  item('carry_bag', 'Carrying a bag'),
  item('wash_back', 'Reaching to wash your back'),
  item('knife', 'Using a knife at meals'),
  item('forceful_leisure', 'Hobbies that load or jar the arm'),
  item('social', 'Effect on time with family and friends'),
  item('work_daily', 'Limits on work or daily tasks'),
  item('pain', 'Arm, shoulder or hand pain'),
  item('tingling', 'Pins and needles'),
  item('sleep', 'Sleep disturbed by the arm'),
];

/** Optional work module (Beaton 2005): four items scored 1–5; labels are Tandem's own. */
export const QUICKDASH_WORK_ITEMS: readonly ItemDef[] = [
  item('work_technique', 'Working in your usual way'),
  item('work_pain', 'Working despite the arm pain'),
  item('work_quality', 'Working as well as you want'),
  item('work_time', 'Working your usual hours'),
];

/** Optional sports/performing-arts module (Beaton 2005): four items scored 1–5; labels are Tandem's own. */
export const QUICKDASH_SPORTS_ITEMS: readonly ItemDef[] = [
  item('sports_technique', 'Playing or performing in your usual way'),
  item('sports_pain', 'Playing or performing despite the arm pain'),
  item('sports_quality', 'Playing or performing as well as you want'),
  item('sports_time', 'Playing or performing for your usual time'),
];

/** Beaton 2005 scoring manual: not computable with more than 1 of the 11 items missing. */
export const QUICKDASH_MIN_ANSWERED = 10;
/** Beaton 2005 scoring manual: each optional module needs all 4 items. */
export const QUICKDASH_MODULE_MIN_ANSWERED = 4;
/** Beaton 2005: score = (mean − 1) × 25, mapping the 1–5 mean onto 0–100. */
export const QUICKDASH_POINTS_PER_STEP = 25;
/** Sorensen et al. 2013 (via ISSH): MCID 14 points (95 % CI 9–20). */
export const QUICKDASH_MCID = 14;

const MODULES = { work: QUICKDASH_WORK_ITEMS, sports: QUICKDASH_SPORTS_ITEMS } as const;
type ModuleName = keyof typeof MODULES;
const MODULE_NAMES: readonly ModuleName[] = ['work', 'sports'];

/** (Σ/n − 1) × 25, computed as (Σ − n) × 25 / n so that exact results stay exact. */
const toScore = (sum: number, n: number): number => ((sum - n) * QUICKDASH_POINTS_PER_STEP) / n;

const within = (problems: readonly Problem[], key: string, what: string): Problem[] =>
  problems.map((p) => ({ path: p.path ? `${key}.${p.path}` : key, message: `${what}: ${p.message}` }));

interface QuickDashInput {
  items: unknown;
  modules: Partial<Record<ModuleName, unknown>>;
}

/** Splits `{ items, work?, sports? }` from the plain array / keyed-object forms of the eleven items. */
function splitInput(raw: unknown): Result<QuickDashInput> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('items' in raw))
    return ok({ items: raw, modules: {} });
  const record = raw as Record<string, unknown>;
  const modules: Partial<Record<ModuleName, unknown>> = {};
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (key === 'items') continue;
    if (key === 'work' || key === 'sports') {
      if (value !== null && value !== undefined) modules[key] = value;
    } else {
      problems.push({ path: key, message: `unknown field "${key}"; expected items, work or sports` });
    }
  }
  return problems.length > 0 ? fail(...problems) : ok({ items: record['items'], modules });
}

export function scoreQuickDash(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const split = splitInput(raw);
  if (!split.ok) return split;
  const { items: rawItems, modules: rawModules } = split.value;
  const problems: Problem[] = [];

  const read = readAnswers(QUICKDASH_ITEMS, rawItems);
  let answers: Answers | undefined;
  if (read.ok) {
    const min = Math.max(1, options.minAnswered ?? QUICKDASH_MIN_ANSWERED);
    const counted = requireAnswered(QUICKDASH_ITEMS, read.value, min, 'Beaton 2005: at most 1 of 11 missing');
    if (counted.ok) answers = read.value;
    else problems.push(...counted.problems);
  } else {
    problems.push(...(rawItems === raw ? read.problems : within(read.problems, 'items', 'QuickDASH items')));
  }

  const subscales: Record<string, number> = {};
  for (const name of MODULE_NAMES) {
    const rawModule = rawModules[name];
    if (rawModule === undefined) continue;
    const moduleItems = MODULES[name];
    const what = `${name} module`;
    const moduleRead = readAnswers(moduleItems, rawModule);
    if (!moduleRead.ok) {
      problems.push(...within(moduleRead.problems, name, what));
      continue;
    }
    const counted = requireAnswered(
      moduleItems,
      moduleRead.value,
      QUICKDASH_MODULE_MIN_ANSWERED,
      'Beaton 2005: modules need all 4 items',
    );
    if (!counted.ok) {
      problems.push(...within(counted.problems, name, what));
      continue;
    }
    subscales[name] = toScore(sumAnswered(moduleRead.value), counted.value);
  }

  if (problems.length > 0 || !answers) return fail(...problems);
  const answered = countAnswered(answers);
  const result: ScoreResult = {
    instrument: 'quickdash',
    score: toScore(sumAnswered(answers), answered),
    unit: 'points',
    answered,
    missing: QUICKDASH_ITEMS.length - answered,
    missingItems: missingIds(QUICKDASH_ITEMS, answers),
    ruleId: 'score.quickdash',
  };
  if (Object.keys(subscales).length > 0) result.subscales = subscales;
  return ok(result);
}

export const quickdash: Instrument = {
  id: 'quickdash',
  name: 'QuickDASH',
  description:
    'Disability and symptoms of the arm, shoulder and hand, 0–100 (higher is worse), with optional work and sports/performing-arts modules. No official severity bands.',
  items: QUICKDASH_ITEMS,
  inputHelp:
    'The 11 answers (1–5) as a list or keyed object, or { "items": [...11], "work": [...4], "sports": [...4] } with the optional modules.',
  change: {
    better: 'lower',
    mcid: QUICKDASH_MCID,
    source:
      'Sorensen et al. 2013 via ISSH (MCID 14, 95 % CI 9–20); others: Rysstad et al., BMC MSD 2020;21:328 (MIC 10.8–13.6, shoulder pain); van Kampen et al., JOSR 2013;8:40 (MIC 13.4, SDC 17.1); Mintken 2009 (MCID 8, MDC 11, shoulder pain)',
  },
  source: 'Beaton et al., JBJS-A 2005;87:1038',
  licence:
    '© Institute for Work & Health; free for non-commercial clinical and research use, a licence is needed for commercial or electronic distribution. Tandem shows its own item labels, not the questionnaire text.',
  score: scoreQuickDash,
};
