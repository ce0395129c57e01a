import { ZEntry } from '@tandem/engine';
import { describe, expect, it } from 'vitest';
import { draftFor, emptyDay, entryBody, missing, problemsByExercise } from './entry.ts';

describe('the day’s log', () => {
  it('becomes an entry the engine accepts, in each prescription’s unit', () => {
    const squeeze = { ...draftFor({ sets: 10, holdSeconds: 10 }), painDuring: 2, effort: 6 };
    const walk = { ...draftFor({ sets: 1, minutes: 10 }), amount: 8, painDuring: 1 };
    const body = entryBody(
      '2026-11-23',
      [
        { exercise: 'scapular_retraction', unit: 'holdSeconds', draft: squeeze },
        { exercise: 'walking_10_min', unit: 'minutes', draft: walk },
      ],
      { ...emptyDay, painAtRest: 3, sleep: 7 },
    );
    expect(body).toEqual({
      date: '2026-11-23',
      source: 'home',
      painAtRest: 3,
      sleep: 7,
      exercises: [
        { exercise: 'scapular_retraction', done: { sets: 10, holdSeconds: 10 }, painDuring: 2, effort: 6 },
        { exercise: 'walking_10_min', done: { sets: 1, minutes: 8 }, painDuring: 1 },
      ],
    });
    expect(ZEntry.safeParse(body).success).toBe(true);
  });

  it('asks for pain during each exercise done, and finds the card of a server problem', () => {
    expect(missing([{ exercise: 'a', draft: draftFor({ sets: 1, reps: 5 }) }])).toEqual({
      a: expect.stringMatching(/hurt/) as unknown,
    });
    const problems = [
      { field: 'body.exercises[1].done', message: 'give exactly one' },
      { field: 'body.date', message: 'in the future' },
    ];
    expect(problemsByExercise(problems, ['a', 'b'])).toEqual({
      exercise: { b: ['give exactly one'] },
      day: ['in the future'],
    });
  });
});
