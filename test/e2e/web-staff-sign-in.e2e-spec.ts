import { randomBytes } from 'crypto';
import { Page } from 'playwright-core';
import { BrowserSession, openBrowserAt, screenshot, seriousViolations } from '../support/browser';
import { freePort, ServiceProcess, startServiceProcess } from '../support/service-process';
import { createAppOn, createMigratedDatabase, TestApp } from '../support/test-app';
import { startTestOidcProvider, TestOidcAccount, TestOidcProvider } from '../support/test-oidc-provider';

jest.setTimeout(120_000);

const CLIENT_ID = 'social-clauses';
const CLIENT_SECRET = randomBytes(24).toString('base64url');
const staff = (email: string, name: string, groups: string[]): TestOidcAccount => ({ claims: { email, email_verified: true, name, groups } });

/**
 * City staff sign in as they will in production: the service runs with NODE_ENV=production (no
 * development tokens) in a child process, against the test OpenID provider, and the person uses
 * the provider's own sign-in form in Chromium.
 */
describe('Web interface, staff sign-in with Stockholms stads konto (OpenID Connect), in production mode', () => {
  let provider: TestOidcProvider;
  let service: ServiceProcess;
  let t: TestApp;
  let database: { url: string; drop: () => Promise<void> };
  let b: BrowserSession;

  beforeAll(async () => {
    const port = await freePort();
    provider = await startTestOidcProvider(
      [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`http://127.0.0.1:${port}/api/auth/oidc/callback`] }],
      {
        olle: staff('olle.officer@stockholm.se', 'Olle Olsson', ['sc-officers']),
        pia: staff('pia.pact@stockholm.se', 'Pia Persson', ['sc-pact']),
        nils: staff('nils.nogroup@stockholm.se', 'Nils Nilsson', ['all-staff']),
      },
    );
    database = await createMigratedDatabase();
    const secret = randomBytes(32).toString('hex');
    t = await createAppOn(database.url, {}, secret);
    service = await startServiceProcess(port, {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      JWT_SECRET: secret,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_ROLE_MAP: 'sc-pact=pact_office,sc-officers=officer',
      OIDC_SCOPES: 'openid email profile groups',
    });
    b = await openBrowserAt(service.baseUrl);
  }, 90_000);
  afterAll(async () => {
    await b?.close();
    await service?.stop();
    await provider?.stop();
    await t?.close();
    await database?.drop();
  });

  /**
   * From the service's sign-in page through the provider's form and back, in a browser of the
   * person's own (the provider remembers who signed in on a browser, as the city's does).
   */
  async function signInAtProvider(login: string): Promise<Page> {
    const page = await b.newPage();
    await page.goto(`${service.baseUrl}/#/sign-in`);
    await page.getByRole('link', { name: 'Logga in med Stockholms stads konto' }).click();
    await page.waitForURL(`${provider.issuer}/**`);
    await page.getByLabel('Användarnamn').fill(login);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${service.baseUrl}/**`);
    return page;
  }

  it('offers staff the city’s sign-in and suppliers the e-mail code, and no development token in production', async () => {
    const { page } = b;
    await page.goto(`${service.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByRole('link', { name: 'Logga in med Stockholms stads konto' }).waitFor();
    await page.getByRole('region', { name: 'Leverantörer' }).getByLabel('E-postadress').waitFor();
    expect(await page.getByLabel('Åtkomsttoken').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Utvecklingsinloggning' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'staff-sign-in-production');
  });

  it('signs an officer in through the provider; the header names her and her role; sign-out ends the session', async () => {
    const page = await signInAtProvider('olle');
    await page.getByRole('heading', { level: 1, name: 'Upphandlingar' }).waitFor();
    await expect(page.locator('#who').textContent()).resolves.toBe('Olle Olsson · Upphandlare');
    const [account] = await t.dataSource.query(`SELECT role, status FROM user_account WHERE email = 'olle.officer@stockholm.se'`);
    expect(account).toEqual({ role: 'officer', status: 'ACTIVE' });

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.goto(`${service.baseUrl}/#/procurements`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.close();
  });

  it('signs the pact office in to its dashboard', async () => {
    const page = await signInAtProvider('pia');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).waitFor();
    await expect(page.locator('#who').textContent()).resolves.toBe('Pia Persson · Integrationspaktens kansli');
    await page.close();
  });

  it('tells a person whose groups give no role why they are not signed in', async () => {
    const page = await signInAtProvider('nils');
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.getByText('Ditt konto har ingen behörighet till Sociala klausuler.').waitFor();
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(false);
    await page.close();
  });
});
