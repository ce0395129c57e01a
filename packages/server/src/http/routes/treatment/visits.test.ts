// Visits through HTTP: a technique the screening rules out is never recorded, one above its cap is refused, and the
// visit's exercises become a log entry that progression sees.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { episodeOf, fields, openKit, type Kit } from './test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await openKit();
});
afterAll(async () => {
  await k.t.close();
});

const soap = {
  subjective: 'upper back stiff after gardening',
  objective: 'thoracic rotation 30° each way',
  assessment: 'stiff, settling',
  plan: 'gentle mobility',
};

interface Visit {
  id: string;
  date: string;
  clinician: { id: string; name: string };
  performed: { kind: string; itemId: string; name: string; intensity: string | null; dose: unknown }[];
}

describe('screening guards every technique', () => {
  // Osteoporosis with an anticoagulant: thrust and deep work avoided, mobilisation gentle only.
  let episodeId: string;
  const stored = async () => ({
    visits: (await k.t.repo.visits.list(k.t.a.id, episodeId)).length,
    entries: (await k.t.repo.homeLog.list(k.t.a.id, episodeId)).length,
  });

  beforeAll(async () => {
    episodeId = await episodeOf(k.t, 'thoracic-osteoporosis-anticoagulant', '2026-11-02');
  });

  test('a restricted technique is refused, naming it, and nothing is stored', async () => {
    const res = await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, {
      date: '2026-11-10',
      soap,
      techniques: [
        { technique: 'thoracic_gentle_oscillations', region: 'thoracic', minutes: 10 },
        { technique: 'thoracic_manipulation', region: 'thoracic', minutes: 2, response: 'cavitation' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['body.techniques[1].technique']);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(
      /Thoracic.*must not be used for this client/i,
    );
    expect(await stored()).toEqual({ visits: 0, entries: 0 });
  });

  test("a technique above the screening's intensity cap is refused; at the cap it is recorded", async () => {
    const above = await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, {
      date: '2026-11-10',
      soap,
      techniques: [{ technique: 'thoracic_pa_mobilisation', region: 'thoracic', minutes: 10 }],
    });
    expect(above.statusCode).toBe(400);
    expect(fields(above)).toEqual(['body.techniques[0].intensity']);
    expect(above.json<{ error: { message: string } }>().error.message).toMatch(/gentle at most/);
    expect(await stored()).toEqual({ visits: 0, entries: 0 });
    const atCap = await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, {
      date: '2026-11-10',
      soap,
      techniques: [
        {
          technique: 'thoracic_pa_mobilisation',
          region: 'thoracic',
          minutes: 10,
          intensity: 'gentle',
          response: 'eased',
        },
      ],
    });
    expect(atCap.statusCode, atCap.body).toBe(201);
    expect(atCap.json<{ visit: Visit }>().visit.performed).toEqual([
      expect.objectContaining({
        itemId: 'thoracic_pa_mobilisation',
        intensity: 'gentle',
        name: expect.any(String) as string,
      }),
    ]);
    expect(await stored()).toEqual({ visits: 1, entries: 1 });
  });

  test('a technique in a region it is not for is refused', async () => {
    const res = await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, {
      date: '2026-11-11',
      soap,
      techniques: [{ technique: 'thoracic_gentle_oscillations', region: 'knee', minutes: 10 }],
    });
    expect(fields(res)).toEqual(['body.techniques[0].region']);
  });

  test('an unknown technique or a bad SOAP note is named', async () => {
    const res = await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, {
      date: '2026-11-11',
      soap: { ...soap, plan: 42 },
      techniques: [{ technique: 'laying_on_of_hands', region: 'thoracic', minutes: 10 }],
    });
    expect(fields(res).sort()).toEqual(['body.soap.plan', 'body.techniques[0].technique']);
  });
});

