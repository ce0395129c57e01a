// Writes knee-runner-8-weeks.json: eight weeks of logs made against what the engine prescribes each day (steady
// progress, an 8 km run in week 5 and the flare after it, recovery). Run: npx tsx examples/histories/generate.ts
import { readFileSync, writeFileSync } from 'node:fs';
import type { CaseFileInput } from '../../packages/engine/src/case-file.ts';
import { addDays } from '../../packages/engine/src/dates.ts';
import { simulate } from '../../packages/engine/src/testing/histories.ts';

const here = (name: string) => new URL(name, import.meta.url);
const start = '2026-09-07';
const LEFS = [49, 54, 55, 59, 64];
const NPRS = [6, 5, 4, 3, 2];
const FLARE = { from: 30, to: 33 };

const history = simulate({
  client: 'knee-runner',
  start,
  weeks: 8,
  phases: [
    { phase: 'restore', start },
    { phase: 'load', start: addDays(start, 28) },
  ],
  visitsPerWeek: 2,
  baseline: { painAtRest: 3, sleep: 7, fatigue: 3 },
  case: JSON.parse(readFileSync(here('../cases/knee-runner.json'), 'utf8')) as CaseFileInput,
  prescription: [
    {
      exercise: 'lateral_step_down',
      sets: 2,
      reps: 8,
      range: 'partial',
      daysPerWeek: 3,
      perSide: true,
      painCeiling: 4,
    },
    { exercise: 'sit_to_stand', sets: 2, reps: 8, daysPerWeek: 3 },
    { exercise: 'quad_stretch_side_lying', sets: 3, holdSeconds: 30, daysPerWeek: 3, perSide: true },
    { exercise: 'walking_10_min', sets: 1, minutes: 10, daysPerWeek: 5 },
  ],
  goals: [
    {
      measure: 'lefs',
      description: 'Lower Extremity Functional Scale from 49 to 65',
      baseline: 49,
      target: 65,
      date: addDays(start, 56),
    },
    {
      measure: 'nprs',
      description: 'Knee pain on stairs from 6/10 to 2/10',
      baseline: 6,
      target: 2,
      date: addDays(start, 56),
    },
  ],
  day: (d) => {
    const visit = d % 7 === 1 || d % 7 === 4;
    const source = visit ? 'visit' : 'home';
    if (d >= FLARE.from && d <= FLARE.to)
      return { source, painAtRest: 6, painDuring: 6, painNextMorning: 6, sleep: 5, fatigue: 5 };
    if (!visit && d % 7 === 6) return null; // a rest day, nothing logged
    return { source, painAtRest: d < 14 ? 3 : 2, painDuring: d < 14 ? 3 : 2, sleep: 7, fatigue: 3, effort: 6 };
  },
  measures: (d) =>
    d % 14 === 0
      ? [
          { measure: 'lefs', value: LEFS[d / 14] ?? 60 },
          { measure: 'nprs', value: NPRS[d / 14] ?? 3 },
        ]
      : [],
});
const flareDay = history.entries.find((e) => e.date === addDays(start, FLARE.from));
if (flareDay) flareDay.note = 'Ran 8 km on Saturday, much more than planned; knee sore since.';
writeFileSync(here('knee-runner-8-weeks.json'), `${JSON.stringify(history, null, 1)}\n`);
