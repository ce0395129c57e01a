// Plans through HTTP: generation with its goals, program and education in one transaction; versions with who and
// why; edits that conflict or break the screening are refused, naming the item.
import { parseCaseFile, TECHNIQUES_BY_ID, type CaseFileInput, type Plan, type TechniqueItem } from '@tandem/engine';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Repository } from '../../../db/repository.ts';
import { arbitraryCase } from '../../../../../engine/src/testing/cases.ts';
import { planSafetyProblems } from '../../../care/plan-safety.ts';
import {
  CARE_START,
  careEpisode,
  episodeFrom,
  errorOf,
  openCareApp,
  problemsOf,
  type CareApp,
} from './test-support.ts';

let t: CareApp;
beforeAll(async () => {
  t = await openCareApp();
});
afterAll(async () => {
  await t.close();
});

interface Version {
  version: number;
  reason: string | null;
  createdBy: { id: string; name: string };
  createdAt: string;
  plan: Plan;
}

const generate = (id: string, body: unknown = { date: CARE_START }) =>
  t.call('clinician', 'POST', `/api/v1/episodes/${id}/plan/generate`, body);
const current = async (id: string): Promise<Version> =>
  (await t.call('clinician', 'GET', `/api/v1/episodes/${id}/plan`)).json<Version>();
const edit = (id: string, body: unknown, who: 'clinician' | 'owner' = 'owner') =>
  t.call(who, 'PUT', `/api/v1/episodes/${id}/plan`, body);

async function planned(caseName?: string): Promise<{ id: string; plan: Plan }> {
  const id = caseName ? await episodeFrom(t, caseName) : await careEpisode(t, t.a.client.id);
  const res = await generate(id);
  expect(res.statusCode, res.body).toBe(201);
  return { id, plan: res.json<Version>().plan };
}

const manualBlock = (plan: Plan): number => plan.visit?.blocks.findIndex((b) => b.kind === 'manual') ?? -1;
const clone = (plan: Plan): Plan => structuredClone(plan);

