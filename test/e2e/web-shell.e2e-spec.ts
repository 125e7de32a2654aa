import { Role } from '../../src/auth/role';
import { orgNumber } from '../support/factories';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(90_000);

describe('Web interface shell: sign-in, role menu, language, errors beside the fields', () => {
  let t: TestApp;
  let b: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp();
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('serves the interface under / and leaves /api to the API', async () => {
    const html = await t.http.get('/').expect(200);
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.text).toContain('<html lang="sv">');
    const api404 = await t.http.get('/api/no-such-route').expect(404);
    expect(api404.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    await t.http.post('/').expect(404);
  });

  it('refuses a malformed token and a token the service did not sign, beside the token field', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const tokenField = page.getByLabel('Åtkomsttoken');
    await tokenField.fill('inte-en-token');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.locator('[name="token"][aria-invalid="true"]').waitFor();
    await expect(page.locator('.field-error:not([hidden])').first().textContent()).resolves.toContain('ser inte ut som en åtkomsttoken');

    const forged = t.token(Role.Officer).replace(/\.[^.]+$/, '.AAAA');
    await tokenField.fill(forged);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Tjänsten godtar inte den här token.').first().waitFor();
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  });

  it('shows an officer the officer menu, switches to English and back, and signs out', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Officer));
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav.getByRole('link', { name: 'Leverantörer' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('#who').textContent()).resolves.toBe('Upphandlare');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Suppliers' }).waitFor();
    expect(await page.evaluate<string>('document.documentElement.lang')).toBe('en');
    await page.getByRole('heading', { level: 1, name: 'Procurements' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Byt till svenska' }).click();
    await nav.waitFor();

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  });

  it('shows the server’s field errors beside the fields, then saves and lists the supplier', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Officer));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Leverantörer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leverantörer' }).waitFor();

    const form = page.getByRole('region', { name: 'Lägg till leverantör' });
    await form.getByLabel('Namn').fill('Städ & Service i Stockholm AB');
    await form.getByLabel('Organisationsnummer').fill('556036-0794');
    await form.getByLabel('E-post till kontaktperson').fill('upphandling@stadservice.se');
    await form.getByRole('button', { name: 'Spara leverantör' }).click();

    const orgField = form.getByLabel('Organisationsnummer');
    await form.locator('[name="orgNumber"][aria-invalid="true"]').waitFor();
    const describedBy = (await orgField.getAttribute('aria-describedby'))!.split(' ').pop()!;
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toMatch(/fel kontrollsiffra/i);
    await expect(page.getByRole('alert').filter({ hasText: 'Rätta följande' }).isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await orgField.fill(orgNumber(7));
    await form.getByRole('button', { name: 'Spara leverantör' }).click();
    await page.getByText('Städ & Service i Stockholm AB är sparad.').waitFor();
    await page.getByRole('table').getByText(orgNumber(7)).waitFor();
    await screenshot(page, 'shell-officer-suppliers');
  });

  it('can be used from the keyboard: the skip link moves focus to the page, and the form is submitted with Enter', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Officer));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Leverantörer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leverantörer' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Leverantörer' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('search-q');
    await page.keyboard.type('Städ');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=St%C3%A4d/);
    await page.getByRole('table').getByText(orgNumber(7)).waitFor();
  });

  it('works at phone width with no serious accessibility problems', async () => {
    const { page, baseUrl } = b;
    await page.setViewportSize({ width: 375, height: 740 });
    await signIn(page, baseUrl, t.token(Role.PactOffice));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'shell-phone');
  });
});
