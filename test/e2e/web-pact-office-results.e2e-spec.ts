import { readFileSync } from 'fs';
import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, monthsFromToday, reportPlacement } from '../support/web-factories';

jest.setTimeout(120_000);


describe('Web interface, pact office: the figures move on the dashboard; CSV and annual report', () => {
  let t: TestApp;
  let b: BrowserSession;
  let contract: Awaited<ReturnType<typeof awardedPlacementsContract>>;
  const measure = (key: string) => b.page.locator(`[data-measure="${key}"] .stat-value`);


  beforeAll(async () => {
    t = await createTestApp();
    contract = await awardedPlacementsContract(t);
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('shows the five measures for a chosen period, with no placements yet', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.PactOffice));
    await page.getByRole('heading', { level: 1, name: 'Integrationspaktens resultat' }).waitFor();
    await page.getByLabel('Från och med').fill(monthsFromToday(-12));
    await page.getByLabel('Till och med').fill(monthsFromToday(1));
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/from=/);
    await measure('dashboard.m1').filter({ hasText: '1' }).waitFor();
    expect(await measure('dashboard.m3').textContent()).toBe('1');
    expect(await measure('dashboard.m4').textContent()).toBe('0');
    expect(await measure('dashboard.m5').textContent()).toBe('0');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows placements offered and filled, split by gender, once the supplier has reported', async () => {
    const { page } = b;
    await reportPlacement(t, contract, 'SSAB-2026-101', 'WOMAN');
    await reportPlacement(t, contract, 'SSAB-2026-102', 'MAN');
    await page.reload();
    await measure('dashboard.m4').filter({ hasText: '2' }).waitFor();
    expect(await measure('dashboard.m5').textContent()).toBe('2');
    expect(await page.locator('[data-measure="dashboard.m5"] .stat-note').textContent()).toBe('varav 2 räknas mot krav');
    const months = page.getByRole('region', { name: 'Heltidsmånader för kraven på numerärer' });
    expect(await months.locator('dt').allTextContents()).toEqual(['Levererade heltidsmånader', 'Planerade (avtalade men ännu inte arbetade)', 'Krävda heltidsmånader']);
    expect(await months.locator('dd').last().textContent()).toBe('9');
    const byGender = page.getByRole('table', { name: 'Erbjudna och tillsatta platser per kön under perioden, antal' });
    expect(await byGender.getByRole('row', { name: /Kvinna/ }).textContent()).toMatch(/Kvinna11/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pact-office-main');
  });

  it('downloads the results as CSV for Swedish Excel and the annual report as PDF', async () => {
    const { page } = b;
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Resultat som CSV (Excel)' }).click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(';');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Årsrapport \d{4} \(PDF\)/ }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
