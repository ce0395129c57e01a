// End-to-end harness: a real `tandem serve` (its own SQLite database, the demo clinic) and Debian's Chromium driven
// by playwright-core. Screenshots go to e2e/screenshots/ to be looked at.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { CLIENT_LOGIN_CASES, DEMO_STAFF } from '../packages/server/src/demo/people.ts';

const ROOT = new URL('..', import.meta.url).pathname;
export const SCREENSHOTS = join(ROOT, 'e2e/screenshots');

export interface DemoLogin {
  role: string;
  email: string;
  password: string;
  name: string;
}

export interface Tandem {
  url: string;
  logins: DemoLogin[];
  login: (role: 'owner' | 'clinician' | 'client', index?: number) => DemoLogin;
  stop: () => Promise<void>;
}

/** How many sign-ins the demo prints: its staff and the clients given a login. */
const DEMO_LOGINS = DEMO_STAFF.length + CLIENT_LOGIN_CASES.length;

/** The demo sign-ins printed so far, from whole lines only (a chunk may end inside one). */
function printedLogins(output: string): DemoLogin[] {
  const complete = output.slice(0, output.lastIndexOf('\n') + 1);
  return [...complete.matchAll(/^\s+(owner|clinician|client)\s+(\S+)\s+(\S+)\s+(.+)$/gm)].map((m) => ({
    role: m[1] ?? '',
    email: m[2] ?? '',
    password: m[3] ?? '',
    name: (m[4] ?? '').trim(),
  }));
}

/**
 * Starts `tandem serve` on a free port with a fresh SQLite database (whatever DATABASE_URL the shell has) and the demo
 * clinic; resolves once it listens and has printed every demo sign-in.
 */
export async function startTandem(env: Record<string, string> = {}): Promise<Tandem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, 'packages/server/bin/tandem.js'), 'serve', '--port', '0', '--data', dataDir],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`tandem serve did not start:\n${output}`));
    }, 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (http:\/\/\S+)/.exec(output);
      if (found?.[1] && printedLogins(output).length === DEMO_LOGINS) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tandem serve exited (${String(code)}):\n${output}`));
    });
  });
  const logins = printedLogins(output);
  return {
    url,
    logins,
    login: (role, index = 0) => {
      const found = logins.filter((l) => l.role === role)[index];
      if (!found) throw new Error(`no demo ${role} #${String(index)} in:\n${output}`);
      return found;
    },
    stop: async () => {
      child.removeAllListeners('exit');
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1366, height: 900 } };

/** A new browser context signed in as the given demo user, on the user's start page. */
export async function signedIn(
  browser: Browser,
  tandem: Tandem,
  who: DemoLogin,
  options: BrowserContextOptions = DESKTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ ...options, baseURL: tandem.url });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Email').fill(who.email);
  await page.locator('input[name=password]').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/(clinic|portal)/);
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** Runs axe-core on the page; returns its serious and critical violations, worded for a failing test. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') stays as users get it.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  // A string, evaluated in the page (this file is compiled without the DOM's types).
  const violations = await page.evaluate<AxeViolation[]>('axe.run(document).then((r) => r.violations)');
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`)
          .join('; ')}`,
    );
}
