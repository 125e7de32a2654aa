import { Workbook } from 'exceljs';
import { readFileSync } from 'fs';
import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, monthsFromToday } from '../support/web-factories';

jest.setTimeout(120_000);

describe('Web interface, supplier: download the Excel template, fill it in and upload it', () => {
  let t: TestApp;
  let b: BrowserSession;
  let contract: Awaited<ReturnType<typeof awardedPlacementsContract>>;
  let template: Buffer;

  beforeAll(async () => {
    t = await createTestApp();
    contract = await awardedPlacementsContract(t);
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  const upload = () => b.page.getByRole('region', { name: 'Ladda upp platser från Excel eller CSV' });
  const filled = async (rows: unknown[][]) => {
    const workbook = new Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    for (const row of rows) workbook.getWorksheet('Platser')!.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const attach = async (buffer: Buffer) => {
    await upload().getByLabel('Fil (Excel eller CSV)').setInputFiles({ name: 'platser.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    await upload().getByRole('button', { name: 'Ladda upp' }).click();
  };

  it('downloads both templates in Swedish from the clause page, with the columns and allowed values listed', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Supplier, contract.supplierId));
    await page.getByRole('link', { name: /Klausul 1\. Sysselsättningskrav/ }).click();
    await upload().locator('summary', { hasText: 'Kolumner och tillåtna värden' }).click();
    const columns = upload().getByRole('table', { name: 'Kolumner och tillåtna värden' });
    await columns.getByRole('row', { name: /Målgrupp/ }).getByText('Nyanlända; Utrikes födda kvinnor').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-placement-files');

    const [excel] = await Promise.all([page.waitForEvent('download'), upload().getByRole('button', { name: 'Ladda ner mall (Excel)' }).click()]);
    expect(excel.suggestedFilename()).toBe('platser-mall.xlsx');
    template = readFileSync(await excel.path());
    const [csv] = await Promise.all([page.waitForEvent('download'), upload().getByRole('button', { name: 'Ladda ner mall (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('platser-mall.csv');
    expect(readFileSync(await csv.path()).toString('utf8')).toMatch(/^\uFEFFReferens;Slag av plats;Erbjuden;/);
  });

  it('shows a bad row by row number and Swedish column name, storing nothing', async () => {
    await attach(await filled([
      ['XLSX-1', 'Anställning', monthsFromToday(-8), 'Ja', monthsFromToday(-7), monthsFromToday(5), null, null, 100, 'Nyanlända', 'Okänt', '25-29', 'Nej'],
    ]));
    const errors = upload().getByRole('table', { name: 'Fel per rad' });
    const row = errors.getByRole('row', { name: /Kön/ });
    await row.waitFor();
    expect(await row.getByRole('rowheader').textContent()).toBe('3');
    expect(await b.page.getByRole('table', { name: 'Rapporterade platser' }).getByText('XLSX-1').count()).toBe(0);
    expect(await seriousViolations(b.page)).toEqual([]);
  });

  it('stores the placements of the corrected workbook', async () => {
    await attach(await filled([
      ['XLSX-1', 'Anställning', monthsFromToday(-8), 'Ja', monthsFromToday(-7), monthsFromToday(5), null, null, 100, 'Nyanlända', 'Kvinna', '25-29', 'Nej'],
      ['XLSX-2', 'Anställning', monthsFromToday(-6), 'Nej', null, null, null, null, 100, 'Utrikes födda kvinnor', 'Kvinna', '30-49', 'Ja'],
    ]));
    await b.page.getByText('2 platser är sparade från filen.').waitFor();
    const list = b.page.getByRole('table', { name: 'Rapporterade platser' });
    await list.getByText('XLSX-1').waitFor();
    await list.getByRole('row', { name: /XLSX-2/ }).getByText(/Utrikes födda kvinnor/).waitFor();
  });
});