describe('an urgent referral stops hands-on work', () => {
  test('no technique is recorded until the client has been seen', async () => {
    const episodeId = await episodeOf(k.t, 'thoracic-night-pain-urgent-referral', '2026-11-02');
    const res = await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, {
      date: '2026-11-03',
      soap,
      techniques: [{ technique: 'thoracic_gentle_oscillations', region: 'thoracic', minutes: 10 }],
    });
    expect(fields(res)).toEqual(['body.techniques']);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/urgent medical review/);
    const noteOnly = await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, { date: '2026-11-03', soap });
    expect(noteOnly.statusCode).toBe(201);
  });
});

describe('a visit with exercises', () => {
  let episodeId: string;
  beforeAll(async () => {
    episodeId = await episodeOf(k.t, 'lbp-desk-analyst', '2026-11-02');
    const set = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-02',
      exercises: [{ exercise: 'dead_bug', sets: 2, reps: 8, daysPerWeek: 3 }],
    });
    expect(set.statusCode).toBe(200);
  });

  test('becomes a "visit" entry in the same transaction, and progression judges it', async () => {
    const res = await k.call(k.owner, 'POST', `/episodes/${episodeId}/visits`, {
      date: '2026-11-04',
      soap,
      painAtRest: 4,
      techniques: [{ technique: 'gentle_effleurage_back', region: 'lumbar', minutes: 12, response: 'relaxed' }],
      exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 3, painNextMorning: 3, effort: 5 }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{
      visit: Visit;
      entry: { source: string; painAtRest: number; exercises: { exercise: string; prescribed: unknown }[] };
      decisions: { decision: string; ruleId: string }[];
    }>();
    expect(body.visit.clinician).toEqual({ id: k.t.a.owner.id, name: k.t.a.owner.name });
    expect(body.visit.performed.map((p) => [p.kind, p.itemId])).toEqual([
      ['technique', 'gentle_effleurage_back'],
      ['exercise', 'dead_bug'],
    ]);
    expect(body.entry).toMatchObject({
      source: 'visit',
      painAtRest: 4,
      exercises: [{ exercise: 'dead_bug', prescribed: expect.objectContaining({ reps: 8 }) as unknown }],
    });
    expect(body.decisions).toEqual([expect.objectContaining({ decision: 'hold', ruleId: 'progress.consolidate' })]);

    const listed = await k.call(k.clinician, 'GET', `/episodes/${episodeId}/visits`);
    expect(listed.json<Visit[]>().map((v) => v.id)).toEqual([body.visit.id]);
    const one = await k.call(k.clinician, 'GET', `/visits/${body.visit.id}`);
    expect(one.json<Visit>()).toMatchObject({ id: body.visit.id, date: '2026-11-04' });
  });

  test('an exercise not in the program refuses the whole visit', async () => {
    const before = (await k.t.repo.visits.list(k.t.a.id, episodeId)).length;
    const res = await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, {
      date: '2026-11-06',
      soap,
      exercises: [{ exercise: 'bird_dog', done: { sets: 2, reps: 6 }, painDuring: 2 }],
    });
    expect(fields(res)).toEqual(['body.exercises[0].exercise']);
    expect((await k.t.repo.visits.list(k.t.a.id, episodeId)).length).toBe(before);
  });

  test('clients read neither visits nor their notes; another clinic finds nothing', async () => {
    const visitId = (await k.t.repo.visits.list(k.t.a.id, episodeId))[0]?.id ?? '';
    expect((await k.call(k.client, 'GET', `/episodes/${episodeId}/visits`)).statusCode).toBe(403);
    expect((await k.call(k.client, 'GET', `/visits/${visitId}`)).statusCode).toBe(403);
    expect(
      (await k.call(k.client, 'POST', `/episodes/${episodeId}/visits`, { date: '2026-11-06', soap })).statusCode,
    ).toBe(403);
    expect((await k.call(k.otherClinic, 'GET', `/visits/${visitId}`)).statusCode).toBe(404);
  });
});
