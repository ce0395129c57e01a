import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  ADHERENCE_OPEN_DAYS,
  ATTENTION_RULES,
  NO_HOME_LOG_DAYS,
  SETBACK_OPEN_DAYS,
  attentionList,
  decisionOpen,
  type AttentionEpisode,
  type StoredEpisodeDecision,
} from './attention.ts';
import { addDays } from '../dates.ts';
import type { EpisodeDecisionKind } from '../progression/types.ts';

const AS_OF = '2026-11-23';

const episode = (over: Partial<AttentionEpisode> = {}): AttentionEpisode => ({
  episodeId: 'e1',
  clientId: 'c1',
  clientName: 'Ada',
  decisions: [],
  lastMeasure: null,
  lastHomeLog: AS_OF,
  lastVisit: null,
  lastClinicianChange: null,
  programFrom: '2026-10-01',
  referrals: [],
  ...over,
});

const decided = (decision: string, date: string, ruleId = `episode.${decision}`): StoredEpisodeDecision => ({
  decision,
  ruleId,
  rationale: `why ${decision}`,
  date,
});

describe('decisionOpen: whether a stored decision still asks for the clinician', () => {
  const daysAgo = (n: number) => addDays(AS_OF, -n);
  test.each<[EpisodeDecisionKind, string, Partial<AttentionEpisode>, boolean]>([
    ['setback', daysAgo(0), {}, true],
    ['setback', daysAgo(SETBACK_OPEN_DAYS - 1), {}, true],
    ['setback', daysAgo(SETBACK_OPEN_DAYS), {}, false],
    ['fatigue', daysAgo(6), {}, true],
    ['fatigue', daysAgo(7), {}, false],
    ['adherence_low', daysAgo(ADHERENCE_OPEN_DAYS - 1), {}, true],
    ['adherence_low', daysAgo(ADHERENCE_OPEN_DAYS), {}, false],
    ['reassess_due', daysAgo(30), {}, true],
    ['reassess_due', daysAgo(30), { lastMeasure: daysAgo(31) }, true],
    ['reassess_due', daysAgo(30), { lastMeasure: daysAgo(30) }, false],
    ['plateau', daysAgo(10), { lastMeasure: daysAgo(10) }, true],
    ['plateau', daysAgo(10), { lastMeasure: daysAgo(9) }, false],
    ['plateau', daysAgo(10), { lastClinicianChange: daysAgo(10) }, false],
    ['plateau', daysAgo(10), { lastClinicianChange: daysAgo(11) }, true],
    ['phase_ready', daysAgo(3), {}, true],
    ['phase_ready', daysAgo(3), { lastClinicianChange: daysAgo(2) }, false],
    ['phase_ready', daysAgo(3), { lastMeasure: daysAgo(1) }, true],
    ['discharge_ready', daysAgo(90), { lastMeasure: daysAgo(1), lastClinicianChange: daysAgo(1) }, true],
  ])('%s on %s with %o → %s', (kind, date, facts, open) => {
    expect(decisionOpen(kind, date, episode(facts), AS_OF)).toBe(open);
  });
});

describe('no home log while a program is in force', () => {
  test.each<[string, Partial<AttentionEpisode>, number | null]>([
    ['logged today', { lastHomeLog: AS_OF }, null],
    ['last log 6 days ago', { lastHomeLog: addDays(AS_OF, -(NO_HOME_LOG_DAYS - 1)) }, null],
    ['last log 7 days ago', { lastHomeLog: addDays(AS_OF, -NO_HOME_LOG_DAYS) }, NO_HOME_LOG_DAYS],
    ['no log, program from 6 days ago (7 days in force)', { lastHomeLog: null, programFrom: addDays(AS_OF, -6) }, 7],
    ['no log, program from 5 days ago', { lastHomeLog: null, programFrom: addDays(AS_OF, -5) }, null],
    ['no program', { lastHomeLog: null, programFrom: null }, null],
  ])('%s', (_, facts, days) => {
    const items = attentionList([episode(facts)], AS_OF).filter((i) => i.ruleId === ATTENTION_RULES.noHomeLog);
    if (days === null) expect(items).toEqual([]);
    else {
      expect(items).toEqual([
        expect.objectContaining({
          decision: 'no_home_log',
          severity: 'medium',
          since: facts.lastHomeLog ?? facts.programFrom,
        }),
      ]);
      expect(items[0]?.rationale).toContain(`${days} days`);
    }
  });
});

