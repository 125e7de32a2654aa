import { Page } from 'playwright-core';
import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, reportPlacement } from '../support/web-factories';

jest.setTimeout(180_000);

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

/** Every page of the menu a role sees, by its address. */
async function menuPaths(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`[...document.querySelectorAll('#nav a')].map((a) => a.getAttribute('href'))`);
}

describe('Web interface: the icon, the page language on every route, downloads of oddly named files', () => {
  let t: TestApp;
  let b: BrowserSession;
  let contract: Awaited<ReturnType<typeof awardedPlacementsContract>>;

  beforeAll(async () => {
    t = await createTestApp();
    contract = await awardedPlacementsContract(t);
    await reportPlacement(t, contract, 'SSAB-2026-301', 'WOMAN');
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('serves /favicon.ico and the page’s SVG icon as images with a long cache', async () => {
    const ico = await t.http.get('/favicon.ico').expect(200);
    expect(ico.headers['content-type']).toBe('image/x-icon');
    expect(ico.headers['cache-control']).toMatch(/max-age=31536000/);
    expect([...(ico.body as Buffer).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const svg = await t.http.get('/favicon.svg').expect(200);
    expect(svg.headers['content-type']).toBe('image/svg+xml');
    expect(svg.headers['cache-control']).toMatch(/max-age=31536000/);
    const html = await t.http.get('/').expect(200);
    expect(html.text).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    await b.page.goto(`${b.baseUrl}/`);
    const icon = await b.page.evaluate<string>(`fetch(document.querySelector('link[rel=icon]').href).then((r) => r.headers.get('content-type'))`);
    expect(icon).toBe('image/svg+xml');
  });

  it.each([
    ['officer', Role.Officer],
    ['pact office', Role.PactOffice],
    ['supplier', Role.Supplier],
  ])('sets <html lang> on every page of the %s’s menu, in Swedish and after switching, in English', async (_, role) => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(role, role === Role.Supplier ? contract.supplierId : undefined));
    for (const [language, switchTo] of [['sv', 'Switch to English'], ['en', 'Byt till svenska']]) {
      const paths = await menuPaths(page);
      expect(paths.length).toBeGreaterThan(0);
      // Beside the menu: a page with parameters in its address, and the sign-in page.
      for (const path of [...paths, `#/contracts/${contract.contractId}/clauses/${contract.clauseId}`, '#/sign-in']) {
        await page.goto(`${baseUrl}/${path}`);
        await page.locator('main h1').first().waitFor();
        expect([path, await page.evaluate<string>('document.documentElement.lang')]).toEqual([path, language]);
      }
      await page.goto(`${baseUrl}/${paths[0]}`);
      await page.getByRole('button', { name: switchTo }).click();
      await page.waitForFunction(`document.documentElement.lang === '${language === 'sv' ? 'en' : 'sv'}'`);
    }
  });

  it.each([
    ['100% klart.pdf', '100% klart.pdf'],
    ['"citat"; bilaga 2.pdf', 'citat; bilaga 2.pdf'],
    ['Отчёт №1 – 報告書.pdf', 'Отчёт №1 – 報告書.pdf'],
  ])('lets the supplier attach %j and download it again as %j', async (sent, stored) => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Supplier, contract.supplierId));
    await page.goto(`${baseUrl}/#/contracts/${contract.contractId}/clauses/${contract.clauseId}`);
    const row = () => page.getByRole('table', { name: 'Rapporterade platser' }).getByRole('row', { name: /SSAB-2026-301/ });
    await row().getByText('Underlag och svar').click();
    await row().getByLabel('Fil (PDF, PNG eller JPEG)').setInputFiles({ name: sent, mimeType: 'application/pdf', buffer: PDF });
    await row().getByRole('button', { name: 'Bifoga underlag' }).click();
    await page.getByText('Underlaget är bifogat.').waitFor();
    await row().getByText('Underlag och svar').click();
    const [download] = await Promise.all([page.waitForEvent('download'), row().getByRole('button', { name: stored, exact: true }).click()]);
    expect(download.suggestedFilename()).toBe(stored);
  });
});
