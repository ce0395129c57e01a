// A clinician takes a new client through the intake (the safety screen reacts as red flags and precautions are
// ticked), then records an assessment: a questionnaire scored live as the engine scores it, a body-map region
// toggled from the keyboard; the saved assessment is read back from the API. Every page passes axe.
import { INSTRUMENTS, scoreInstrument } from '@tandem/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  launchBrowser,
  PHONE,
  SCREENSHOTS,
  screenshot,
  seriousA11yViolations,
  signedIn,
  startTandem,
  type Tandem,
} from './harness.ts';

let tandem: Tandem;
let browser: Browser;
beforeAll(async () => {
  [tandem, browser] = await Promise.all([startTandem(), launchBrowser()]);
});
afterAll(async () => {
  await browser.close();
  await tandem.stop();
});

const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();
const stepTitle = (page: Page) => page.locator('#step-title');
const shot = async (page: Page, name: string) => {
  await page.evaluate('scrollTo(0, 0)');
  await screenshot(page, name);
};

describe('clinician intake and assessment', () => {
  let episodeId = '';

  it('creates a client and completes the intake with the safety screen shown live', async () => {
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'));
    await page.goto('/clinic/clients/new');
    await expect.poll(() => stepTitle(page).textContent()).toMatch(/record/i);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'intake-0-record');

    // The server names the field it refuses.
    await page.getByLabel('Full name').fill('Maren Holt');
    await page.getByLabel('E-mail').fill('not-an-address');
    await page.getByRole('button', { name: 'Create client and continue' }).click();
    await expect.poll(() => page.getByText('expected an e-mail address').count()).toBe(1);
    await page.getByLabel('E-mail').fill('maren.holt@example.org');
    await page.getByLabel('Date of birth').fill('1961-04-12');
    await page.getByRole('button', { name: 'Create client and continue' }).click();

    await expect.poll(() => stepTitle(page).textContent()).toBe('About the client');
    await expect.poll(() => page.getByLabel('Age (years)').inputValue()).toMatch(/^\d+$/);
    await page.getByLabel('Occupation').fill('Bookkeeper');
    await shot(page, 'intake-1-client');
    await next(page);

    await expect.poll(() => stepTitle(page).textContent()).toBe('Where it hurts and how much');
    await page.getByRole('button', { name: 'Lower back (back)' }).click();
    await page.getByRole('button', { name: 'Left buttock (back)' }).click();
    expect(await page.getByRole('button', { name: 'Lower back (front)' }).count()).toBe(0);
    await expect
      .poll(() => page.getByRole('button', { name: 'Lower back (back)' }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.getByLabel('Right now').fill('6');
    await page.getByLabel('At its worst (last week)').fill('8');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'intake-2-complaint');
    await next(page);

    await expect.poll(() => stepTitle(page).textContent()).toBe('History of the complaint');
    await page.getByLabel('How long has it been going on? (weeks)').fill('14');
    await shot(page, 'intake-3-history');
    await next(page);
    await expect.poll(() => stepTitle(page).textContent()).toBe('Goals, equipment and time');
    await page.getByRole('button', { name: 'Add an activity goal' }).click();
    await page.getByText('Exercise mat', { exact: true }).click();
    await shot(page, 'intake-4-goals');
    await next(page);

    await expect.poll(() => stepTitle(page).textContent()).toBe('Medical screening');
    const banner = page.getByTestId('referral-banner');
    expect(await banner.count()).toBe(0);
    const saddle = page.getByRole('checkbox', { name: 'Numbness in the saddle area' });
    await saddle.check();
    await expect.poll(() => banner.count()).toBe(1);
    await expect.poll(() => banner.textContent()).toMatch(/emergency/i);
    await expect.poll(() => banner.textContent()).toMatch(/saddle/i);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'intake-5-red-flag');
    await saddle.uncheck();
    await expect.poll(() => banner.count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Osteoporosis', exact: true }).check();
    await expect.poll(() => page.getByTestId('restriction').count()).toBeGreaterThan(0);
    const restrictions = page.getByTestId('restrictions');
    await expect.poll(() => restrictions.textContent()).toMatch(/Avoid|Modify/);
    await expect.poll(() => restrictions.textContent()).toMatch(/Rule /);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'intake-5-precaution');

    // A walking aid means a high fall risk: its exercise limit shows at once.
    const screen = page.getByRole('region', { name: 'Safety screen' });
    const aid = page.getByRole('switch', { name: 'Walks with an aid (stick, crutch or frame)' });
    await aid.check();
    await expect.poll(() => screen.textContent()).toMatch(/high risk of falling/);
    await expect.poll(() => screen.textContent()).toMatch(/High fall risk: walks with an aid/);
    await aid.uncheck();
    await expect.poll(() => screen.textContent()).not.toMatch(/high risk of falling/);
    // Weeks of pregnancy are asked only in a pregnancy, and go when it is unticked.
    const weeks = page.getByLabel('Weeks of pregnancy');
    expect(await weeks.count()).toBe(0);
    await page.getByRole('switch', { name: 'Pregnant' }).check();
    await weeks.fill('12');
    await expect.poll(() => screen.textContent()).toMatch(/Pregnancy, 12 weeks/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await weeks.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'intake-5-pregnancy.png') });
    await page.getByRole('switch', { name: 'Pregnant' }).uncheck();
    await expect.poll(() => weeks.count()).toBe(0);
    await page.getByLabel('Falls in the past year').fill('0');
    await next(page);

    await expect.poll(() => stepTitle(page).textContent()).toBe('Check and save');
    await shot(page, 'intake-6-review');
    await page.getByRole('button', { name: 'Save intake and start the assessment' }).click();
    await page.waitForURL(/\/clinic\/episodes\/[^/]+\/assessment$/);
    episodeId = /episodes\/([^/]+)\/assessment/.exec(page.url())?.[1] ?? '';
    const episode = (await page.evaluate(async (id) => (await fetch(`/api/v1/episodes/${id}`)).json(), episodeId)) as {
      intake: { history: Record<string, unknown> & { conditions: string[] }; complaint: { regions: string[] } };
    };
    expect(episode.intake.history.conditions).toEqual(['osteoporosis']);
    expect(episode.intake.history).toMatchObject({ pregnant: false, fallsInPastYear: 0, walkingAid: false });
    expect(episode.intake.history).not.toHaveProperty('pregnancyWeeks');
    expect(episode.intake.complaint.regions).toEqual(['lumbar', 'gluteal']);
    await context.close();
  });

  it('records an assessment: body map by keyboard, a questionnaire scored live as the engine scores it, saved to the API', async () => {
    expect(episodeId).not.toBe('');
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'));
    await page.goto(`/clinic/episodes/${episodeId}/assessment`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Assessment');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The pain map starts from the intake's; a region toggled from the keyboard.
    const knee = page.getByRole('button', { name: 'Right knee (front)' });
    const kneePressed = () => knee.getAttribute('aria-pressed');
    // The form renders with the episode's data (the heading is part of it), so the map's first state is already there.
    expect(await kneePressed()).toBe('false');
    await knee.focus();
    await page.keyboard.press('Space');
    await expect.poll(kneePressed).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(kneePressed).toBe('false');
    await page.keyboard.press(' ');
    await expect.poll(kneePressed).toBe('true');

    await page.getByText('Bends from the spine instead of the hips', { exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Deep squat' }).getByText('2', { exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Hurdle step, left' }).getByText('2', { exact: true }).click();
    await page.getByRole('radiogroup', { name: 'Hurdle step, right' }).getByText('1', { exact: true }).click();
    await expect.poll(() => page.getByTestId('fms-result').textContent()).toMatch(/Asymmetries: Hurdle step/);

    // A range of motion without degrees: the server's error shows at the field.
    await page.getByRole('button', { name: 'Add a range of motion' }).click();
    await page.getByRole('button', { name: 'Save assessment' }).click();
    const degrees = page.getByLabel('Degrees, joint 1');
    await expect.poll(() => degrees.getAttribute('aria-invalid')).toBe('true');
    await degrees.fill('120');
    await expect.poll(() => page.getByText('67 % of normal · limited').count()).toBe(1);
    await expect.poll(() => page.getByText('Normal: 180°').count()).toBe(1);

    // ODI answered item by item; the score on screen is the engine's.
    await page
      .getByRole('textbox', { name: 'Add a questionnaire' })
      .or(page.getByRole('combobox', { name: 'Add a questionnaire' }))
      .first()
      .click();
    await page.getByRole('option', { name: INSTRUMENTS.odi.name }).click();
    const answers: (number | null)[] = [3, 2, 1, 2, 3, 2, 1, null, 2, 1];
    const items = INSTRUMENTS.odi.items ?? [];
    for (const [i, a] of answers.entries()) {
      if (a === null) continue;
      await page
        .getByRole('radiogroup', { name: `${String(i + 1)}. ${items[i]?.label ?? ''}` })
        .getByText(String(a), { exact: true })
        .click();
    }
    const expected = scoreInstrument('odi', answers);
    if (!expected.ok) throw new Error('the ODI answers should score');
    const live = page.getByTestId('score-odi');
    await expect.poll(() => live.getAttribute('data-score')).toBe(String(expected.value.score));
    await expect.poll(() => live.textContent()).toContain(`${String(Math.round(expected.value.score * 10) / 10)} %`);
    await expect.poll(() => live.textContent()).toMatch(/Meaningful change: 10 points or 30 %/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'assessment-form');
    await page.locator('#fms').screenshot({ path: join(SCREENSHOTS, 'assessment-fms.png') });
    await page.locator('#questionnaires').screenshot({ path: join(SCREENSHOTS, 'assessment-questionnaire.png') });

    await page.getByRole('button', { name: 'Save assessment' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Generate plan' }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'assessment-saved');

    const stored = (await page.evaluate(
      async (id) => (await fetch(`/api/v1/episodes/${id}/assessments`)).json(),
      episodeId,
    )) as {
      details: {
        questionnaires: { odi: unknown };
        scores: { odi: { score: number } };
        findings: { rom: { degrees: number }[]; movement: string[]; fms: Record<string, unknown> };
        details: { painMap: { region: string; side?: string }[] };
      };
    }[];
    expect(stored).toHaveLength(1);
    const saved = stored[0]!.details;
    expect(saved.questionnaires.odi).toEqual(answers);
    expect(saved.scores.odi.score).toBe(expected.value.score);
    expect(saved.findings.rom[0]!.degrees).toBe(120);
    expect(saved.findings.movement).toEqual(['poor_hip_hinge']);
    expect(saved.findings.fms).toEqual({ deep_squat: 2, hurdle_step: { left: 2, right: 1 } });
    expect(saved.details.painMap).toContainEqual({ region: 'knee', side: 'right' });
    await context.close();
  });

  it('goes on with the same client to the generated plan, a visit and the progress it made (one journey)', async () => {
    expect(episodeId).not.toBe('');
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'));
    await page.goto(`/clinic/episodes/${episodeId}/plan`);
    await page.getByRole('button', { name: 'Generate plan' }).click();
    await page.getByRole('region', { name: 'Home program' }).waitFor();
    // Osteoporosis was ticked at intake: the plan says what it restricts, and the visit holds none of it.
    const plan = (await page.evaluate(
      async (id) => (await fetch(`/api/v1/episodes/${id}/plan`)).json(),
      episodeId,
    )) as {
      plan: {
        restrictions: { category: string }[];
        visit: { blocks: { items: { kind: string; technique?: string }[] }[] };
      };
    };
    expect(plan.plan.restrictions.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('region', { name: 'Home program' }).getByRole('button', { name: 'Why?' }).count())
      .toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`/clinic/episodes/${episodeId}/visit`);
    await page.getByRole('button', { name: 'Save visit' }).waitFor();
    await page.getByLabel('Pain now (0–10)').fill('5');
    await page.getByLabel('S · Client report').fill('Sitting at work is still the hardest part of the day.');
    // The note is prefilled from the plan: its exercise rows are there before they are listed (all() does not wait).
    await page
      .getByLabel(/^Pain during /)
      .first()
      .waitFor();
    for (const input of await page.getByLabel(/^Pain during /).all()) await input.fill('2');
    await page.getByLabel('A · Response').fill('Tolerated the first session well.');
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByRole('heading', { name: 'Progression suggestions' }).waitFor();
    await expect.poll(() => page.locator('[data-decision]').count()).toBeGreaterThan(0);

    await page.goto(`/clinic/episodes/${episodeId}/progress`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const progress = (await page.evaluate(
      async (id) => (await fetch(`/api/v1/episodes/${id}/progress`)).json(),
      episodeId,
    )) as { decisions: { ruleId: string }[] };
    expect(progress.decisions.length).toBeGreaterThan(0);
    // After one visit most doses are kept (two good sessions are needed to step up): show those too.
    await page.getByRole('switch', { name: 'Include doses kept' }).check();
    await expect.poll(() => page.getByText(progress.decisions[0]!.ruleId).count()).toBeGreaterThan(0);
    await screenshot(page, 'journey-progress');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows the body map on a phone, one view at a time', async () => {
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'), PHONE);
    await page.goto(`/clinic/episodes/${episodeId}/assessment`);
    const map = page.locator('#pain-map');
    await map.waitFor();
    expect(await page.getByRole('button', { name: 'Lower back (back)' }).count()).toBe(0);
    await page.getByRole('radiogroup', { name: 'Body view' }).getByText('Back', { exact: true }).click();
    await page.getByRole('button', { name: 'Left calf and shin (back)' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'Left calf and shin (back)' }).getAttribute('aria-pressed'))
      .toBe('true');
    await map.screenshot({ path: join(SCREENSHOTS, 'assessment-body-map-phone.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