describe('urgent referrals', () => {
  const referral = { date: '2026-11-20', to: 'GP', reason: 'night pain and weight loss' };
  test.each<[string, Partial<AttentionEpisode>, boolean]>([
    ['urgent, no visit since', { referrals: [{ ...referral, urgency: 'urgent' }] }, true],
    [
      'emergency, a visit the same day',
      { referrals: [{ ...referral, urgency: 'emergency' }], lastVisit: '2026-11-20' },
      true,
    ],
    ['urgent, a visit after it', { referrals: [{ ...referral, urgency: 'urgent' }], lastVisit: '2026-11-21' }, false],
    ['routine', { referrals: [{ ...referral, urgency: 'routine' }] }, false],
  ])('%s', (_, facts, listed) => {
    const items = attentionList([episode(facts)], AS_OF);
    expect(
      items.some(
        (i) => i.ruleId === ATTENTION_RULES.urgentReferral && i.severity === 'high' && i.since === referral.date,
      ),
    ).toBe(listed);
  });
});

describe('the list', () => {
  test('only the latest decision of each kind counts, and none dated after the list date', () => {
    const items = attentionList(
      [
        episode({
          decisions: [
            decided('reassess_due', '2026-10-01'),
            decided('reassess_due', '2026-11-20'),
            decided('setback', '2026-11-24'),
          ],
          lastMeasure: '2026-10-05',
        }),
      ],
      AS_OF,
    );
    expect(items.map((i) => [i.decision, i.since])).toEqual([['reassess_due', '2026-11-20']]);
  });

  test('decisions the list does not know (an exercise decision stored by mistake) are left out', () => {
    expect(
      attentionList([episode({ decisions: [decided('progress', '2026-11-22', 'progress.within_limits')] })], AS_OF),
    ).toEqual([]);
  });

  test('sorted by severity, then the longest-standing first, then by name', () => {
    const list = attentionList(
      [
        episode({
          episodeId: 'e1',
          clientId: 'c1',
          clientName: 'Bea',
          decisions: [decided('phase_ready', '2026-11-01'), decided('setback', '2026-11-20')],
        }),
        episode({
          episodeId: 'e2',
          clientId: 'c2',
          clientName: 'Ada',
          decisions: [decided('setback', '2026-11-20'), decided('plateau', '2026-11-02')],
          lastHomeLog: '2026-11-10',
        }),
        episode({
          episodeId: 'e3',
          clientId: 'c3',
          clientName: 'Cy',
          decisions: [decided('reassess_due', '2026-11-02')],
        }),
      ],
      AS_OF,
    );
    expect(list.map((i) => `${i.severity} ${i.since} ${i.clientName} ${i.decision}`)).toEqual([
      'high 2026-11-20 Ada setback',
      'high 2026-11-20 Bea setback',
      'medium 2026-11-02 Ada plateau',
      'medium 2026-11-02 Cy reassess_due',
      'medium 2026-11-10 Ada no_home_log',
      'low 2026-11-01 Bea phase_ready',
    ]);
    expect(list[0]).toEqual({
      clientId: 'c2',
      clientName: 'Ada',
      episodeId: 'e2',
      decision: 'setback',
      ruleId: 'episode.setback',
      rationale: 'why setback',
      since: '2026-11-20',
      severity: 'high',
    });
  });
});

test('docs/rules.md catalogues the attention rules and their thresholds', () => {
  const rules = readFileSync(new URL('../../../../docs/rules.md', import.meta.url), 'utf8');
  for (const id of Object.values(ATTENTION_RULES)) expect(rules).toContain(`\`${id}\``);
  for (const name of ['SETBACK_OPEN_DAYS', 'ADHERENCE_OPEN_DAYS', 'NO_HOME_LOG_DAYS']) expect(rules).toContain(name);
});
