import { EDUCATION_BY_ID, EXERCISES_BY_ID, type Prescription } from '@tandem/engine';
import { describe, expect, test } from 'vitest';
import { doseLine, homeProgramPdf, type HomeProgramDocument } from './home-program-pdf.ts';
import { pdfText } from './pdf-text.ts';

const program: Prescription[] = [
  {
    exercise: 'lateral_step_down',
    sets: 2,
    reps: 10,
    range: 'most',
    resistance: { kind: 'bodyweight' },
    painCeiling: 4,
    daysPerWeek: 3,
    perSide: true,
  },
  {
    exercise: 'goblet_squat',
    sets: 3,
    reps: 10,
    resistance: { kind: 'weight', kg: 8 },
    painCeiling: 5,
    daysPerWeek: 3,
  },
  {
    exercise: 'roller_release_quads',
    sets: 1,
    holdSeconds: 90,
    resistance: { kind: 'bodyweight' },
    painCeiling: 5,
    daysPerWeek: 5,
  },
  {
    exercise: 'walking_20_min',
    sets: 1,
    minutes: 20,
    resistance: { kind: 'bodyweight' },
    painCeiling: 5,
    daysPerWeek: 5,
  },
];

const doc: HomeProgramDocument = {
  clinic: 'Tandem Demo Clinic',
  client: 'Maria Lopez',
  clinician: 'Sam Okafor',
  date: '2026-11-23',
  program,
  education: ['self_massage_safely', 'sitting_well', 'flare_up_plan'],
};

describe('home program PDF', () => {
  test('has the client, every exercise with its dose, cues and safety, the advice, the flare-up plan and a log sheet', async () => {
    const pdf = await homeProgramPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, pageCount } = pdfText(pdf);
    const text = pages.join('\n').replace(/\s+/g, ' ');
    expect(pageCount).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toMatch(/Your home program/);
    expect(pages[0]).toMatch(/Maria Lopez · 2026-11-23 · Tandem Demo Clinic · Sam Okafor/);
    for (const p of program) {
      const exercise = EXERCISES_BY_ID.get(p.exercise);
      expect(text).toContain(exercise?.name);
      expect(text).toContain(doseLine(p));
      expect(text).toContain(exercise?.cues[0]?.slice(0, 30));
      for (const note of exercise?.safety ?? []) expect(text).toContain(note.slice(0, 30));
    }
    expect(text).toContain('Pain during up to 4/10 is fine if it has settled by the next morning.');
    for (const id of ['self_massage_safely', 'sitting_well', 'flare_up_plan'])
      expect(text).toContain(EDUCATION_BY_ID.get(id)?.title);
    const last = pages.at(-1) ?? '';
    expect(last).toMatch(/Weekly log/);
    expect(last).toMatch(/Mon\s+Tue\s+Wed\s+Thu\s+Fri\s+Sat\s+Sun/);
    expect(last).toMatch(/Pain the next morning \(0–10\)/);
    for (const [i, page] of pages.entries()) expect(page).toContain(`page ${i + 1} of ${pageCount}`);
  });

  test('a pregnancy or falls topic comes first, under "Staying safe", with every key point (the warning signs)', async () => {
    const safety = ['exercise_in_pregnancy', 'falls_prevention'];
    const pdf = await homeProgramPdf({ ...doc, education: ['sitting_well', ...safety, 'flare_up_plan'] });
    const text = pdfText(pdf).pages.join('\n').replace(/\s+/g, ' ');
    const safe = text.indexOf('Staying safe');
    expect(safe).toBeGreaterThan(-1);
    expect(safe).toBeLessThan(text.indexOf('Your exercises'));
    for (const id of safety) {
      const topic = EDUCATION_BY_ID.get(id);
      const at = text.indexOf(topic?.title ?? '?');
      expect(at).toBeGreaterThan(safe);
      expect(at).toBeLessThan(text.indexOf('Your exercises'));
      for (const point of topic?.keyPoints ?? []) expect(text).toContain(point);
    }
    expect(text).toContain('Stop exercising and seek care the same day if you notice any of these warning signs:');
    // Printed once: not again among the advice.
    expect(text.split(EDUCATION_BY_ID.get('falls_prevention')?.title ?? '?')).toHaveLength(2);
    expect(text.indexOf(EDUCATION_BY_ID.get('sitting_well')?.title ?? '?')).toBeGreaterThan(text.indexOf('Advice'));
  });

  test('dose lines read naturally', () => {
    expect(
      doseLine({
        exercise: 'goblet_squat',
        sets: 3,
        reps: 10,
        resistance: { kind: 'weight', kg: 8.5 },
        range: 'full',
        painCeiling: 5,
        daysPerWeek: 2,
      }),
    ).toBe('3 sets × 10 reps · 8.5 kg · full range · 2 days a week');
    expect(
      doseLine({
        exercise: 'walking_20_min',
        sets: 1,
        minutes: 20,
        resistance: { kind: 'bodyweight' },
        painCeiling: 5,
        daysPerWeek: 1,
      }),
    ).toBe('1 set × 20 min · 1 day a week');
  });
});
