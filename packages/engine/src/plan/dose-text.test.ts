import { describe, expect, it } from 'vitest';
import type { Dose } from '../knowledge/schema.ts';
import { doseText, type DoseLike, type DoseTextOptions } from './dose-text.ts';

const dose = (d: Partial<Dose>): Dose => ({ sets: 3, restSeconds: 60, daysPerWeek: 3, perSide: false, ...d });
const banded = dose({ reps: 10, tempo: '3-1-1', load: 'light band', perSide: true });
const hold = dose({ sets: 5, holdSeconds: 10, restSeconds: 10, daysPerWeek: 7 });
const walk = dose({ sets: 1, minutes: 20, restSeconds: 0, load: 'bodyweight', daysPerWeek: 5 });
const prescription: DoseLike = { sets: 2, reps: 12, daysPerWeek: 3 };

// The three styles the FHIR CarePlan, `tandem plan` and the web's labels print, with the strings they printed before
// the one function replaced their own copies.
const FHIR: DoseTextOptions = { details: ['load', 'rest', 'daysPerWeek'] };
const CLI: DoseTextOptions = { details: ['tempo', 'load', 'daysPerWeek'], terse: true };
const WEB: DoseTextOptions = { details: ['daysPerWeek', 'load'], separator: ' · ' };

describe('doseText', () => {
  it.each<[string, DoseLike, DoseTextOptions, string]>([
    ['FHIR: reps, each side, load', banded, FHIR, '3 × 10 reps each side, light band, rest 60 s, 3 days a week'],
    ['FHIR: a hold without load', hold, FHIR, '5 × 10 s hold, rest 10 s, 7 days a week'],
    ['FHIR: minutes', walk, FHIR, '1 × 20 min, bodyweight, rest 0 s, 5 days a week'],
    ['CLI: reps without the word, tempo, load', banded, CLI, '3 × 10 each side, tempo 3-1-1, light band, 3×/week'],
    ['CLI: a hold', hold, CLI, '5 × 10 s hold, 7×/week'],
    ['CLI: minutes', walk, CLI, '1 × 20 min, bodyweight, 5×/week'],
    ['web: days before load, dot-separated', banded, WEB, '3 × 10 reps each side · 3 days a week · light band'],
    ['web: a hold', hold, WEB, '5 × 10 s hold · 7 days a week'],
    ['web: minutes', walk, WEB, '1 × 20 min · 5 days a week · bodyweight'],
    ['web: a prescription (no load)', prescription, WEB, '2 × 12 reps · 3 days a week'],
    ['web: no days a week', { sets: 1, holdSeconds: 30, perSide: true }, WEB, '1 × 30 s hold each side'],
  ])('%s', (_, d, options, expected) => {
    expect(doseText(d, options)).toBe(expected);
  });

  it('says only the sets and their size without details', () => {
    expect(doseText(banded, { details: [] })).toBe('3 × 10 reps each side');
  });
});
