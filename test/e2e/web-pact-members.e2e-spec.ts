import { Role } from '../../src/auth/role';
import { orgNumber } from '../support/factories';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { monthsFromToday } from '../support/web-factories';

jest.setTimeout(120_000);

describe('Web interface, pact office: the member register with letters of intent and check-ins', () => {
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

  it('adds a member, with a wrong organisation number refused beside the field first', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.PactOffice));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Paktens medlemmar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Paktens medlemmar' }).waitFor();
    const form = page.getByRole('region', { name: 'Ny medlem' });
    await form.getByLabel('Namn').first().fill('Bygg & Fastighet Stockholm AB');
    await form.getByLabel('Organisationsnummer').fill('556036-0794');
    await form.getByLabel('Slag av aktör').selectOption('COMPANY');
    await form.getByLabel('Bransch').fill('Bygg');
    await form.getByLabel('Storlek').selectOption('EMPLOYEES_50_249');
    await form.getByRole('group', { name: 'Kontaktperson' }).getByLabel('Namn').fill('Anna Lind');
    await form.getByLabel('E-post').fill('anna.lind@byggfastighet.se');
    await form.getByRole('button', { name: 'Spara medlem' }).click();
    await form.locator('[name="orgNumber"][aria-invalid="true"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Organisationsnummer').fill(orgNumber(42));
    await form.getByRole('button', { name: 'Spara medlem' }).click();
    await page.getByText('Bygg & Fastighet Stockholm AB är sparad.').waitFor();
    await page.getByRole('row', { name: /Bygg & Fastighet Stockholm AB/ }).getByText('Ingen avsiktsförklaring').waitFor();
  });

  it('registers a letter of intent (an end before the start is refused beside the field) and revises it', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Bygg & Fastighet Stockholm AB' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Bygg & Fastighet Stockholm AB' }).waitFor();
    const letters = page.getByRole('region', { name: 'Avsiktsförklaringar' });
    await letters.getByLabel('Undertecknad').fill(monthsFromToday(-1));
    await letters.getByLabel('Giltig från').fill(monthsFromToday(-1));
    await letters.getByLabel('Giltig till och med').fill(monthsFromToday(-2));
    await letters.getByRole('checkbox', { name: 'Jobbpartner' }).check();
    await letters.getByLabel('Beskrivning').fill('Erbjuda praktikplatser till nyanlända inom bygg');
    await letters.getByLabel('Mål (antal)').fill('5');
    await letters.getByRole('button', { name: 'Spara avsiktsförklaring' }).click();
    await letters.locator('[name="validTo"][aria-invalid="true"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await letters.getByLabel('Giltig till och med').fill(monthsFromToday(23));
    await letters.getByRole('button', { name: 'Spara avsiktsförklaring' }).click();
    await page.getByText('Avsiktsförklaringen är sparad.').waitFor();
    await page.getByText('Aktiv', { exact: true }).first().waitFor();
    await letters.getByRole('heading', { name: /Version 1/ }).waitFor();

    await letters.getByLabel('Undertecknad').fill(monthsFromToday(0));
    await letters.getByLabel('Skäl till ändringen').fill('Fler praktikplatser');
    await letters.getByRole('button', { name: 'Spara ny version' }).click();
    await page.getByText('Avsiktsförklaringen är sparad.').waitFor();
    await letters.getByRole('heading', { name: /Version 2/ }).waitFor();
    await letters.getByRole('heading', { name: /Version 1 Ersatt/ }).waitFor();
  });

  it('records an annual check-in', async () => {
    const { page } = b;
    const checkIns = page.getByRole('region', { name: 'Årliga avstämningar' });
    await checkIns.getByLabel('Datum').fill(monthsFromToday(0));
    await checkIns.getByLabel('Deltagare').fill('HR-chef (medlem)\nIntegrationspaktens kansli');
    await checkIns.getByLabel('Anteckningar').fill('Fyra praktikanter från Jobbtorg under året.');
    await checkIns.getByRole('button', { name: 'Spara avstämning' }).click();
    await page.getByText('Avstämningen är sparad.').waitFor();
    await checkIns.getByText('HR-chef (medlem), Integrationspaktens kansli').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pact-office-member');
  });
});
