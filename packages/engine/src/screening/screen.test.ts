import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseCaseFile, type CaseFile } from '../case-file.ts';
import { DEFAULT_PRECAUTION_RULES } from './precaution-rules.ts';
import { REFERRAL_RULES } from './referral-rules.ts';
import { screenCase } from './screen.ts';
import { sketchCase } from './test-fixtures.ts';

const CASES = new URL('../../../../examples/cases/', import.meta.url);
const loadCase = (name: string): CaseFile => {
  const parsed = parseCaseFile(JSON.parse(readFileSync(new URL(`${name}.json`, CASES), 'utf8')));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
};

describe('screenCase on example cases', () => {
  test('lumbar-saddle-numbness-emergency-referral: emergency referral that stops treatment', () => {
    const result = screenCase(loadCase('lumbar-saddle-numbness-emergency-referral'));
    expect(result.referral).toEqual({
      urgency: 'emergency',
      reasons: ['Numbness in the saddle area', 'New bladder retention or incontinence'],
      ruleIds: ['refer.cauda_equina'],
      stopsTreatment: true,
    });
    expect(result.alerts).toHaveLength(1);
    expect(result.alerts[0]).toMatchObject({
      ruleId: 'refer.cauda_equina',
      concern: 'cauda_equina',
      urgency: 'emergency',
      stopsTreatment: true,
      inputs: { redFlags: ['saddle_anaesthesia', 'bladder_dysfunction'] },
    });
  });

  test.each(['lbp-desk-analyst', 'neck-accountant-screen-work', 'shoulder-decorator-overhead'])(
    '%s: no referral, no restriction',
    (name) => {
      const result = screenCase(loadCase(name));
      expect(result).toEqual({ referral: null, alerts: [], restrictions: [], exerciseLimits: [], notices: [] });
    },
  );
});

describe('screenCase', () => {
  test('a busy case: alerts most urgent first, restrictions in rule order, nothing duplicated', () => {
    const c = sketchCase({
      age: 72,
      regions: ['lumbar'],
      redFlags: ['dizziness', 'calf_swelling_warmth', 'unexplained_breathlessness'],
      conditions: ['osteoporosis', 'dvt'],
      medications: ['anticoagulant'],
      surgeries: [
        { region: 'knee', weeksAgo: 3 },
        { region: 'knee', weeksAgo: 4 },
      ],
    });
    const result = screenCase(c);
    // A suspected clot with breathlessness is a possible pulmonary embolism, which replaces the DVT alert.
    expect(result.alerts.map((a) => a.ruleId)).toEqual([
      'refer.pulmonary_embolism',
      'refer.systemic',
      'refer.cad_possible',
    ]);
    expect(result.referral?.urgency).toBe('emergency');
    expect(result.referral?.stopsTreatment).toBe(true);

    const order = [...REFERRAL_RULES.map((r) => r.id), ...DEFAULT_PRECAUTION_RULES.map((r) => r.id)];
    const ruleOrder = result.restrictions.map((r) => order.indexOf(r.ruleId));
    expect(ruleOrder).toEqual([...ruleOrder].sort((a, b) => a - b));
    const keys = result.restrictions.map((r) => JSON.stringify(r));
    expect(new Set(keys).size).toBe(keys.length);
    // Each rule keeps its own entry: the clot alert and the DVT condition row both restrict the legs.
    expect(
      result.restrictions
        .filter((r) => r.regions?.includes('calf') && r.action === 'avoid' && r.categories.includes('soft_tissue'))
        .map((r) => r.ruleId),
    ).toEqual(expect.arrayContaining(['refer.pulmonary_embolism', 'precaution.dvt', 'precaution.surgery_recent']));
    expect(result.restrictions.filter((r) => r.ruleId === 'precaution.surgery_recent')).toHaveLength(2);
  });

  test('is deterministic and does not change its input', () => {
    const c = sketchCase({ age: 60, redFlags: ['history_of_cancer'], conditions: ['lymphoedema'], pregnant: true });
    const before = JSON.stringify(c);
    expect(screenCase(c)).toEqual(screenCase(c));
    expect(JSON.stringify(c)).toBe(before);
  });

  test('results do not share arrays with the rule tables', () => {
    const result = screenCase(sketchCase({ conditions: ['dvt'] }));
    result.restrictions[0]?.categories.push('lymphatic');
    result.restrictions[0]?.regions?.push('head');
    const again = screenCase(sketchCase({ conditions: ['dvt'] }));
    expect(again.restrictions[0]?.regions).not.toContain('head');
  });

  test('every massage restriction asks the clinician to confirm, once per rule', () => {
    const result = screenCase(sketchCase({ medications: ['anticoagulant'] }));
    expect(result.notices.map((n) => [n.ruleId, n.inputs['kind']])).toEqual([
      ['precaution.anticoagulant', 'check'],
      ['precaution.anticoagulant', 'massage_confirmation'],
    ]);
    expect(result.notices[1]?.rationale).toMatch(/record your decision/);
  });
});

describe('rule catalogue', () => {
  const doc = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');
  test.each([...REFERRAL_RULES.map((r) => r.id), ...DEFAULT_PRECAUTION_RULES.map((r) => r.id)])(
    '%s is in docs/rules.md',
    (id) => {
      expect(doc).toContain(`| \`${id}\` |`);
    },
  );
});
