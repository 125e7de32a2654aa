import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, reportPlacement } from '../support/web-factories';

jest.setTimeout(120_000);

/** A 1×1 PNG, as evidence. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

describe('Web interface, pact office: verifies reports; the supplier answers a questioned one', () => {
  let t: TestApp;
  let b: BrowserSession;
  let contract: Awaited<ReturnType<typeof awardedPlacementsContract>>;


  beforeAll(async () => {
    t = await createTestApp();
    contract = await awardedPlacementsContract(t);
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('reaches the clause of an awarded contract from the contracts list', async () => {
    const { page, baseUrl } = b;
    await reportPlacement(t, contract, 'SSAB-2026-101', 'WOMAN');
    await reportPlacement(t, contract, 'SSAB-2026-102', 'MAN');
    await signIn(page, baseUrl, t.token(Role.PactOffice));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click();
    await page.getByRole('link', { name: /Klausul 1\. Sysselsättningskrav/ }).waitFor();
  });

  it('questions one report with a reason and accepts the other; the questioned one is on the follow-up list', async () => {
    const { page } = b;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click();
    await page.getByRole('link', { name: /Klausul 1\. Sysselsättningskrav/ }).click();
    const placements = page.getByRole('table', { name: 'Rapporterade platser' });

    const first = placements.getByRole('row', { name: /SSAB-2026-101/ });
    await first.getByText('Granska', { exact: true }).click();
    await first.getByLabel('Bedömning').selectOption('QUESTIONED');
    await first.getByRole('button', { name: 'Spara bedömning' }).click();
    await first.getByRole('alert').waitFor();
    await first.locator('[name="reason"][aria-invalid="true"]').waitFor();
    await first.getByLabel('Skäl').fill('Anställningsavtal saknas; bifoga avtalet.');
    await first.getByRole('button', { name: 'Spara bedömning' }).click();
    await page.getByText('Bedömningen är sparad.').waitFor();
    await placements.getByRole('row', { name: /SSAB-2026-101/ }).getByText('Ifrågasatt').waitFor();

    const second = placements.getByRole('row', { name: /SSAB-2026-102/ });
    await second.getByText('Granska', { exact: true }).click();
    await second.getByLabel('Bedömning').selectOption('ACCEPTED');
    await second.getByRole('button', { name: 'Spara bedömning' }).click();
    await placements.getByRole('row', { name: /SSAB-2026-102/ }).getByText('Godkänd').waitFor();
    await page.getByRole('table', { name: 'Vad varje placering räknas som' }).getByRole('row', { name: /SSAB-2026-101/ })
      .getByText(/^Räknas inte: ifrågasatt av paktkontoret, räknas igen när leverantören har svarat$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pact-office-verification');

    await page.getByRole('link', { name: 'Uppföljning' }).click();
    const questioned = page.getByRole('table', { name: /Ifrågasatta rapporter/ });
    await questioned.getByRole('row', { name: /SSAB-2026-101/ }).getByText('Anställningsavtal saknas; bifoga avtalet.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pact-office-follow-up');
  });

  it('lets the supplier answer the questioned report with evidence, which sends it back for verification', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Supplier, contract.supplierId));
    const toAnswer = page.getByRole('region', { name: /Ifrågasatta rapporter att svara på \(1\)/ });
    await toAnswer.getByText('Anställningsavtal saknas; bifoga avtalet.').waitFor();
    await toAnswer.getByRole('link', { name: 'Plats: SSAB-2026-101' }).click();
    const row = page.getByRole('table', { name: 'Rapporterade platser' }).getByRole('row', { name: /SSAB-2026-101/ });
    await row.getByText('Anställningsavtal saknas; bifoga avtalet.').waitFor();
    await row.getByText('Underlag och svar').click();
    // A % and a dash in the name once broke the download (URIError decoding the plain filename).
    await row.getByLabel('Fil (PDF, PNG eller JPEG)').setInputFiles({ name: '100% klart – avtal.png', mimeType: 'image/png', buffer: PNG });
    await row.getByRole('button', { name: 'Bifoga underlag' }).click();
    await page.getByText('Underlaget är bifogat.').waitFor();

    const again = page.getByRole('table', { name: 'Rapporterade platser' }).getByRole('row', { name: /SSAB-2026-101/ });
    await again.getByText('Underlag och svar').click();
    const [download] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: '100% klart – avtal.png' }).click()]);
    expect(download.suggestedFilename()).toBe('100% klart – avtal.png');
    expect(await seriousViolations(page)).toEqual([]);
    await again.getByRole('button', { name: 'Skicka för ny granskning' }).click();
    await page.getByText('Rapporten är skickad för ny granskning.').waitFor();
    await page.getByRole('table', { name: 'Rapporterade platser' }).getByRole('row', { name: /SSAB-2026-101/ }).getByText('Ej granskad').waitFor();
  });

  it('lets the supplier withdraw its pending report and the pact office void the accepted one; both stay listed, marked', async () => {
    const { page, baseUrl } = b;
    const placements = page.getByRole('table', { name: 'Rapporterade platser' });
    const accepted = placements.getByRole('row', { name: /SSAB-2026-102/ });
    await accepted.getByText('Underlag och svar').click();
    await accepted.getByRole('heading', { name: 'Underlag', exact: true }).waitFor();
    expect(await accepted.getByRole('button', { name: 'Återkalla' }).count()).toBe(0);

    const pending = placements.getByRole('row', { name: /SSAB-2026-101/ });
    await pending.getByText('Underlag och svar').click();
    await pending.getByLabel('Varför återkallas rapporten?').fill('Rapporterad på fel avtal.');
    await pending.getByRole('button', { name: 'Återkalla' }).click();
    await page.getByText('Rapporten är återkallad.').waitFor();
    await placements.getByRole('row', { name: /SSAB-2026-101/ }).getByText('Återkallad').waitFor();

    await signIn(page, baseUrl, t.token(Role.PactOffice));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click();
    await page.getByRole('link', { name: /Klausul 1\. Sysselsättningskrav/ }).click();
    const toVoid = placements.getByRole('row', { name: /SSAB-2026-102/ });
    await toVoid.getByText('Granska', { exact: true }).click();
    await toVoid.getByLabel('Varför makuleras rapporten?').fill('Samma anställning rapporterad två gånger.');
    await toVoid.getByRole('button', { name: 'Makulera' }).click();
    await placements.getByRole('row', { name: /SSAB-2026-102/ }).getByText('Makulerad').waitFor();
    await placements.getByRole('row', { name: /SSAB-2026-101/ }).getByText('Återkallad').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
