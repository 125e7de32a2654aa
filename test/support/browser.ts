import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { AddressInfo } from 'net';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { TestApp } from './test-app';

/** Debian's Chromium (apt-get install chromium); no browser is downloaded. */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = join(__dirname, '..', 'e2e', 'screenshots');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Another person's browser on the same app: its own context, so its own sign-in (sessionStorage). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Starts the app on a random port and opens one Chromium page on it (Swedish, laptop size). */
export async function openBrowser(t: TestApp, viewport = { width: 1280, height: 900 }): Promise<BrowserSession> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return openBrowserAt(`http://127.0.0.1:${port}`, viewport);
}

/** Opens one Chromium page on a service already listening at `baseUrl` (e.g. one in a child process). */
export async function openBrowserAt(baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  const openPage = async (context: BrowserContext): Promise<Page> => {
    const opened = await context.newPage();
    opened.on('pageerror', (error) => problems.push(error.message));
    opened.on('console', (message) => {
      if (message.type() === 'error' && !/status of 4\d\d/.test(message.text())) problems.push(message.text());
    });
    return opened;
  };
  const newContext = () => browser.newContext({ viewport, locale: 'sv-SE', acceptDownloads: true });
  const context = await newContext();
  const page = await openPage(context);
  return {
    browser,
    context,
    page,
    baseUrl,
    newPage: async () => openPage(await newContext()),
    close: async () => {
      await browser.close();
      if (problems.length) throw new Error(`The page reported errors:\n${problems.join('\n')}`);
    },
  };
}

/** Signs in the way a person does: opens the site and pastes the token. */
export async function signIn(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.evaluate('sessionStorage.clear()');
  await page.goto(`${baseUrl}/#/signin`);
  await page.reload();
  await page.getByLabel('Åtkomsttoken').fill(token);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
}

/** Opens a one-time sign-in link (from an invitation or `users add`) on this service, as the person would. */
export async function openSignInLink(page: Page, baseUrl: string, link: string): Promise<void> {
  const token = /#\/sign-in\/link\/([\w-]+)/.exec(link)?.[1];
  if (!token) throw new Error(`Not a sign-in link: ${link}`);
  await page.goto(`${baseUrl}/#/sign-in/link/${token}`);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(tags)} } }).then((result) => result.violations)`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Saves a full-page screenshot under test/e2e/screenshots/ (gitignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
