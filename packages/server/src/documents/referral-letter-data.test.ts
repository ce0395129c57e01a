import { parseCaseFile } from '@tandem/engine';
import { describe, expect, test } from 'vitest';
import type { Referral } from '../db/records.ts';
import { referralLetterDocument, withoutRuleIds } from './referral-letter-data.ts';
import { lowBackCase, testRecords } from './test-records.ts';

const referral = (urgency: Referral['urgency'], reason = 'Blood pressure review before loading.'): Referral => ({
  id: 'r-1',
  episodeId: 'e-1',
  to: 'Dr A. Patel, general practitioner',
  urgency,
  reason,
  createdAt: '2026-11-20',
});

test.each([
  ['Dizziness [refer.cad_possible]', 'Dizziness'],
  [
    'Past history of cancer; Age 63 (over 50) [refer.malignancy_cluster, refer.age]',
    'Past history of cancer; Age 63 (over 50)',
  ],
  ['Review [please] before loading', 'Review [please] before loading'],
  ['No rule ids here', 'No rule ids here'],
])('withoutRuleIds(%s)', (reason, text) => {
  expect(withoutRuleIds(reason)).toBe(text);
});

describe('referralLetterDocument', () => {
  test('a routine referral during care: recipient, client, reason, findings, what was done and the question', () => {
    const letter = referralLetterDocument({
      records: testRecords(),
      referral: referral('routine'),
      on: '2026-11-23',
      signedBy: 'Sam Okafor',
      program: [],
      events: [],
    });
    expect(letter).toMatchObject({
      kind: 'referral',
      clinic: 'Harbour Physio',
      clinician: 'Sam Okafor',
      date: '2026-11-23',
      to: 'Dr A. Patel, general practitioner',
      client: { name: 'Grace Whitaker', dateOfBirth: '1981-03-14' },
      urgency: { level: 'routine', text: 'Routine: for your information and review' },
      reason: 'Blood pressure review before loading.',
      redFlags: [],
      plan: ['Care continues with the home program and visits above, within the precautions the screening set.'],
    });
    expect(letter.findings[0]).toMatch(/^Lower back pain \(both sides\) for 26 weeks/);
    expect(letter.treatment[0]).toBe('2 visits from 2026-11-02 to 2026-11-16.');
    expect(letter.outcomes[0]).toMatch(/^Oswestry Disability Index 32 .* → 20 .*: a meaningful improvement\.$/);
    expect(letter.question).toMatch(/anything that should change our care/);
  });

  test("an urgent referral before any plan carries the screen's red flags and holds care until the review", () => {
    const parsed = parseCaseFile({
      ...lowBackCase(),
      redFlags: ['history_of_cancer', 'constant_night_pain', 'unexplained_weight_loss'],
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const base = testRecords({ plan: null, visits: [] });
    const letter = referralLetterDocument({
      records: { ...base, episode: { ...base.episode, intake: parsed.value } },
      referral: referral('urgent', 'History of cancer; night pain [refer.malignancy_cluster]'),
      on: '2026-11-23',
      signedBy: 'Sam Okafor',
      program: [],
      events: [],
    });
    expect(letter.urgency).toEqual({ level: 'urgent', text: 'Urgent: please see within days' });
    expect(letter.reason).toBe('History of cancer; night pain');
    expect(letter.redFlags.length).toBeGreaterThan(0);
    expect(letter.treatment).toEqual([]);
    expect(letter.plan).toEqual([expect.stringMatching(/until the client has been (seen|reviewed)/) as string]);
    expect(letter.question).toMatch(/^Please /);
  });

  test('a suspected DVT is a same-day referral: the letter asks for today, names same-day assessment and stops care', () => {
    const parsed = parseCaseFile({ ...lowBackCase(), redFlags: ['calf_swelling_warmth'] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const base = testRecords({ plan: null, visits: [] });
    const letter = referralLetterDocument({
      records: { ...base, episode: { ...base.episode, intake: parsed.value } },
      referral: {
        ...referral('emergency', 'Swollen, warm, tender calf [refer.dvt]'),
        to: 'Emergency department (same day)',
      },
      on: '2026-11-23',
      signedBy: 'Sam Okafor',
      program: [],
      events: [],
    });
    expect(letter.to).toBe('Emergency department (same day)');
    expect(letter.urgency).toEqual({ level: 'emergency', text: 'Emergency: please see today' });
    expect(letter.redFlags).toEqual([expect.stringMatching(/medical assessment the same day/) as string]);
    expect(letter.redFlags[0]).toMatch(/breathlessness, chest pain and coughing up blood/);
    expect(letter.plan).toEqual(['No hands-on treatment or exercise sessions until the client has been seen.']);
  });
});
