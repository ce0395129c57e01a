// A client logs a week of home sessions on their phone (each day's exercises, the day's ratings and the next
// morning's pain), then their clinician opens the client's progress and finds the decision the week led to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  DESKTOP,
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

interface Decision {
  date: string;
  scope: string;
  exercise: string | null;
  decision: string;
  ruleId: string;
  rationale: string;
}

async function rate(scope: Locator, label: string, value: number): Promise<void> {
  await scope
    .getByRole('group', { name: label })
    .getByRole('radio', { name: new RegExp(`^${String(value)}(,|$)`) })
    .check();
}

/**
 * Logs the day chosen in "Logging for": the morning after the day before, then every exercise due that day. When the
 * day before was logged here, its morning is asked: waiting for it waits for the page to hold the fresh log, as a
 * cached copy from before that save may show first (and would also count the wrong exercises as due).
 */
async function logDay(page: Page, date: string, dayBeforeLogged: boolean): Promise<void> {
  await page.getByLabel('Logging for').selectOption(date);
  await page.locator('article[data-exercise]').first().waitFor();
  const morning = page.getByRole('region', { name: /morning/ });
  if (dayBeforeLogged) await morning.waitFor();
  if ((await morning.count()) > 0) {
    await rate(morning, /this morning/.test(await morning.innerText()) ? 'Pain this morning' : 'Pain that morning', 1);
    await morning.getByRole('button', { name: /^Save the morning/ }).click();
    await morning.getByText(/Thank you/).waitFor();
  }
  const due = page.locator('article[data-due="today"]');
  const n = await due.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const card = due.nth(i);
    await card.getByRole('checkbox', { name: /^I did / }).check();
    await rate(card, 'Pain while doing it', 2);
    await rate(card, 'How hard was it? (optional)', 6);
  }
  const day = page.getByRole('region', { name: 'How is your day?' });
  await rate(day, 'Pain when resting', 2);
  await rate(day, 'Sleep last night', 7);
  await rate(day, 'Tiredness today', 3);
  await page.getByRole('button', { name: /^Save (today|this day)/ }).click();
  await page.getByTestId('log-result').filter({ hasText: 'What the program decided' }).waitFor();
}

describe('a week of home sessions', () => {
  it('is logged day by day on the phone, and the clinician sees the decision it led to', async () => {
    const client = await signedIn(browser, tandem, tandem.login('client', 1), PHONE);
    const page = client.page;
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    // The days the picker offers: today and the six before it (the server refuses a date after tomorrow). The picker
    // renders with all its days once the episode is loaded (the heading shows before it).
    const picker = page.getByLabel('Logging for');
    await picker.waitFor();
    const days = (
      await picker
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value))
    ).reverse();
    expect(days.length).toBe(7);
    for (const [i, date] of days.entries()) await logDay(page, date, i > 0);
    await screenshot(page, 'client-week-last-day-phone');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // What the server stored: a home entry on each of the seven days, and the decisions for the last of them.
    const me = (await (await client.context.request.get(`${tandem.url}/api/v1/auth/me`)).json()) as {
      clientId: string;
    };
    const episodes = (await (
      await client.context.request.get(`${tandem.url}/api/v1/clients/${me.clientId}/episodes`)
    ).json()) as { id: string; status: string }[];
    const episodeId = episodes.find((e) => e.status === 'active')?.id ?? '';
    const first = days[0] ?? '';
    const last = days.at(-1) ?? '';
    const log = (await (
      await client.context.request.get(`${tandem.url}/api/v1/episodes/${episodeId}/home-log?from=${first}&to=${last}`)
    ).json()) as { date: string; painAtRest?: number }[];
    expect(new Set(log.filter((e) => e.painAtRest === 2).map((e) => e.date))).toEqual(new Set(days));
    const progress = (await (
      await client.context.request.get(`${tandem.url}/api/v1/episodes/${episodeId}/progress`)
    ).json()) as { decisions: Decision[] };
    const decided = progress.decisions.filter((d) => d.date >= first);
    expect(decided.length).toBeGreaterThan(0);
    const latest = decided.findLast((d) => d.scope === 'exercise') ?? decided.at(-1);
    await client.context.close();

    // The clinician finds the same decision, with its rule and reason, on the client's progress page.
    const staff = await signedIn(browser, tandem, tandem.login('clinician'), DESKTOP);
    await staff.page.goto(`/clinic/episodes/${episodeId}/progress`);
    await staff.page.getByRole('heading', { name: 'Decisions along the way' }).waitFor();
    await staff.page.getByRole('switch', { name: 'Include doses kept' }).check();
    await staff.page
      .getByText(latest?.rationale ?? '')
      .first()
      .waitFor();
    await staff.page
      .getByText(latest?.ruleId ?? '')
      .first()
      .waitFor();
    await staff.page
      .getByText(latest?.rationale ?? '')
      .first()
      .scrollIntoViewIfNeeded();
    await screenshot(staff.page, 'client-week-clinician-progress');
    await staff.context.close();
  }, 180_000);
});
