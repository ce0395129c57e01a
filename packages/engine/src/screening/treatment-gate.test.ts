import { describe, expect, test } from 'vitest';
import { refersFirst, treatmentGate } from './treatment-gate.ts';
import type { ReferralUrgency, ScreeningResult } from './types.ts';

const screen = (urgency: ReferralUrgency | null, stopsTreatment = false): ScreeningResult => ({
  referral: urgency === null ? null : { urgency, reasons: ['a finding'], ruleIds: ['red_flag.x'], stopsTreatment },
  alerts: [],
  restrictions: [],
  exerciseLimits: [],
  notices: [],
});

describe('treatmentGate', () => {
  test.each([
    [null, false, 'treat'],
    ['routine', false, 'treat'],
    ['routine', true, 'refer_first'],
    ['urgent', false, 'refer_first'],
    ['emergency', true, 'refer_first'],
  ] as const)('referral %s (stops treatment: %s) → %s', (urgency, stops, decision) => {
    const gate = treatmentGate(screen(urgency, stops));
    expect(gate.decision).toBe(decision);
    expect(gate.ruleId).toBe('plan.referral_only');
    expect(gate.rationale.length).toBeGreaterThan(0);
    expect(refersFirst(screen(urgency, stops))).toBe(decision === 'refer_first');
  });

  test('the rationale names the urgency and the reasons', () => {
    expect(treatmentGate(screen('urgent')).rationale).toBe(
      'the safety screen asks for an urgent referral before any treatment (a finding)',
    );
  });
});
