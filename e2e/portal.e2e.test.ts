// The client's portal on a phone: today's illustrated program, a logged session and the program's decision; then
// offline: the page reloads from the service worker, an entry waits on the phone and syncs once, never twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [tandem, browser] = await Promise.all([startTandem(), launchBrowser()]);
  ({ context, page } = await signedIn(browser, tandem, tandem.login('client'), PHONE));
});
afterAll(async () => {
  await browser.close();
  await tandem.stop();
});

interface Me {
  csrfToken: string;
  clientId: string;
}
interface StoredEntry {
  id: string;
  date: string;
  exercises: { exercise: string; painDuring?: number }[];
}

async function api<T>(path: string): Promise<T> {
  const response = await context.request.get(`${tandem.url}/api/v1${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

/** Picks a 0–10 answer on the scale named `label` inside `scope`. */
async function rate(scope: ReturnType<Page['locator']>, label: string, value: number): Promise<void> {
  await scope
    .getByRole('group', { name: label })
    .getByRole('radio', { name: new RegExp(`^${String(value)}(,|$)`) })
    .check();
}

async function expectAccessible(name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousA11yViolations(page)).toEqual([]);
}

// Evaluated in the page as strings (this file is compiled without the DOM's types).
const today = (): Promise<string> =>
  page.evaluate<string>(
    "(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; })()",
  );

/** The phone's outbox (offline/outbox.ts): what waits in IndexedDB to be sent. */
const READ_OUTBOX = `new Promise((resolve, reject) => {
  const open = indexedDB.open('tandem-outbox');
  open.onerror = () => reject(new Error('no outbox database'));
  open.onsuccess = () => {
    const all = open.result.transaction('waiting').objectStore('waiting').getAll();
    all.onsuccess = () => resolve(all.result);
  };
})`;

/** The signed-in client's active episode. */
async function activeEpisode(): Promise<string> {
  const me = await api<Me>('/auth/me');
  const episodes = await api<{ id: string; status: string }[]>(`/clients/${me.clientId}/episodes`);
  return episodes.find((e) => e.status === 'active')?.id ?? '';
}

describe('the client portal on a phone', () => {
  it("shows today's program with pictures, logs a session and shows what the program decided", async () => {
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const cards = page.locator('article[data-exercise]');
    await cards.first().waitFor();
    await expect.poll(() => cards.count()).toBeGreaterThan(1);
    // Every exercise has its drawing, named for screen readers.
    const cardCount = await cards.count();
    await expect.poll(() => page.getByRole('img', { name: /^How to do: / }).count()).toBe(cardCount);
    await expectAccessible('portal-today-phone');

    const first = cards.nth(0);
    const second = cards.nth(1);
    await first.getByRole('checkbox', { name: 'I did this' }).check();
    await rate(first, 'Pain while doing it', 2);
    await rate(first, 'How hard was it? (optional)', 6);
    await second.getByRole('checkbox', { name: 'I did this' }).check();
    // Sending without the pain of the second exercise is explained beside it.
    await page.getByRole('button', { name: /^Save today/ }).click();
    await expect.poll(() => second.textContent()).toMatch(/Choose how much it hurt/);
    await rate(second, 'Pain while doing it', 3);
    const day = page.getByRole('region', { name: 'How is your day?' });
    await rate(day, 'Pain when resting', 3);
    await rate(day, 'Sleep last night', 7);
    await rate(day, 'Tiredness today', 3);
    await screenshot(page, 'portal-today-filled-phone');
    await page.getByRole('button', { name: /^Save today/ }).click();

    const result = page.getByTestId('log-result');
    await result.waitFor();
    await expect.poll(() => result.textContent()).toMatch(/What the program decided/);
    // Each decision says what happens and which rule said so.
    await expect.poll(() => result.getByText(/^(Step up|Stay at this level|Step back)$/).count()).toBeGreaterThan(0);
    await expect.poll(() => result.getByText(/^Rule: /).count()).toBeGreaterThan(0);
    await expectAccessible('portal-today-decision-phone');

    const episodeId = await activeEpisode();
    const date = await today();
    const logged = await api<StoredEntry[]>(`/episodes/${episodeId}/home-log?from=${date}&to=${date}`);
    expect(logged.filter((e) => e.exercises.some((x) => x.painDuring === 2))).toHaveLength(1);
  });

  it('opens offline from the service worker, keeps an entry on the phone and sends it once when back online', async () => {
    const episodeId = await activeEpisode();
    const date = await today();
    const before = await api<StoredEntry[]>(`/episodes/${episodeId}/home-log?from=${date}&to=${date}`);
    // The service worker controls the page, and one online visit under it has saved today's data.
    await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 30_000 });
    await page.reload();
    await page.locator('article[data-exercise]').first().waitFor();

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'You are offline' }).waitFor();
    const card = page.locator('article[data-exercise]').last();
    await card.waitFor();
    await card.getByRole('checkbox', { name: /^I did / }).check();
    await rate(card, 'Pain while doing it', 1);
    await page.getByRole('button', { name: /^Save today/ }).click();
    await page.getByTestId('log-result').filter({ hasText: 'Saved on this phone' }).waitFor();
    await page.getByTestId('outbox-waiting').filter({ hasText: '1 entry waiting to send' }).waitFor();
    await expectAccessible('portal-offline-waiting-phone');

    // The queued entry, as the phone will send it (its key is the Idempotency-Key).
    const queued = await page.evaluate<{ key: string; body: unknown }[]>(READ_OUTBOX);
    expect(queued).toHaveLength(1);

    await context.setOffline(false);
    await page.getByTestId('outbox-waiting').waitFor({ state: 'detached', timeout: 30_000 });
    const after = await api<StoredEntry[]>(`/episodes/${episodeId}/home-log?from=${date}&to=${date}`);
    expect(after).toHaveLength(before.length + 1);

    // Sent again with the same key (an answer lost on the way back): the server stores nothing new.
    const { key, body } = queued[0] ?? { key: '', body: null };
    const me = await api<Me>('/auth/me');
    const repeat = await context.request.post(`${tandem.url}/api/v1/episodes/${episodeId}/home-log`, {
      data: body,
      headers: { 'idempotency-key': key, 'x-csrf-token': me.csrfToken },
    });
    expect(repeat.status()).toBe(200);
    const final = await api<StoredEntry[]>(`/episodes/${episodeId}/home-log?from=${date}&to=${date}`);
    expect(final).toHaveLength(before.length + 1);
    expect(final.filter((e) => e.exercises.some((x) => x.painDuring === 1))).toHaveLength(1);
  });

  it('shows progress, reading, appointments and the flare-up plan, each accessible at phone size', async () => {
    await context.setOffline(false);
    const pages = [
      {
        tab: 'Progress',
        heading: 'Your progress',
        shot: 'portal-progress-phone',
        check: () => page.getByRole('heading', { name: 'Your goals' }).waitFor(),
      },
      {
        tab: 'Learn',
        heading: 'Learn',
        shot: 'portal-learn-phone',
        check: () => page.getByRole('button', { name: /Your flare-up plan/ }).waitFor(),
      },
      {
        tab: 'Visits',
        heading: 'Appointments',
        shot: 'portal-appointments-phone',
        check: () => page.getByRole('heading', { name: 'Coming up' }).waitFor(),
      },
      {
        tab: 'Flare-up',
        heading: 'Your flare-up plan',
        shot: 'portal-flare-up-phone',
        check: () => page.getByRole('heading', { name: 'Step by step' }).waitFor(),
      },
    ];
    for (const p of pages) {
      await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: p.tab }).click();
      await page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
      await p.check();
      await expectAccessible(p.shot);
    }
    // A topic opens with its points.
    await page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name: 'Learn' }).click();
    await page.getByRole('button', { name: /Your flare-up plan/ }).click();
    await page.getByText(/First 48 hours/).waitFor();
    await expectAccessible('portal-learn-open-phone');
  });
});
