// A clinician's plan-to-visit journey on a demo client: reads why a plan item is there, swaps an exercise for its
// progression and saves a new plan version with a reason, records a visit from the prefilled note and sees the
// progression suggestions, makes a referral, and discharges; every page is checked with axe. Then a pregnant client's
// plan: hands-on work positioned side-lying, the warning signs to check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { readExampleCase } from '../packages/server/src/demo/case-files.ts';
import {
  launchBrowser,
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
}, 90_000);
afterAll(async () => {
  await browser.close();
  await tandem.stop();
});

/** The active episode of a demo client, read through the API with the page's own session. */
async function episodeOf(page: Page, clientName: string): Promise<string> {
  const clients = (await (await page.request.get('/api/v1/clients')).json()) as { id: string; name: string }[];
  const client = clients.find((c) => c.name === clientName);
  if (!client) throw new Error(`no demo client ${clientName}`);
  const episodes = (await (await page.request.get(`/api/v1/clients/${client.id}/episodes`)).json()) as {
    id: string;
    status: string;
  }[];
  const active = episodes.find((e) => e.status === 'active');
  if (!active) throw new Error(`${clientName} has no active episode`);
  return active.id;
}

/** The PDF link named `name` serves a PDF. */
async function expectPdf(page: Page, name: string): Promise<void> {
  const href = await page.getByRole('link', { name: `${name} (PDF, opens in a new tab)` }).getAttribute('href');
  const response = await page.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
}

