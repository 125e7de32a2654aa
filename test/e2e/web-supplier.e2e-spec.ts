import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, monthsFromToday } from '../support/web-factories';

jest.setTimeout(120_000);

const HEADER = 'reference;kind;offeredDate;filled;startDate;endDate;earlyEndDate;earlyEndReason;workingTimePercent;targetGroup;gender;ageBand;establishmentProgramme';

describe('Web interface, supplier: report two placements (one by CSV) and see the clause status change', () => {
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

  it('shows the supplier its contract with the clause at risk and the next report due', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Supplier, contract.supplierId));
    await page.getByRole('heading', { level: 1, name: 'Mina avtal' }).waitFor();
    const row = page.getByRole('row', { name: /Klausul 1\. Sysselsättningskrav/ });
    await row.getByText('Risk', { exact: true }).waitFor();
    await row.getByText(/Period \d+, senast/).waitFor();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link');
    expect(await menu.allTextContents()).toEqual(['Avtal']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-main-before');

    await page.goto(`${b.baseUrl}/#/procurements`);
    await page.getByRole('heading', { level: 1, name: 'Mina avtal' }).waitFor();
  });

  it('files a recovery plan while the clause is at risk', async () => {
    const { page } = b;
    await page.getByRole('link', { name: /Klausul 1\. Sysselsättningskrav/ }).click();
    const plan = page.getByRole('region', { name: 'Åtgärdsplan' });
    await plan.getByLabel('Åtgärder').fill('Rekrytering via Jobbtorg Stockholm av två personer till lokalvård; handledare utsedd.');
    await plan.getByLabel('Enligt plan igen senast').fill(monthsFromToday(2));
    await plan.getByRole('button', { name: 'Lämna åtgärdsplan' }).click();
    await page.getByText('Åtgärdsplanen är inlämnad.').waitFor();
    await page.getByRole('region', { name: 'Åtgärdsplan' }).getByText(/Rekrytering via Jobbtorg Stockholm/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('reports one placement with the form; a personal identity number as reference is refused beside the field', async () => {
    const { page } = b;
    await page.getByRole('heading', { level: 1, name: /Klausul 1\./ }).waitFor();
    const form = page.getByRole('region', { name: 'Rapportera en plats' });
    await form.getByLabel('Referens').fill('19900101-0017');
    await form.getByLabel('Erbjuden').fill(monthsFromToday(-10));
    await form.getByLabel('Startdatum').fill(monthsFromToday(-9));
    await form.getByLabel('Slutdatum enligt avtal').fill(monthsFromToday(3));
    await form.getByLabel('Målgrupp').selectOption('NEWCOMER');
    await form.getByLabel('Kön').selectOption('WOMAN');
    await form.getByLabel('Åldersgrupp').selectOption('25-29');
    await form.getByLabel('Personen deltar i etableringsprogrammet').check();
    await form.getByRole('button', { name: 'Rapportera platsen' }).click();
    await form.getByRole('alert').filter({ hasText: /personnummer/i }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Referens').fill('SSAB-2026-001');
    await form.getByRole('button', { name: 'Rapportera platsen' }).click();
    await page.getByText('Platsen SSAB-2026-001 är rapporterad.').waitFor();
    await page.getByRole('table', { name: 'Rapporterade platser' }).getByText('SSAB-2026-001').waitFor();
  });

  it('uploads a CSV: a bad row is listed with its line and column and nothing is stored; the corrected file stores the row', async () => {
    const { page } = b;
    const upload = page.getByRole('region', { name: 'Ladda upp platser från Excel eller CSV' });
    const row = (gender: string) => `SSAB-2026-002;EMPLOYMENT;${monthsFromToday(-8)};ja;${monthsFromToday(-7)};${monthsFromToday(5)};;;100;FOREIGN_BORN_WOMEN;${gender};30-49;nej`;
    await upload.getByLabel('Fil (Excel eller CSV)').setInputFiles({ name: 'platser.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n${row('OKÄNT')}\n`) });
    await upload.getByRole('button', { name: 'Ladda upp' }).click();
    const errors = upload.getByRole('table', { name: 'Fel per rad' });
    await errors.getByRole('row', { name: /Kön/ }).waitFor();
    expect(await errors.getByRole('row', { name: /Kön/ }).getByRole('rowheader').textContent()).toBe('2');
    expect(await page.getByRole('table', { name: 'Rapporterade platser' }).getByText('SSAB-2026-002').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-csv-errors');

    // Half time is below the line's minimum working time: stored, but it counts toward no line.
    const halfTime = `SSAB-2026-003;EMPLOYMENT;${monthsFromToday(-8)};ja;${monthsFromToday(-7)};${monthsFromToday(5)};;;50;NEWCOMER;MAN;20-24;nej`;
    await upload.getByLabel('Fil (Excel eller CSV)').setInputFiles({ name: 'platser.csv', mimeType: 'text/csv', buffer: Buffer.from(`${HEADER}\n${row('WOMAN')}\n${halfTime}\n`) });
    await upload.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByText('2 platser är sparade från filen.').waitFor();
    await page.getByRole('table', { name: 'Rapporterade platser' }).getByText('SSAB-2026-002').waitFor();
  });

  it('shows the new status on the clause and on the contracts page', async () => {
    const { page } = b;
    const status = page.getByRole('region', { name: 'Status' }).first();
    const lines = status.getByRole('table', { name: 'Uppfyllelse per rad' });
    await lines.getByRole('row', { name: /Anställning/ }).getByText(/^2 av 2$/).waitFor();
    await lines.getByRole('row', { name: /Anställning/ }).getByText(/^[\d,]+ av 9 \(\+[\d,]+ planerade\)$/).waitFor();
    expect(await status.locator('.badge').first().textContent()).toBe('Uppfylld');
    await page.getByRole('link', { name: 'Avtal' }).click();
    const row = page.getByRole('row', { name: /Klausul 1\. Sysselsättningskrav/ });
    await row.locator('.badge').waitFor();
    expect(await row.locator('.badge').textContent()).toBe('Uppfylld');
    await screenshot(page, 'supplier-main');
  });

  it('shows what each placement counts for: its line and full-time months, or why it counts toward none', async () => {
    const { page } = b;
    await page.getByRole('link', { name: /Klausul 1\. Sysselsättningskrav/ }).click();
    const counting = page.getByRole('table', { name: 'Vad varje placering räknas som' });
    const first = counting.getByRole('row', { name: /SSAB-2026-001/ });
    await first.getByRole('cell', { name: 'Rad 1 (Anställning)' }).waitFor();
    // The API's explanations and reasons, in the page's language.
    await first.getByText(/månader avtalade på \d+ %: [\d,]+ heltidsmånader levererade/).waitFor();
    await counting.getByRole('row', { name: /SSAB-2026-003/ }).getByText(/^Räknas inte: arbetstiden 50 % är under radens minimum 75 %$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-counting');
    await page.getByRole('link', { name: 'Avtal' }).click();
  });

  it('corrects a placement with an early ending, which asks why it ended', async () => {
    const { page } = b;
    await page.getByRole('link', { name: /Klausul 1\. Sysselsättningskrav/ }).click();
    const row = page.getByRole('table', { name: 'Rapporterade platser' }).getByRole('row', { name: /SSAB-2026-001/ });
    await row.getByText('Underlag och svar').click();
    const reason = row.getByLabel('Varför slutade den i förtid?');
    expect(await reason.isVisible()).toBe(false);
    await row.getByLabel('Sista dag om den slutade i förtid').fill(monthsFromToday(-1));
    await row.getByRole('button', { name: 'Spara rättelsen' }).click();
    await row.locator('[name="earlyEndReason"][aria-invalid="true"]').waitFor();
    await reason.selectOption({ label: 'Den anställda sade upp sig' });
    await row.getByRole('button', { name: 'Spara rättelsen' }).click();
    await page.getByText('Rättelsen är sparad.').waitFor();
    await page.getByRole('table', { name: 'Rapporterade platser' }).getByRole('row', { name: /SSAB-2026-001/ })
      .getByText(/\(Den anställda sade upp sig\)/).waitFor();
    await page.getByRole('table', { name: 'Vad varje placering räknas som' }).getByRole('row', { name: /SSAB-2026-001/ })
      .getByText(/mindre än 75 % arbetades, så bara den arbetade tiden räknas/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Avtal' }).click();
  });

  it('fits a phone: the clause page reflows, wide tables scroll inside their own region', async () => {
    const { page } = b;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByRole('link', { name: /Klausul 1\. Sysselsättningskrav/ }).click();
    await page.getByRole('heading', { level: 1, name: /Klausul 1\./ }).waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-phone');
  });
});
