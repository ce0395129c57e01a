// The clinician's overview pages against the demo clinic: today's schedule and attention list, the client list and
// its search, a client's page with the episode timeline, and the progress charts with the MCID band and goals.
// Each page is screenshotted and checked with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  PHONE,
  launchBrowser,
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

/** Axe's serious findings, with the pointer parked off any control (a hovered link is not its resting state). */
async function a11y(page: Page): Promise<string[]> {
  await page.mouse.move(0, (page.viewportSize()?.height ?? 600) - 1);
  return seriousA11yViolations(page);
}

/**
 * Waits for the page whose heading is `heading`, then for every loader on it to go. The heading comes first: right
 * after a click the previous page (its heading, no loaders) may still be showing. A page's loaders render with its
 * heading, so none left means its data is in.
 */
async function settled(page: Page, heading: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  await expect.poll(() => page.locator('.mantine-Loader-root').count(), { timeout: 15_000 }).toBe(0);
}

describe('clinician overview', () => {
  it('Today shows the schedule ahead and the clients who need attention, on a desktop and a phone', async () => {
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'));
    await settled(page, 'Today');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Today');
    await expect.poll(() => page.getByRole('heading', { name: 'Schedule today' }).count()).toBe(1);
    // The demo books every client's next visits after today: the days ahead list clients, each a link to their page.
    const ahead = page.locator('section[aria-labelledby="schedule-ahead"]');
    await expect.poll(() => ahead.getByRole('link').count()).toBeGreaterThan(0);
    // The demo clinic has clients needing attention: each names the rule that raised it and links to the client.
    const attention = page.locator('section[aria-labelledby="attention-title"]');
    await expect.poll(() => attention.locator('li').count()).toBeGreaterThan(0);
    const first = attention.locator('li').first();
    expect(await first.locator('code').textContent()).toMatch(/^[a-z]+\.[a-z_]+$/);
    expect(await first.getByRole('link').first().getAttribute('href')).toMatch(/^\/clinic\/clients\/[0-9a-f-]+$/);
    await screenshot(page, 'clinician-today');
    expect(await a11y(page)).toEqual([]);
    await context.close();

    const phone = await signedIn(browser, tandem, tandem.login('clinician'), PHONE);
    await settled(phone.page, 'Today');
    await screenshot(phone.page, 'clinician-today-phone');
    expect(await a11y(phone.page)).toEqual([]);
    await phone.context.close();
  });

  it('the owner sees the whole clinic with each clinician named', async () => {
    const { context, page } = await signedIn(browser, tandem, tandem.login('owner'));
    await settled(page, 'Today');
    const ahead = page.locator('section[aria-labelledby="schedule-ahead"]');
    const clinicians = tandem.logins.filter((l) => l.role === 'clinician').map((l) => l.name);
    await screenshot(page, 'owner-today');
    await expect
      .poll(async () => {
        const text = (await ahead.textContent()) ?? '';
        return clinicians.filter((n) => text.includes(n)).length;
      })
      .toBe(clinicians.length);
    expect(await a11y(page)).toEqual([]);
    await context.close();
  });

  it('the client list finds a client by search and opens their page with the episode timeline', async () => {
    const client = tandem.login('client');
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'));
    await page.getByRole('link', { name: 'Clients', exact: true }).click();
    await settled(page, 'Clients');
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(3);
    const all = await rows.count();
    await expect.poll(() => page.getByRole('link', { name: client.name }).count()).toBe(1);
    await screenshot(page, 'clinician-clients');
    expect(await a11y(page)).toEqual([]);

    const surname = client.name.split(' ').at(-1) ?? client.name;
    await page.getByLabel('Search clients').fill(surname.toLowerCase());
    await expect.poll(() => rows.count()).toBeLessThan(all);
    await expect.poll(() => rows.first().textContent()).toContain(client.name);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(surname.toLowerCase());
    await page.getByLabel('Search clients').fill('no such client anywhere');
    await expect.poll(() => rows.count()).toBe(0);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^0 of \d+ clients match/);
    await page.getByLabel('Search clients').fill(surname);

    await page.getByRole('link', { name: client.name }).click();
    await page.waitForURL(/\/clinic\/clients\/[0-9a-f-]+$/);
    await settled(page, client.name);
    await screenshot(page, 'clinician-client-page');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(client.name);
    const timeline = page.locator('section[aria-labelledby="timeline-title"]');
    await expect.poll(() => timeline.getByText(/^Visit with /).count()).toBeGreaterThan(0);
    await expect.poll(() => timeline.getByText(/^Home log, week \d+/).count()).toBeGreaterThan(0);
    await expect.poll(() => timeline.getByText(/^Re-assessment$|^Measures at intake$/).count()).toBeGreaterThan(0);
    // Decisions carry their rule ids.
    await expect
      .poll(() =>
        timeline
          .locator('code')
          .filter({ hasText: /^(progress|episode)\./ })
          .count(),
      )
      .toBeGreaterThan(0);
    // Filtering the timeline to visits only leaves no home logs.
    await page.getByText('Home logs', { exact: true }).click();
    await expect.poll(() => timeline.getByText(/^Home log, week \d+/).count()).toBe(0);
    await page.getByText('Home logs', { exact: true }).click();
    const actions = page.getByRole('navigation', { name: 'This episode' });
    for (const name of ['New visit', 'Progress', 'Plan', 'Assessment', 'Intake', 'Referral', 'Discharge']) {
      await expect.poll(() => actions.getByRole('link', { name, exact: true }).count(), { message: name }).toBe(1);
    }
    await screenshot(page, 'clinician-client-page');
    expect(await a11y(page)).toEqual([]);
    await context.close();
  });

  it('the progress page charts pain and measures with the MCID band and goal lines, and lists decisions with their rules', async () => {
    const client = tandem.login('client');
    const { context, page } = await signedIn(browser, tandem, tandem.login('clinician'));
    await page.goto(`/clinic/clients?q=${encodeURIComponent(client.name)}`);
    await page.getByRole('link', { name: client.name }).click();
    await page.waitForURL(/\/clinic\/clients\/[0-9a-f-]+$/);
    await page
      .getByRole('navigation', { name: 'This episode' })
      .getByRole('link', { name: 'Progress', exact: true })
      .click();
    await page.waitForURL(/\/clinic\/episodes\/[0-9a-f-]+\/progress$/);
    await settled(page, `Progress of ${client.name}`);
    await screenshot(page, 'clinician-progress');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Progress of ${client.name}`);

    // The charts draw once they have measured their box, after the data is in: each count waits for its drawing.
    const pain = page.getByRole('img', { name: 'Pain from 0 to 10 over the episode' });
    await expect.poll(() => pain.locator('.recharts-line').count()).toBeGreaterThan(1);
    // The MCID band is drawn and named in the key; goal lines are drawn where a goal names the measure.
    await expect.poll(() => page.locator('.recharts-reference-area').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/^No meaningful change: within \d+/).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/^Goal: .+ by /).count()).toBeGreaterThan(0);
    // Each questionnaire names the engine's verdict on the change and its rule.
    const questionnaires = page.locator('section[aria-labelledby="questionnaires"]');
    await expect.poll(() => questionnaires.getByText('change.mcid').count()).toBeGreaterThan(0);
    // Goals with their status; adherence bars; decisions with rule ids and rationale.
    await expect.poll(() => page.locator('section[aria-labelledby="goals"] li').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('section[aria-labelledby="adherence"] .recharts-bar-rectangle').count())
      .toBeGreaterThan(0);
    const decisions = page.locator('section[aria-labelledby="decisions"]');
    await expect.poll(() => decisions.locator('li').count()).toBeGreaterThan(0);
    const changes = await decisions.locator('li').count();
    await expect.poll(() => decisions.locator('code').first().textContent()).toMatch(/^(progress|episode)\.[a-z_]+$/);
    await screenshot(page, 'clinician-progress');
    expect(await a11y(page)).toEqual([]);
    // Including the doses kept shows more decisions.
    await decisions.getByRole('switch', { name: 'Include doses kept' }).check();
    await expect.poll(() => decisions.locator('li').count()).toBeGreaterThan(changes);
    await context.close();
  });

  it('the owner sees the clinic outcomes: meaningful change, visits, adherence and each instrument', async () => {
    const { context, page } = await signedIn(browser, tandem, tandem.login('owner'));
    await page.getByRole('link', { name: 'Clinic outcomes' }).click();
    await page.waitForURL(/\/clinic\/outcomes$/);
    await settled(page, 'Clinic outcomes');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Clinic outcomes');
    const cards = page.locator('main ul li').filter({ has: page.locator('text=/^\\d+ %$|^–$|^\\d+(\\.\\d)?$/') });
    await expect.poll(() => cards.count()).toBe(4);
    await expect.poll(() => page.getByText('Reached a meaningful change').count()).toBe(1);
    await expect.poll(() => page.getByText('outcome.primary_measure').count()).toBe(1);
    const table = page.locator('section[aria-labelledby="instruments-title"] table');
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(3);
    await expect
      .poll(() => page.locator('section[aria-labelledby="instruments-title"] .recharts-bar-rectangle').count())
      .toBeGreaterThan(0);
    await screenshot(page, 'owner-outcomes');
    expect(await a11y(page)).toEqual([]);
    await context.close();

    // A clinician is not offered the page, and is told so if they open it.
    const staff = await signedIn(browser, tandem, tandem.login('clinician'));
    // Read once the clinic's navigation is drawn, or the link would be missing only because nothing is drawn yet.
    await staff.page.getByRole('link', { name: 'Clients', exact: true }).waitFor();
    expect(await staff.page.getByRole('link', { name: 'Clinic outcomes' }).count()).toBe(0);
    await staff.page.goto('/clinic/outcomes');
    await expect.poll(() => staff.page.getByText(/for the clinic's owner/).count()).toBe(1);
    await staff.context.close();
  });
});