describe('POST /episodes/:id/plan/generate', () => {
  test('stores version 1 with its SMART goals, the home program from that date, and its education, and audits it', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const res = await generate(id, { date: '2026-11-04' });
    expect(res.statusCode).toBe(201);
    const body = res.json<
      Version & {
        goals: { measure: string; date: string }[];
        program: { exercise: string; validFrom: string }[];
        educationAssigned: string[];
        questionnairesFrom: unknown;
      }
    >();
    expect(body).toMatchObject({
      version: 1,
      reason: 'generated',
      createdBy: { id: t.a.clinician.id, name: t.a.clinician.name },
      questionnairesFrom: null,
    });
    expect(body.plan.generatedFor).toBe('2026-11-04');
    expect(body.goals.map((g) => [g.measure, g.date])).toEqual([
      ['nprs', '2026-12-16'],
      ['rom:lumbar:flexion', '2026-12-16'],
    ]);
    expect(body.program.map((p) => p.exercise)).toEqual(body.plan.homeProgram?.exercises.map((e) => e.exercise));
    expect(new Set(body.program.map((p) => p.validFrom))).toEqual(new Set(['2026-11-04']));
    expect(body.educationAssigned).toEqual(body.plan.education.map((e) => e.topic));

    expect((await t.repo.goals.list(t.a.id, id)).map((g) => g.measure)).toEqual(['nprs', 'rom:lumbar:flexion']);
    expect((await t.repo.prescriptions.current(t.a.id, id, '2026-11-04')).length).toBe(body.program.length);
    expect((await t.repo.education.list(t.a.id, id)).map((e) => e.topic)).toEqual(body.educationAssigned);
    const [event] = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 1 });
    expect(event).toMatchObject({ action: 'create', recordType: 'plan', outcome: 'success' });
  });

  test('without a body the plan starts today; a regenerated plan is the next version and assigns no topic twice', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const first = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/plan/generate`);
    expect(first.json<Version>().plan.generatedFor).toBe('2026-11-23');
    const second = await generate(id, { date: '2026-11-24' });
    expect(second.json()).toMatchObject({ version: 2, reason: 'generated', educationAssigned: [] });
    const topics = (await t.repo.education.list(t.a.id, id)).map((e) => e.topic);
    expect(new Set(topics).size).toBe(topics.length);
  });

  test("the latest assessment's questionnaires on or before the date replace the intake's", async () => {
    const id = await careEpisode(t, t.a.client.id);
    const assessment = await t.call('clinician', 'POST', `/api/v1/episodes/${id}/assessments`, {
      date: '2026-11-16',
      questionnaires: { odi: [1, 1, 1, 1, 2, 1, 1, 1, 1, 1] },
    });
    const odiBaseline = (plan: Plan) => plan.measures.find((m) => m.measure === 'odi')?.baseline;
    const later = await generate(id, { date: '2026-11-20' });
    expect(odiBaseline(later.json<Version>().plan)).toBe(22);
    expect(later.json()).toMatchObject({
      questionnairesFrom: { assessmentId: assessment.json<{ id: string }>().id, date: '2026-11-16' },
    });
    const earlier = await generate(id, { date: '2026-11-10' });
    expect(odiBaseline(earlier.json<Version>().plan)).toBe(32);
    // The stored intake is not changed by this.
    expect((await t.repo.episodes.get(t.a.id, id))?.intake.questionnaires).toEqual({
      odi: [2, 1, 2, 2, 3, 1, 1, 1, 2, 1],
    });
  });

  test('a red flag asking for an urgent or emergency referral comes first: 409, nothing stored', async () => {
    const id = await episodeFrom(t, 'lumbar-saddle-numbness-emergency-referral');
    const res = await generate(id);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toMatch(/emergency referral before any treatment/);
    expect(await t.repo.plans.versions(t.a.id, id)).toEqual([]);
    expect(await t.repo.goals.list(t.a.id, id)).toEqual([]);
  });

  test('all or nothing: when one write fails, no version, goal, program or topic is left behind', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const original = t.repo.transaction;
    t.repo.transaction = (work) =>
      original((tx) =>
        work({
          ...tx,
          education: { ...tx.education, assign: () => Promise.reject(new Error('disk full')) },
        } satisfies Repository),
      );
    let res: LightMyRequestResponse;
    try {
      res = await generate(id);
    } finally {
      t.repo.transaction = original;
    }
    expect(res.statusCode).toBe(500);
    expect(errorOf(res).message).toMatch(/nothing was stored/);
    expect(await t.repo.plans.versions(t.a.id, id)).toEqual([]);
    expect(await t.repo.goals.list(t.a.id, id)).toEqual([]);
    expect(await t.repo.prescriptions.list(t.a.id, id)).toEqual([]);
    expect(await t.repo.education.list(t.a.id, id)).toEqual([]);
  });

  test('a date before the episode started is refused', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const res = await generate(id, { date: '2026-10-01' });
    expect(problemsOf(res)).toEqual([
      { field: 'body.date', message: '2026-10-01 is before the episode started (2026-11-02)' },
    ]);
  });
});

describe('reading plans', () => {
  test('the current plan: 404 before one exists; then staff and the client read the same plan', async () => {
    const id = await careEpisode(t, t.a.client.id);
    const none = await t.call('client', 'GET', `/api/v1/episodes/${id}/plan`);
    expect(none.statusCode).toBe(404);
    await generate(id);
    const staff = await t.call('clinician', 'GET', `/api/v1/episodes/${id}/plan`);
    const client = await t.call('client', 'GET', `/api/v1/episodes/${id}/plan`);
    expect(client.statusCode).toBe(200);
    expect(client.json()).toEqual(staff.json());
    expect(client.json()).toMatchObject({ version: 1, conflicts: [] });
    const [event] = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 1 });
    expect(event).toMatchObject({
      action: 'read',
      recordType: 'plan',
      actorUserId: t.a.clientUser.id,
      outcome: 'success',
    });
  });

  test('versions say who, when and why; one version is read by number', async () => {
    const { id, plan } = await planned();
    expect((await edit(id, { basedOn: 1, reason: 'less manual work', plan })).statusCode).toBe(200);
    const versions = await t.call('owner', 'GET', `/api/v1/episodes/${id}/plans`);
    expect(versions.json()).toEqual([
      {
        version: 1,
        createdBy: { id: t.a.clinician.id, name: t.a.clinician.name },
        reason: 'generated',
        createdAt: expect.any(String) as string,
      },
      {
        version: 2,
        createdBy: { id: t.a.owner.id, name: t.a.owner.name },
        reason: 'less manual work',
        createdAt: expect.any(String) as string,
      },
    ]);
    const one = await t.call('clinician', 'GET', `/api/v1/episodes/${id}/plans/1`);
    expect(one.json()).toMatchObject({ version: 1, reason: 'generated', plan: { caseId: 'lbp-desk-analyst' } });
    expect((await t.call('clinician', 'GET', `/api/v1/episodes/${id}/plans/9`)).statusCode).toBe(404);
    expect(problemsOf(await t.call('clinician', 'GET', `/api/v1/episodes/${id}/plans/first`))[0]?.field).toBe(
      'params.version',
    );
  });
});

describe('PUT /episodes/:id/plan', () => {
  test('an edit is the next version, with who and why', async () => {
    const { id, plan } = await planned();
    const edited = clone(plan);
    const removed = edited.homeProgram?.exercises.pop();
    const res = await edit(id, {
      basedOn: 1,
      reason: `dropped ${removed?.exercise ?? ''}: flares her back`,
      plan: edited,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      version: 2,
      createdBy: { id: t.a.owner.id },
      reason: `dropped ${removed?.exercise ?? ''}: flares her back`,
    });
    const [event] = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 1 });
    expect(event).toMatchObject({
      action: 'update',
      recordType: 'plan',
      actorUserId: t.a.owner.id,
      outcome: 'success',
    });
    const now = await current(id);
    expect(now.plan.homeProgram?.exercises.map((e) => e.exercise)).toEqual(
      edited.homeProgram?.exercises.map((e) => e.exercise),
    );
  });

  test("a changed home program becomes the client's program; an edit elsewhere leaves the program alone", async () => {
    const { id, plan } = await planned();
    const program = async () =>
      (await t.repo.prescriptions.list(t.a.id, id)).map((p) => `${p.validFrom} ${p.exercise}`);
    const before = await program();
    const notes = clone(plan);
    notes.education = notes.education.slice(0, 1);
    expect((await edit(id, { basedOn: 1, reason: 'fewer topics', plan: notes })).statusCode).toBe(200);
    expect(await program()).toEqual(before);
    const fewer = clone(notes);
    const dropped = fewer.homeProgram?.exercises.pop()?.exercise;
    expect((await edit(id, { basedOn: 2, reason: `dropped ${dropped ?? ''}`, plan: fewer })).statusCode).toBe(200);
    const latest = await t.repo.prescriptions.list(t.a.id, id);
    const from = latest.at(-1)?.validFrom ?? '';
    expect(latest.filter((p) => p.validFrom === from).map((p) => p.exercise)).toEqual(
      fewer.homeProgram?.exercises.map((e) => e.exercise),
    );
    expect(latest.filter((p) => p.validFrom === from).map((p) => p.exercise)).not.toContain(dropped);
  });

  test('an edit of a version that is no longer current is a 409 saying who changed it', async () => {
    const { id, plan } = await planned();
    expect((await edit(id, { basedOn: 1, reason: 'first edit', plan }, 'clinician')).statusCode).toBe(200);
    const late = await edit(id, { basedOn: 1, reason: 'second edit', plan });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).message).toMatch(new RegExp(`version 2 is current \\(by ${t.a.clinician.name}`));
    expect((await t.repo.plans.versions(t.a.id, id)).length).toBe(2);
    const noPlan = await edit(await careEpisode(t, t.a.client.id), { basedOn: 1, reason: 'x', plan });
    expect(noPlan.statusCode).toBe(409);
  });

  test('a reason is required, and the plan must have the shape the server reads', async () => {
    const { id, plan } = await planned();
    const noReason = await edit(id, { basedOn: 1, plan });
    expect(problemsOf(noReason).map((p) => p.field)).toEqual(['body.reason']);
    const blank = await edit(id, { basedOn: 1, reason: '   ', plan });
    expect(problemsOf(blank)).toEqual([{ field: 'body.reason', message: 'say why the plan changed' }]);
    const broken = clone(plan) as unknown as {
      phases: unknown;
      visit: { blocks: { items: Record<string, unknown>[] }[] };
    };
    broken.phases = 'soon';
    const item = broken.visit.blocks[0]?.items[0];
    if (item) item.kind = 'massage';
    const shape = await edit(id, { basedOn: 1, reason: 'x', plan: broken });
    expect(problemsOf(shape).sort((a, b) => a.field.localeCompare(b.field))).toEqual([
      { field: 'body.plan.phases', message: expect.stringMatching(/expected array/) as string },
      {
        field: 'body.plan.visit.blocks[0].items[0].kind',
        message: 'an item\'s kind must be "technique" or "exercise"',
      },
    ]);
    expect((await t.repo.plans.versions(t.a.id, id)).length).toBe(1);
  });

  test('ids must exist in the knowledge base', async () => {
    const { id, plan } = await planned();
    const edited = clone(plan);
    const block = manualBlock(edited);
    const item = edited.visit?.blocks[block]?.items[0] as TechniqueItem;
    item.technique = 'x';
    const exercise = edited.homeProgram?.exercises[0];
    if (exercise) exercise.exercise = 'moonwalk';
    const res = await edit(id, { basedOn: 1, reason: 'typo', plan: edited });
    expect(problemsOf(res)).toEqual([
      { field: `body.plan.visit.blocks[${block}].items[0].technique`, message: 'unknown technique "x"' },
      { field: 'body.plan.homeProgram.exercises[0].exercise', message: 'unknown exercise "moonwalk"' },
    ]);
  });
});

describe('safety: a plan never holds what the screening restricts', () => {
  test('a technique screening says to avoid is refused, naming the item', async () => {
    const { id, plan } = await planned('thoracic-osteoporosis-anticoagulant');
    const edited = clone(plan);
    const block = manualBlock(edited);
    expect(block).toBe(1);
    const manipulation = TECHNIQUES_BY_ID.get('thoracic_manipulation');
    const item = edited.visit?.blocks[block]?.items[0] as TechniqueItem;
    Object.assign(item, {
      technique: 'thoracic_manipulation',
      name: manipulation?.name,
      category: manipulation?.category,
      intensity: manipulation?.intensity,
      modified: false,
    });
    const res = await edit(id, { basedOn: 1, reason: 'add a thrust', plan: edited });
    expect(res.statusCode).toBe(400);
    const [problem] = problemsOf(res);
    expect(problem?.field).toBe('body.plan.visit.blocks[1].items[0].technique');
    expect(problem?.message).toMatch(/avoid/);
    expect(errorOf(res).message).toMatch(/^body\.plan\.visit\.blocks\[1\]\.items\[0\]\.technique: .*avoid/);
    expect((await t.repo.plans.versions(t.a.id, id)).length).toBe(1);
  });

  test('a technique screening caps cannot be done harder than the cap, nor listed in a phase when it is avoided', async () => {
    const { id, plan } = await planned('thoracic-osteoporosis-anticoagulant');
    const edited = clone(plan);
    const block = manualBlock(edited);
    const items = edited.visit?.blocks[block]?.items ?? [];
    const index = items.findIndex((i) => i.kind === 'technique' && i.modified);
    expect(index).toBeGreaterThanOrEqual(0);
    (items[index] as TechniqueItem).intensity = 'firm';
    edited.phases[0]?.techniques.push('thoracic_manipulation');
    const res = await edit(id, { basedOn: 1, reason: 'press harder', plan: edited });
    expect(res.statusCode).toBe(400);
    const problems = problemsOf(res);
    expect(problems.map((p) => p.field)).toEqual([
      `body.plan.visit.blocks[${block}].items[${index}].technique`,
      `body.plan.phases[0].techniques[${(edited.phases[0]?.techniques.length ?? 0) - 1}]`,
    ]);
    expect(problems[0]?.message).toMatch(/at firm intensity is above what screening allows \(gentle at most\)/);
  });

  test('a joint technique is judged at its own grade, however gently the plan says it is done', async () => {
    const { id, plan } = await planned('thoracic-osteoporosis-anticoagulant');
    const edited = clone(plan);
    const mobilisation = TECHNIQUES_BY_ID.get('thoracic_pa_mobilisation');
    const item = edited.visit?.blocks[manualBlock(edited)]?.items[0] as TechniqueItem;
    Object.assign(item, {
      technique: 'thoracic_pa_mobilisation',
      category: mobilisation?.category,
      intensity: 'gentle',
    });
    const res = await edit(id, { basedOn: 1, reason: 'gentle grades', plan: edited });
    expect(res.statusCode).toBe(400);
  });

  test('an exercise screening rules out is refused wherever it appears', async () => {
    const { id, plan } = await planned('pregnancy-pelvic-pain');
    const edited = clone(plan);
    const first = edited.homeProgram?.exercises[0];
    if (first) first.exercise = 'dead_bug';
    const res = await edit(id, { basedOn: 1, reason: 'core work', plan: edited });
    expect(res.statusCode).toBe(400);
    const [problem] = problemsOf(res);
    expect(problem).toEqual({
      field: 'body.plan.homeProgram.exercises[0].exercise',
      message: expect.stringMatching(
        /^Dead bug is ruled out for this client \[precaution\.pregnancy_supine\]/,
      ) as string,
    });
  });

  test('load decides, at each phase date: a squat is refused four weeks after knee surgery, allowed from twelve', async () => {
    const { id, plan } = await planned('knee-replacement-four-weeks');
    const edited = clone(plan);
    const first = edited.homeProgram?.exercises[0];
    if (first) first.exercise = 'bodyweight_squat';
    const maintain = edited.phases.findIndex((p) => p.id === 'maintain');
    edited.phases[maintain]?.exercises.push('goblet_squat');
    edited.phases[0]?.exercises.push('lateral_step_down');
    const res = await edit(id, { basedOn: 1, reason: 'squats', plan: edited });
    expect(res.statusCode).toBe(400);
    const problems = problemsOf(res);
    // The maintenance phase starts 12 weeks after the operation: the goblet squat passes there.
    expect(problems.map((p) => p.field)).toEqual([
      `body.plan.phases[0].exercises[${(edited.phases[0]?.exercises.length ?? 0) - 1}]`,
      'body.plan.homeProgram.exercises[0].exercise',
    ]);
    expect(problems[1]?.message).toMatch(/Moderate load on the knee, where at most light load is allowed/);
  });

  test("an edit cannot move the plan's dates to escape the healing limits", async () => {
    const { id, plan } = await planned('knee-replacement-four-weeks');
    const edited = { ...clone(plan), weeksAfterIntake: 40 };
    const first = edited.homeProgram?.exercises[0];
    if (first) first.exercise = 'bodyweight_squat';
    const res = await edit(id, { basedOn: 1, reason: 'later', plan: edited });
    expect(res.statusCode).toBe(400);
  });

  test("the stored version carries the intake's screening, not whatever the edit says about it", async () => {
    const { id, plan } = await planned('thoracic-osteoporosis-anticoagulant');
    const res = await edit(id, {
      basedOn: 1,
      reason: 'tidy',
      plan: { ...plan, restrictions: [], exerciseLimits: [], notices: [], referral: null },
    });
    expect(res.statusCode).toBe(200);
    expect((await current(id)).plan.restrictions).toEqual(plan.restrictions);
    expect(plan.restrictions.length).toBeGreaterThan(0);
  });

  test('topics an edit adds to the plan are assigned to the client', async () => {
    const { id, plan } = await planned();
    const edited = clone(plan);
    edited.education.push({
      topic: 'sleep_and_pain',
      title: 'x',
      summary: 'x',
      addresses: [],
      ruleId: 'clinician',
      rationale: 'poor sleep reported',
    });
    expect((await edit(id, { basedOn: 1, reason: 'sleep', plan: edited })).statusCode).toBe(200);
    expect((await t.repo.education.list(t.a.id, id)).map((e) => e.topic)).toContain('sleep_and_pain');
  });
});

describe('safety of generated plans', () => {
  /** Generation either stores a plan the screening allows in full, or refuses and stores nothing. */
  async function generatedSafely(input: CaseFileInput): Promise<void> {
    const parsed = parseCaseFile(input);
    if (!parsed.ok) return;
    const id = (
      await t.repo.episodes.create(t.a.id, { clientId: t.a.other.id, startedOn: CARE_START, intake: parsed.value })
    ).id;
    const res = await generate(id);
    if (res.statusCode === 201) {
      expect(planSafetyProblems(res.json<Version>().plan, parsed.value)).toEqual([]);
    } else {
      expect([409, 500], res.body).toContain(res.statusCode);
      expect(await t.repo.plans.versions(t.a.id, id)).toEqual([]);
      expect(await t.repo.prescriptions.list(t.a.id, id)).toEqual([]);
    }
  }

  // Found by the property below: the engine once put a supine exercise (reached along a chain from a preferred one) in
  // a pregnant client's plan. The server must never store it.
  test('a pregnant client with shoulder pain gets no supine exercise', async () => {
    await generatedSafely({
      id: 'generated',
      client: { age: 16, activities: [] },
      complaint: { regions: ['head'], side: 'left', aggravating: [] },
      history: { conditions: [], medications: [], surgeries: [], pregnant: true },
      redFlags: [],
      pain: {
        nprs: { current: 7 },
        irritability: { settlesWithinMinutes: 0, nightPain: false, easilyAggravated: false },
      },
      findings: { posture: [], movement: ['painful_arc'], palpation: [], rom: [] },
      goals: [{ measure: 'nprs', baseline: 6, target: 2, weeks: 6 }],
      equipment: [],
      preferences: { visitsPerWeek: 1, weeks: 1, homeMinutesPerDay: 5 },
      practitioner: { scope: ['soft_tissue'] },
    });
  });

  test('for arbitrary cases, nothing the screening restricts is ever stored in a plan', async () => {
    await fc.assert(fc.asyncProperty(arbitraryCase(), generatedSafely), { numRuns: 60 });
  }, 60_000);
});

describe('after discharge', () => {
  test('the plan is read, but neither generated nor edited', async () => {
    const { id, plan } = await planned();
    await t.repo.episodes.discharge(t.a.id, id, '2026-12-14');
    expect((await generate(id)).statusCode).toBe(409);
    expect((await edit(id, { basedOn: 1, reason: 'late', plan })).statusCode).toBe(409);
    expect((await t.call('client', 'GET', `/api/v1/episodes/${id}/plan`)).statusCode).toBe(200);
  });
});
