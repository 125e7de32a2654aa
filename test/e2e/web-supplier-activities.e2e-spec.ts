import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, monthsFromToday } from '../support/web-factories';

jest.setTimeout(120_000);

describe('Web interface, supplier: dialogue meetings and initiative progress', () => {
  let t: TestApp;
  let b: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp();
    const contract = await awardedPlacementsContract(t, 2, [
      {
        type: 'DIALOGUE',
        targetGroups: ['LONG_TERM_UNEMPLOYED'],
        parameters: { firstMeetingWithinWeeks: 8, followUpMeetings: 2, cityContact: { unit: 'Jobbtorg Stockholm' } },
      },
      {
        type: 'INTEGRATION_INITIATIVE',
        targetGroups: ['NEWCOMER'],
        parameters: { description: 'Språkcafé för nyanlända medarbetare.', milestones: [{ title: 'Start', dueDate: monthsFromToday(6) }] },
      },
    ]);
    b = await openBrowser(t);
    await signIn(b.page, b.baseUrl, t.token(Role.Supplier, contract.supplierId));
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('reports a dialogue meeting held, with a missing outcome caught before sending', async () => {
    const { page } = b;
    await page.getByRole('link', { name: /Klausul 1\./ }).click();
    const form = page.getByRole('region', { name: 'Rapportera ett möte' });
    await form.getByLabel('Slag av möte').selectOption('FIRST');
    await form.getByLabel('Datum').fill(monthsFromToday(-10));
    await form.getByLabel('Deltagare (roller)').fill('HR-chef, matchningsansvarig på Jobbtorg Stockholm');
    await form.getByRole('button', { name: 'Skicka rapport' }).click();
    await form.locator('[name="outcome"][aria-invalid="true"]').waitFor();
    expect(await form.locator('[aria-invalid="true"]').count()).toBe(1);
    await form.getByRole('alert').getByText('Resultat: Fyll i fältet.').waitFor();
    await form.getByLabel('Resultat').fill('Två praktikplatser inom lokalvård erbjuds från april.');
    await form.getByRole('button', { name: 'Skicka rapport' }).click();
    await page.getByText('Rapporten är skickad.').waitFor();
    await page.getByRole('table', { name: 'Dialogmöten' }).getByText('Två praktikplatser inom lokalvård erbjuds från april.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reports progress on a milestone of the integration initiative', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Avtal' }).click();
    await page.getByRole('link', { name: /Klausul 2\./ }).click();
    const form = page.getByRole('region', { name: 'Rapportera framsteg' });
    await form.getByLabel('Delmål').selectOption('Start');
    await form.getByLabel('Läge').selectOption('COMPLETED');
    await form.getByLabel('Rapportdatum').fill(monthsFromToday(0));
    await form.getByLabel('Klart datum').fill(monthsFromToday(-1));
    await form.getByLabel('Deltagare hittills').fill('12');
    await form.getByLabel('Beskrivning').fill('Språkcaféet har startat med två träffar i veckan.');
    await form.getByRole('button', { name: 'Skicka rapport' }).click();
    await page.getByText('Rapporten är skickad.').waitFor();
    await page.getByRole('table', { name: 'Rapporterade framsteg' }).getByText('Klart', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Status' }).getByText('Uppfylld').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-initiative');
  });
});
