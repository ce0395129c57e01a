import { generatePlan } from '@tandem/engine';
import { describe, expect, test } from 'vitest';
import { readExampleCase } from '../demo/case-files.ts';
import { planText } from './plan-command.ts';

// Pregnant at 17 weeks over a ten-week plan: lying on the back is ruled out once she reaches 20 weeks, so the phases
// starting after it say the limits changed, and hands-on work is positioned side-lying.
const pregnant = readExampleCase('pregnancy-pelvic-pain');
const text = planText(
  generatePlan(
    {
      ...pregnant,
      history: { ...pregnant.history, pregnancyWeeks: 17 },
      preferences: { ...pregnant.preferences, weeks: 10 },
    },
    { asOf: '2026-12-04' },
  ),
);

describe('tandem plan text', () => {
  test('prints the position of each hands-on technique under it', () => {
    const manual = text.slice(text.indexOf('  manual —'), text.indexOf('  re education —'));
    const techniques = manual.split('\n').filter((l) => l.startsWith('    • '));
    const positions = manual.split('\n').filter((l) => l.startsWith('      position: '));
    expect(techniques.length).toBeGreaterThan(0);
    expect(positions).toHaveLength(techniques.length);
    expect(positions[0]).toMatch(
      /^ {6}position: Side-lying, with a pillow between the knees.*\[plan\.technique_position\]$/,
    );
  });

  test('prints a phase’s change of limits under the phase', () => {
    expect(text).toMatch(
      /Progressive loading and function — week 6–10[^\n]*\n {4}exit when: [^\n]*\n {4}From week 6 the screening limits change[^\n]*Not lying on the back\.[^\n]*\[plan\.phase_limits\]/,
    );
    const restore = text.slice(text.indexOf('  Restore mobility'), text.indexOf('  Progressive loading'));
    expect(restore).not.toMatch(/limits change/);
  });

  test('prints the pregnancy warning signs to confirm', () => {
    expect(text).toMatch(/Confirm: Stop and seek care the same day for any warning sign: bleeding from the vagina;/);
  });
});
