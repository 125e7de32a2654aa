import { readFileSync } from 'fs';
import { Role } from '../../src/auth/role';
import { addDays, addMonths, todayInStockholm } from '../../src/common/calendar';
import { createSupplier, orgNumber } from '../support/factories';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/** A publication day two months back: a procurement registered after it was published. */
const PUBLISHED_ON = addMonths(todayInStockholm(), -2);

describe('Web interface, officer: draft a procurement with a placements clause, download the annex, publish', () => {
  let t: TestApp;
  let b: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp();
    await createSupplier(t, { orgNumber: orgNumber(3) });
    await createSupplier(t, { orgNumber: orgNumber(4), name: 'Bygg & Mark Norr AB' });
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('creates a procurement, with the server’s error shown beside the reference number first', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Officer));
    await page.getByRole('heading', { level: 1, name: 'Upphandlingar' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Ny upphandling' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Ny upphandling' }).waitFor();
    await page.getByLabel('Diarienummer').fill('2026-0178');
    await page.getByLabel('Titel').fill('Lokalvård i arbetsmarknadsförvaltningens lokaler');
    await page.getByLabel('Upphandlande enhet').fill('Arbetsmarknadsnämnden');
    await page.getByLabel('Slag').selectOption('SERVICES');
    await page.getByLabel('Uppskattat värde (kr)').fill('24000000');
    await page.getByLabel('Avtalstid (månader)').fill('36');
    await page.getByLabel('Personalintensitet').selectOption('HIGH');
    await page.getByLabel('Andel lönekostnad (%)').fill('60');
    expect(await page.getByLabel('Beställare (part i avtalet)').inputValue()).toBe('Stockholms stad');
    await page.getByLabel('Beställare (part i avtalet)').fill('Stockholms Stadshus AB');
    await page.getByRole('button', { name: 'Skapa upphandling' }).click();
    await page.locator('[name="referenceNumber"][aria-invalid="true"]').waitFor();
    await page.getByText(/diarienummer/).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Diarienummer').fill('AMN 2026-0178');
    await page.getByRole('button', { name: 'Skapa upphandling' }).click();
    await page.getByRole('heading', { level: 1, name: /AMN 2026-0178/ }).waitFor();
    await page.getByText('Upphandlingen AMN 2026-0178 är skapad.').waitFor();
    await page.getByText('60 %', { exact: true }).waitFor();
    await page.getByRole('main').getByText('Stockholms Stadshus AB', { exact: true }).waitFor();
  });

  it('shows the screening’s recommendation and reasons, and records the decision', async () => {
    const { page } = b;
    const screening = page.getByRole('region', { name: 'Lämplighetsbedömning' });
    await screening.getByText('Krav på numerärer (platser)').first().waitFor();
    expect(await screening.getByRole('listitem').count()).toBeGreaterThan(0);
    await screening.getByLabel('Motivering').fill('Personalintensiv tjänst över tre år; skarpt krav på sysselsättning passar.');
    await screening.getByRole('checkbox', { name: 'Utsedd matchningskontakt i staden' }).check();
    await screening.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByText('Beslutet är registrerat.').waitFor();
    await screening.getByText(/Klausuler ställs/).waitFor();
    const answers = await screening.locator('dl.facts dd').allTextContents();
    expect(answers).toEqual(['Nej', 'Ja', 'Nej']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'officer-procurement');
  });

  it('drafts a placements clause: checks as you type, shows the server’s cross-field error beside the field, saves', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'Lägg till: Krav på numerärer' }).click();
    await page.getByRole('heading', { level: 1, name: /Krav på numerärer för AMN 2026-0178/ }).waitFor();
    const count = page.getByLabel('Antal platser');
    await count.fill('0');
    await count.blur();
    await page.getByText('Ange minst 1.').waitFor();
    await count.fill('');
    await page.getByText('Ange minst 1.').waitFor({ state: 'hidden' });
    // The volume alone: head count and minimum length left empty are left out of the request.
    await page.getByLabel('Volym i heltidsmånader').fill('24');

    await page.getByLabel('… eller senast avtalsmånad').fill('48');
    await page.getByRole('checkbox', { name: 'Utrikes födda kvinnor' }).check();
    expect(await page.getByLabel('Rättelsetid (dagar)').inputValue()).toBe('30');
    await page.getByLabel('Rättelsetid (dagar)').fill('45');
    // A cap below the amount per unit: the API names the cap, and the form shows it there.
    await page.getByLabel('Vite per saknad heltidsmånad (kr)').fill('20000');
    await page.getByLabel('Vite högst sammanlagt för klausulen (kr)').fill('10000');
    await page.getByRole('button', { name: 'Spara klausul' }).click();
    const monthField = page.locator('[name="parameters.lines.0.deadline.contractMonth"]');
    await page.locator('[name="parameters.lines.0.deadline.contractMonth"][aria-invalid="true"]').waitFor();
    await page.locator('[name="parameters.penalty.capSek"][aria-invalid="true"]').waitFor();
    const errorId = (await monthField.getAttribute('aria-describedby'))!.split(' ').pop()!;
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toMatch(/avtalets sista månad/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'officer-clause-form');

    await monthField.fill('24');
    await page.getByLabel('Vite högst sammanlagt för klausulen (kr)').fill('200000');
    await page.getByRole('button', { name: 'Spara klausul' }).click();
    await page.getByText('Klausulen är sparad.').waitFor();
    const clause = page.getByRole('article', { name: /Klausul 1\./ });
    await clause.getByText('Nyanlända, Utrikes födda kvinnor').waitFor();
  });

  it('previews the clause text in Swedish and English and downloads the PDF annex', async () => {
    const { page } = b;
    const clause = page.getByRole('article', { name: /Klausul 1\./ });
    await clause.getByRole('button', { name: 'Förhandsgranska text' }).click();
    await clause.locator('pre.preview').getByText(/Jobbtorg/).first().waitFor();
    const preview = clause.locator('pre.preview');
    await preview.getByText(/Sammanlagt minst 24 heltidsmånader anställning, varje plats om minst 75 % av heltid, tillsatt senast vid utgången av avtalsmånad 24\./).waitFor();
    await preview.getByText(/Beställaren \(Stockholms Stadshus AB\)/).waitFor();
    await preview.getByText(/rättelse inom 45 dagar/).waitFor();
    await preview.getByText(/vite med 20 000 kronor per saknad heltidsmånad, sammanlagt högst 200 000 kronor enligt denna klausul/).waitFor();
    await clause.getByLabel('Språk för texten').selectOption('en');
    await clause.getByRole('button', { name: 'Förhandsgranska text' }).click();
    await clause.locator('pre.preview[lang="en"]').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner PDF-bilaga (svenska)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('publishes on an earlier day, with a day still to come refused beside the field; it shows as published in the list', async () => {
    const { page } = b;
    const publication = page.getByRole('region', { name: 'Publicering och status' });
    expect(await publication.getByLabel('Publiceringsdatum').inputValue()).toBe(todayInStockholm());
    await publication.getByLabel('Publiceringsdatum').fill(addDays(todayInStockholm(), 1));
    await publication.getByRole('button', { name: 'Publicera' }).click();
    await publication.locator('[name="publishedOn"][aria-invalid="true"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await publication.getByLabel('Publiceringsdatum').fill(PUBLISHED_ON);
    await publication.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText('Upphandlingen är publicerad.').waitFor();
    await page.getByRole('link', { name: 'Upphandlingar' }).click();
    const row = page.getByRole('row', { name: /AMN 2026-0178/ });
    await row.getByText('Publicerad').waitFor();
    await screenshot(page, 'officer-main');
  });

  it('records the award: supplier and contract period; the procurement becomes awarded', async () => {
    const { page } = b;
    await page.getByRole('link', { name: 'AMN 2026-0178' }).click();
    const award = page.getByRole('region', { name: 'Tilldelning' });
    // The supplier is found by typing, not picked from a long list; choosing none is caught before sending.
    await award.getByRole('button', { name: 'Registrera tilldelning' }).click();
    await award.locator('[name="supplierId"][aria-invalid="true"]').first().waitFor();
    const search = award.getByLabel('Sök på namn eller organisationsnummer');
    await search.fill(orgNumber(4).replace('-', ''));
    await award.getByText('Träffar: 1').waitFor();
    expect(await award.getByRole('radio').count()).toBe(1);
    await award.getByRole('radio', { name: `Bygg & Mark Norr AB (${orgNumber(4)})` }).waitFor();
    await search.fill('städ');
    await award.getByRole('radio', { name: `Städ & Service i Stockholm AB (${orgNumber(3)})` }).check();
    // The choice stays while another search is typed.
    await search.fill('bygg');
    await award.getByRole('radio', { name: 'Bygg & Mark Norr AB', exact: false }).waitFor();
    expect(await award.getByRole('radio', { name: `Städ & Service i Stockholm AB (${orgNumber(3)})` }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await award.getByLabel('Avtalsstart').fill('2027-01-01');
    await award.getByLabel('Avtalsslut').fill('2026-12-31');
    await award.getByRole('button', { name: 'Registrera tilldelning' }).click();
    await award.locator('[name="endDate"][aria-invalid="true"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await award.getByLabel('Avtalsstart').fill(addDays(PUBLISHED_ON, -1));
    await award.getByLabel('Avtalsslut').fill('2029-12-31');
    await award.getByRole('button', { name: 'Registrera tilldelning' }).click();
    await award.locator('[name="startDate"][aria-invalid="true"]').waitFor();
    await award.getByText(/före publiceringsdagen/).first().waitFor();
    await award.getByLabel('Avtalsstart').fill('2027-01-01');
    await award.getByRole('button', { name: 'Registrera tilldelning' }).click();
    await page.getByText('Tilldelningen är registrerad.').waitFor();
    await page.getByText('Tilldelad', { exact: true }).first().waitFor();
  });

  it('fits a phone: the procurement page reflows without sideways scrolling', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /AMN 2026-0178/ }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'officer-phone');
  });
});
