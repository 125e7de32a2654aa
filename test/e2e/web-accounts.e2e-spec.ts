import { Role } from '../../src/auth/role';
import { UsersService } from '../../src/users/users.service';
import { BrowserSession, openBrowser, openSignInLink, screenshot, seriousViolations } from '../support/browser';
import { receivedCode } from '../support/email-code';
import { deliverDue } from '../support/mail-factories';
import { startTestSmtpServer, TestSmtpServer } from '../support/smtp-server';
import { createTestApp, TestApp } from '../support/test-app';
import { createUser, TestUser } from '../support/user-factories';
import { awardedPlacementsContract } from '../support/web-factories';

jest.setTimeout(120_000);

describe('Web interface, accounts: a supplier signs in by e-mail code, keeps API keys, invites a colleague; an admin disables a user', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let b: BrowserSession;
  let contract: Awaited<ReturnType<typeof awardedPlacementsContract>>;
  let supplierAdmin: TestUser;
  const colleague = 'kalle.kollega@stadservice.se';

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_SEND_SECONDS: '0' });
    contract = await awardedPlacementsContract(t);
    supplierAdmin = await createUser(t, { role: Role.Supplier, supplierId: contract.supplierId, supplierAdmin: true, name: 'Sara Svensson', email: 'sara.svensson@stadservice.se' });
    b = await openBrowser(t);
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: b.baseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
    await smtp?.close();
  });

  it('signs the supplier in with the code the SMTP server received, and shows her name, role and supplier', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.getByRole('link', { name: 'Logga in med Stockholms stads konto' }).count()).toBe(0);
    const suppliers = page.getByRole('region', { name: 'Leverantörer' });
    await suppliers.getByLabel('E-postadress').fill(supplierAdmin.email);
    await suppliers.getByRole('button', { name: 'Skicka kod' }).click();
    await suppliers.getByText(`Om ${supplierAdmin.email} hör till ett konto har vi skickat en kod dit.`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'accounts-email-code');

    await suppliers.getByLabel('Kod från e-postmeddelandet').fill('000000');
    await suppliers.getByRole('button', { name: 'Bekräfta kod' }).click();
    await suppliers.getByText('Koden stämmer inte eller har gått ut.').first().waitFor();

    await suppliers.getByLabel('Kod från e-postmeddelandet').fill(await receivedCode(t, smtp, supplierAdmin.email));
    await suppliers.getByRole('button', { name: 'Bekräfta kod' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mina avtal' }).waitFor();
    await expect(page.locator('#who').textContent()).resolves.toBe('Sara Svensson · Leverantör, Städ & Service 1 AB');
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link');
    expect(await menu.allTextContents()).toEqual(['Avtal', 'Användare', 'API-nycklar']);
    expect(await page.evaluate<number>('sessionStorage.length')).toBe(0);
  });

  it('creates an API key shown once with a copy button; it works at once, and once revoked it is refused at once', async () => {
    const { page } = b;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'API-nycklar' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-nycklar' }).waitFor();
    const form = page.getByRole('region', { name: 'Skapa en API-nyckel' });
    await form.getByLabel('Namn').fill('Lönesystemet');
    await form.getByRole('button', { name: 'Skapa nyckel' }).click();
    const shown = page.getByRole('region', { name: 'Ny nyckel: Lönesystemet' });
    const key = await shown.getByLabel('Nyckel').inputValue();
    expect(key).toMatch(/^sck_[\w-]{43}$/);
    await shown.getByRole('button', { name: 'Kopiera nyckeln' }).click();
    await shown.getByText('Nyckeln är kopierad.').waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(key);
    await screenshot(page, 'accounts-api-key-shown-once');
    expect(await seriousViolations(page)).toEqual([]);

    await t.http.get(`/api/contracts/${contract.contractId}`).set('Authorization', `Bearer ${key}`).expect(200);
    await page.reload();
    const row = page.getByRole('row', { name: /Lönesystemet/ });
    await row.getByText('Gäller').waitFor();
    expect(await page.getByText(key).count()).toBe(0);
    expect(await row.getByText('Aldrig').count()).toBe(0);

    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Återkalla Lönesystemet' }).click();
    await page.getByText('Nyckeln Lönesystemet är återkallad.').waitFor();
    await row.getByText('Återkallad').waitFor();
    await t.http.get(`/api/contracts/${contract.contractId}`).set('Authorization', `Bearer ${key}`).expect(401);
  });

  it('lets the supplier’s administrator invite a colleague, who signs in with the e-mailed link', async () => {
    const { page } = b;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    const form = page.getByRole('region', { name: 'Bjud in en användare' });
    expect(await form.getByLabel('Leverantör', { exact: true }).count()).toBe(0);
    await form.getByLabel('E-postadress').fill(colleague);
    await form.getByLabel('Namn').fill('Kalle Kollega');
    await form.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await page.getByText(`Inbjudan till ${colleague} är skickad.`).waitFor();
    await page.getByRole('row', { name: /Kalle Kollega/ }).getByText('Inbjuden').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await deliverDue(t);
    const [invitation] = smtp.to(colleague);
    const other = await b.newPage();
    await openSignInLink(other, b.baseUrl, invitation.text);
    await other.getByRole('heading', { level: 1, name: 'Mina avtal' }).waitFor();
    await expect(other.locator('#who').textContent()).resolves.toBe('Kalle Kollega · Leverantör, Städ & Service 1 AB');
    expect(await other.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link').allTextContents()).toEqual(['Avtal', 'API-nycklar']);
    await other.close();
  });

  it('lets an admin disable a user, whose next click is refused and who lands on the sign-in page', async () => {
    const supplierPage = b.page;
    const adminPage = await b.newPage();
    const admin = await createUser(t, { role: Role.Admin, name: 'Ada Admin' });
    await openSignInLink(adminPage, b.baseUrl, await t.app.get(UsersService).signInLink(admin.id));
    await expect(adminPage.locator('#who').textContent()).resolves.toBe('Ada Admin · Administratör');
    await adminPage.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    const row = adminPage.getByRole('row', { name: /Sara Svensson/ });
    await row.getByRole('button', { name: 'Stäng av Sara Svensson' }).click();
    await adminPage.getByText('Sara Svensson är avstängd och kan inte längre logga in.').waitFor();
    await adminPage.getByRole('row', { name: /Sara Svensson/ }).getByText('Avstängd').waitFor();
    await screenshot(adminPage, 'accounts-admin-users');

    await supplierPage.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click();
    await supplierPage.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await supplierPage.getByText('Du är utloggad. Logga in igen.').waitFor();
    expect(await supplierPage.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(false);

    await adminPage.getByRole('row', { name: /Sara Svensson/ }).getByRole('button', { name: 'Aktivera Sara Svensson' }).click();
    await adminPage.getByText('Sara Svensson kan logga in igen.').waitFor();

    await adminPage.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'E-post' }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Utgående e-post' }).waitFor();
    const invitation = adminPage.getByRole('row', { name: new RegExp(colleague) });
    await invitation.getByText('Inbjudan', { exact: true }).waitFor();
    await invitation.getByText('Skickat', { exact: true }).waitFor();
    expect(await seriousViolations(adminPage)).toEqual([]);
    await adminPage.close();
  });

  it('signs out by ending the session on the server', async () => {
    const { page, baseUrl } = b;
    await openSignInLink(page, baseUrl, await t.app.get(UsersService).signInLink(supplierAdmin.id));
    const cookie = (await b.context.cookies()).find((c) => c.name === 'sid');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await t.http.get('/api/me').set('Cookie', `sid=${cookie!.value}`).expect(200);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await t.http.get('/api/me').set('Cookie', `sid=${cookie!.value}`).expect(401);
    expect((await b.context.cookies()).some((c) => c.name === 'sid')).toBe(false);
  });
});