describe('clinician: plan, visit, referral, discharge', () => {
  it('edits the plan, records a visit, refers and discharges', async () => {
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'));
    const episode = await episodeOf(page, 'Jean Dupont');

    // The plan, with the reason behind an item one click away.
    await page.goto(`/clinic/episodes/${episode}/plan`);
    await page.getByRole('heading', { name: 'Plan of care' }).waitFor();
    const home = page.getByRole('region', { name: 'Home program' });
    await home.getByRole('button', { name: 'Why?' }).first().click();
    await expect
      .poll(() =>
        home
          .getByText(/^Rule$/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => page.getByTestId('version-count').textContent()).toBe('1 version');
    await screenshot(page, 'clinician-plan');
    await expectPdf(page, 'Printable home program');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Swap an exercise for its progression and save a new version with a reason.
    await page.getByRole('button', { name: 'Edit home program' }).click();
    const harder = page.getByRole('button', { name: /^Swap .* for harder: / }).first();
    const label = (await harder.getAttribute('aria-label')) ?? '';
    const next = /for harder: (.+)$/.exec(label)?.[1] ?? '';
    await harder.click();
    await expect.poll(() => home.getByRole('heading', { name: next }).count()).toBeGreaterThan(0);
    await page.getByLabel('Reason for the change').fill('Client manages the easier version well; moving one step up.');
    await screenshot(page, 'clinician-plan-editing');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save new version' }).click();
    await expect.poll(() => page.getByTestId('version-count').textContent()).toBe('2 versions');
    await expect
      .poll(() => page.getByText('Client manages the easier version well; moving one step up.').count())
      .toBeGreaterThan(0);

    // A visit from the prefilled note; then progression's suggestions.
    await page.goto(`/clinic/episodes/${episode}/visit`);
    await page.getByRole('heading', { name: 'Visit note' }).waitFor();
    await page.getByRole('button', { name: 'Save visit' }).waitFor();
    await page.getByLabel('Pain now (0–10)').fill('4');
    await page.getByLabel('S · Client report').fill('A better week; reaching the top shelf is easier.');
    // The note is prefilled from the plan: its exercise rows are there before they are listed (all() does not wait).
    await page
      .getByLabel(/^Pain during /)
      .first()
      .waitFor();
    for (const input of await page.getByLabel(/^Pain during /).all()) await input.fill('3');
    await page.getByLabel('A · Response').fill('Moved more freely after the hands-on work.');
    await screenshot(page, 'clinician-visit');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save visit' }).click();
    await page.getByRole('heading', { name: 'Progression suggestions' }).waitFor();
    await expect.poll(() => page.locator('[data-decision]').count()).toBeGreaterThan(0);
    await page
      .getByRole('button', { name: /^Accept: / })
      .first()
      .click();
    await screenshot(page, 'clinician-visit-suggestions');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Moving between the episode's pages inside the app (one data cache): each page still gets the data it reads.
    await page.getByRole('navigation', { name: 'Episode steps' }).getByRole('link', { name: 'Progress' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Progress of Jean Dupont');
    await page.getByRole('link', { name: 'New visit' }).click();
    await page.getByRole('button', { name: 'Save visit' }).waitFor();
    await expect.poll(() => page.getByRole('navigation', { name: 'Episode steps' }).count()).toBe(1);

    // A referral.
    await page.goto(`/clinic/episodes/${episode}/referral`);
    await page.getByLabel('Refer to').fill('Dr Amara Osei, general practitioner');
    await page.getByLabel('Reason').fill('Night pain persists despite settling in the day; please review pain relief.');
    await page
      .getByLabel('Question for the other professional')
      .fill('Is a review of her pain medication appropriate?');
    await page.getByRole('button', { name: 'Record referral' }).click();
    await page.getByRole('article', { name: 'Referral to Dr Amara Osei, general practitioner' }).waitFor();
    await screenshot(page, 'clinician-referral');
    await expectPdf(page, 'Letter to Dr Amara Osei, general practitioner');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Discharge: readiness and outcome, then the maintenance program and check-ins.
    await page.goto(`/clinic/episodes/${episode}/discharge`);
    await page.getByRole('heading', { name: 'Readiness' }).waitFor();
    await screenshot(page, 'clinician-discharge');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Discharge and book check-ins' }).click();
    await page.getByRole('heading', { name: 'Follow-up check-ins' }).waitFor();
    await screenshot(page, 'clinician-discharged');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  }, 180_000);

  it('positions a pregnant client side-lying for hands-on work and lists the warning signs', async () => {
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'));
    // Seeded through the API as the intake form saves it: 24 weeks pregnant, low back pain.
    const { csrfToken } = (await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string };
    const post = async <T>(path: string, data: unknown): Promise<T> => {
      const response = await page.request.post(path, { data, headers: { 'x-csrf-token': csrfToken } });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return (await response.json()) as T;
    };
    const client = await post<{ id: string }>('/api/v1/clients', { name: 'Ada Brennan', sex: 'female' });
    const example = readExampleCase('pregnancy-pelvic-pain');
    const intake = {
      ...example,
      id: 'ada-brennan-lbp',
      client: { ...example.client, name: 'Ada Brennan' },
      complaint: { ...example.complaint, regions: ['lumbar'] },
      history: { ...example.history, pregnancyWeeks: 24 },
      pain: { ...example.pain, map: [{ region: 'lumbar', side: 'bilateral', intensity: 5, quality: 'aching' }] },
    };
    // The browser's date, as the intake form sends it.
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const episode = await post<{ id: string }>(`/api/v1/clients/${client.id}/episodes`, { startedOn: today, intake });
    await post(`/api/v1/episodes/${episode.id}/plan/generate`, {});

    await page.goto(`/clinic/episodes/${episode.id}/plan`);
    const visit = page.getByRole('region', { name: 'Visit template' });
    await visit.waitFor();
    const positions = visit.getByTestId('technique-position');
    await expect.poll(() => positions.count()).toBeGreaterThan(0);
    await expect.poll(() => positions.first().textContent()).toMatch(/^Position: lying on the side/);
    await positions.first().getByRole('button', { name: 'Why this position?' }).click();
    await expect.poll(() => positions.first().textContent()).toMatch(/Side-lying, with a pillow between the knees/);
    const safety = page.getByRole('region', { name: 'Safety and irritability' });
    await expect
      .poll(() => safety.textContent())
      .toMatch(/Stop and seek care the same day for any warning sign: bleeding from the vagina/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, 'clinician-plan-pregnancy');
    await safety.screenshot({ path: join(SCREENSHOTS, 'clinician-plan-pregnancy-safety.png') });
    await visit.screenshot({ path: join(SCREENSHOTS, 'clinician-plan-pregnancy-visit.png') });
    await context.close();
  }, 120_000);
});
