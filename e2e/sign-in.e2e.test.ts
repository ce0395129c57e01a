// Signing in: each role lands on its own start page; a wrong password is explained; the page is accessible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  DESKTOP,
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

describe('sign-in', () => {
  it('refuses a wrong password with the reason, and the page has no serious accessibility problem', async () => {
    const context = await browser.newContext({ ...DESKTOP, baseURL: tandem.url });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Email').fill(tandem.login('clinician').email);
    await page.locator('input[name=password]').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/password/i);
    await screenshot(page, 'sign-in');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('takes a clinician to the clinic and a client to their portal', async () => {
    const staff = await signedIn(browser, tandem, tandem.login('clinician'));
    expect(new URL(staff.page.url()).pathname).toBe('/clinic');
    await staff.context.close();
    const client = await signedIn(browser, tandem, tandem.login('client'));
    expect(new URL(client.page.url()).pathname).toBe('/portal');
    await client.context.close();
  });
});
