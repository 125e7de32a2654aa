import { Workbook } from 'exceljs';
import { Role } from '../src/auth/role';
import { AwardedContract, createAwardedContract, createFollowUpSupplier } from './support/followup-factories';
import { binary } from './support/documents';
import { createTestApp, TestApp } from './support/test-app';

async function workbookOf(content: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook;
}
const bufferOf = async (workbook: Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());
/** A workbook as an HR system might export it: one sheet, the Swedish headers, the given rows. */
function swedishWorkbook(rows: unknown[][]): Workbook {
  const workbook = new Workbook();
  workbook.addWorksheet('Platser').addRows([
    ['Referens', 'Slag av plats', 'Erbjuden', 'Tillsatt', 'Startdatum', 'Slutdatum enligt avtal', 'Arbetstid (% av heltid)', 'Målgrupp', 'Kön', 'Åldersgrupp', 'Etableringsprogrammet'],
    ...rows,
  ]);
  return workbook;
}

describe('Supplier downloads the placement templates and uploads Excel', () => {
  let t: TestApp;
  let c: AwardedContract;
  let otherSupplier: string;
  beforeAll(async () => {
    t = await createTestApp();
    c = await createAwardedContract(t);
    otherSupplier = await createFollowUpSupplier(t);
  });
  afterAll(async () => { await t.close(); });

  const base = () => `/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`;
  const template = (file: string, auth = t.auth(Role.Supplier, c.supplierId)) =>
    t.http.get(`${base()}/${file}`).set('Authorization', auth).buffer(true).parse(binary);
  const upload = (content: Buffer, name: string, supplierId = c.supplierId) =>
    t.http.post(`${base()}/csv`).set('Authorization', t.auth(Role.Supplier, supplierId)).attach('file', content, name);
  const stored = async (prefix: string) =>
    Number((await t.dataSource.query(`SELECT count(*) FROM placement WHERE contract_id = $1 AND reference LIKE $2`, [c.contractId, `${prefix}%`]))[0].count);

  it('serves the CSV template: Swedish header only, UTF-8 with BOM, semicolons; English on request', async () => {
    const res = await template('template.csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('platser-mall.csv');
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFReferens;Slag av plats;Erbjuden;Tillsatt;')).toBe(true);
    expect(text).toContain(';Målgrupp;Kön;Åldersgrupp;Etableringsprogrammet\r\n');
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(1);

    const english = await t.http.get(`${base()}/template.csv`).set('Authorization', t.auth(Role.PactOffice)).set('Accept-Language', 'en-GB,en;q=0.8');
    expect(english.text).toContain('Reference;Kind;Offered date;');
    const byQuery = await template('template.csv?lang=en', t.auth(Role.Officer));
    expect((byQuery.body as Buffer).toString('utf8')).toContain('Reference;Kind;');
    expect((await t.http.get(`${base()}/template.csv?lang=fr`).set('Authorization', t.auth(Role.Officer))).status).toBe(400);
  });

  it('serves the Excel template: Swedish headers, an example row, dropdowns of the clause’s values and instructions', async () => {
    const res = await template('template.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = await workbookOf(res.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Platser', 'Anvisningar']);
    const sheet = workbook.getWorksheet('Platser')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Referens', 'Slag av plats', 'Erbjuden']);
    expect(sheet.getCell('A2').value).toBe('(EXEMPEL)');
    expect(sheet.getCell('B2').value).toBe('Anställning');
    // The clause asks for employment of the long-term unemployed: the dropdowns offer just those.
    expect(sheet.getCell('B3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Anställning"'] });
    expect(sheet.getCell('J40').dataValidation).toMatchObject({ type: 'list', formulae: ['"Långtidsarbetslösa"'] });
    expect(sheet.getCell('K3').dataValidation.formulae).toEqual(['"Kvinna,Man,Annat,Uppgift saknas"']);
    const instructions = workbook.getWorksheet('Anvisningar')!;
    const text = instructions.getSheetValues().flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('Rad 2 är ett exempel');
    expect(text).toContain('Åldersgrupp');
    expect(text).toContain('16-19; 20-24; 25-29; 30-49; 50+');

    const english = await workbookOf((await template('template.xlsx?lang=en')).body);
    expect(english.worksheets.map((s) => s.name)).toEqual(['Placements', 'Instructions']);
    expect(english.getWorksheet('Placements')!.getCell('A1').value).toBe('Reference');
  });

  it('stores the placements of a filled Excel template, the example row skipped', async () => {
    const workbook = await workbookOf((await template('template.xlsx')).body);
    const sheet = workbook.getWorksheet('Platser')!;
    sheet.addRow(['XL-1', 'Anställning', new Date('2026-03-01'), 'Ja', new Date('2026-03-02'), new Date('2026-09-01'), null, null, 100, 'Långtidsarbetslösa', 'Kvinna', '25-29', 'Nej']);
    sheet.addRow(['XL-2', 'Anställning', '2026-03-05', 'Nej', null, null, null, null, 50, 'Långtidsarbetslösa', 'Uppgift saknas', '50+', 'Ja']);
    const res = await upload(await bufferOf(workbook), 'platser.xlsx');
    expect(res.status).toBe(201);
    expect(res.body.stored).toBe(2);
    expect(res.body.items.map((p: Record<string, unknown>) => [p.reference, p.kind, p.offeredDate, p.filled, p.startDate, p.targetGroup, p.gender, p.ageBand, p.establishmentProgramme]))
      .toEqual([
        ['XL-1', 'EMPLOYMENT', '2026-03-01', true, '2026-03-02', 'LONG_TERM_UNEMPLOYED', 'WOMAN', '25-29', false],
        ['XL-2', 'EMPLOYMENT', '2026-03-05', false, null, 'LONG_TERM_UNEMPLOYED', 'NOT_STATED', '50+', true],
      ]);
    expect(await stored('XL-')).toBe(2);
    expect(await stored('(EXEMPEL')).toBe(0);
  });

  it('reads English headers, whatever the file is called', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Export from HR').addRows([
      ['reference', 'KIND', 'Offered date', 'Filled', 'Start date', 'Agreed end date', 'Working time (% of full time)', 'Target group', 'Gender', 'Age band', 'Establishment programme'],
      ['EN-1', 'Employment', '2026-04-01', 'Yes', '2026-04-15', '2026-10-14', 80, 'Long-term unemployed', 'Man', '30-49', 'No'],
    ]);
    const res = await upload(await bufferOf(workbook), 'export.dat');
    expect(res.status).toBe(201);
    expect(res.body.items[0]).toMatchObject({ reference: 'EN-1', gender: 'MAN', workingTimePercent: 80 });
  });

  it('reports errors per row and column as the CSV upload does, and stores nothing', async () => {
    const workbook = swedishWorkbook([
      ['BAD-1', 'Anställning', '2026-04-01', 'Ja', '2026-04-15', '2026-10-14', 100, 'Långtidsarbetslösa', 'Kvinna', '25-29', 'Nej'],
      ['BAD-2', 'Praktik', '2026-04-01', 'Ja', '2026-04-15', '2026-10-14', 120, 'Långtidsarbetslösa', 'Kvinna', '25-29', 'Nej'],
      ['BAD-3', 'Anställning', '2026-04-01', 'Ja', '2026-04-15', '2026-10-14', 100, 'Långtidsarbetslösa', 'Okänt', '25-29', 'Nej'],
      ['XL-1', 'Anställning', '2026-04-01', 'Ja', '2026-04-15', '2026-10-14', 100, 'Långtidsarbetslösa', 'Kvinna', '25-29', 'Nej'],
    ]);
    const res = await upload(await bufferOf(workbook), 'platser.xlsx');
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['rows.3.workingTimePercent', 'rows.4.gender', 'rows.5.reference']);
    expect(res.body.fields[2].messages[0]).toContain('XL-1 är redan rapporterad av leverantören');
    expect(await stored('BAD-')).toBe(0);
  });

  it('refuses personal identity numbers in cells without echoing them', async () => {
    const workbook = swedishWorkbook([
      ['PNR-1', 'Anställning', '2026-04-01', 'Ja', '2026-04-15', '2026-10-14', 100, 'Långtidsarbetslösa', 'Kvinna', '25-29', 'Nej'],
      ['PNR-2', 'Anställning', '2026-04-01', 'Ja', '2026-04-15', '2026-10-14', 100, 'Långtidsarbetslösa', '811218-9876', '25-29', 'Nej'],
    ]);
    const res = await upload(await bufferOf(workbook), 'platser.xlsx');
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['rows.3.gender']);
    expect(JSON.stringify(res.body)).not.toContain('9876');
    expect(await stored('PNR-')).toBe(0);
  });

  it('refuses a file named .xlsx that is not a workbook, and a zip that is not one', async () => {
    const renamed = await upload(Buffer.from('%PDF-1.7\nnot a workbook'), 'platser.xlsx');
    expect(renamed.status).toBe(400);
    expect(renamed.body.fields[0].field).toBe('file');
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    const notWorkbook = await upload(await zip.generateAsync({ type: 'nodebuffer' }), 'platser.xlsx');
    expect(notWorkbook.status).toBe(400);
    // In the reader's language (Swedish by default), with the code beside it.
    expect(notWorkbook.body.fields[0]).toMatchObject({
      field: 'file', messages: ['file är inte en läsbar Excel-arbetsbok (.xlsx)'], codes: [{ code: 'PLACEMENT_FILE_NOT_XLSX', params: { field: 'file' } }],
    });
  });

  it('answers another supplier with 404 on both templates and the upload', async () => {
    expect((await template('template.csv', t.auth(Role.Supplier, otherSupplier))).status).toBe(404);
    expect((await template('template.xlsx', t.auth(Role.Supplier, otherSupplier))).status).toBe(404);
    const workbook = await workbookOf((await template('template.xlsx')).body);
    workbook.getWorksheet('Platser')!.addRow(['OTHER-1', 'Anställning', '2026-03-05', 'Nej', null, null, null, null, 50, 'Långtidsarbetslösa', 'Man', '50+', 'Nej']);
    expect((await upload(await bufferOf(workbook), 'platser.xlsx', otherSupplier)).status).toBe(404);
    expect(await stored('OTHER-')).toBe(0);
  });
});
