import { binary, pdfText } from './support/documents';
import { parse } from 'csv-parse/sync';
import { Role } from '../src/auth/role';
import { createContractingUnit, uploadLetterhead } from './support/contracting-unit-factories';
import { pdfImages } from './support/documents';
import { createSupplier, orgNumber } from './support/factories';
import { pngImage } from './support/images';
import { buildPactDataSet, FASTIGHET, insertPactMember, linkSupplierToMember, TRAFIK } from './support/results-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Results exports: CSV for Swedish Excel and the annual report PDF', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const alfa = (await createSupplier(t, { name: 'Alfa Städ AB', orgNumber: orgNumber(11) })).id;
    const beta = (await createSupplier(t, { name: 'Beta; "Bygg" AB', orgNumber: orgNumber(12) })).id;
    await buildPactDataSet(t.dataSource, { alfa, beta });
    const member = await insertPactMember(t.dataSource, 'Stockholmsgruppen AB', orgNumber(21));
    await linkSupplierToMember(t.dataSource, member, alfa);
    await linkSupplierToMember(t.dataSource, member, beta);
  });
  afterAll(() => t.close());

  it('exports the same figures as CSV: BOM, semicolons, Swedish headings and decimal comma, CRLF', async () => {
    const res = await t.http
      .get('/api/results.csv?from=2025-01-01&to=2025-12-31')
      .set('Authorization', t.auth(Role.PactOffice))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="resultat-2025-01-01-2025-12-31.csv"; filename*=UTF-8''resultat-2025-01-01-2025-12-31.csv`);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFFrån;Till;Enhet;Mått;Uppdelning;Kategori;Värde\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    const rows: string[][] = parse(text.slice(1), { delimiter: ';', record_delimiter: '\r\n' });
    const value = (unit: string, measure: string, split: string, category: string) =>
      rows.find((r) => r[2] === unit && r[3] === measure && r[4] === split && r[5] === category)?.[6];
    const all = 'Alla enheter';
    expect(value(all, '1. Upphandlingar där krav på sysselsättningsfrämjande insatser ställs', 'Totalt', '')).toBe('3');
    expect(value(all, '2. Upphandlingar där krav med dialog tillämpas', 'Totalt', '')).toBe('2');
    expect(value(all, '3. Upphandlingar där krav med platser tillämpas', 'Totalt', '')).toBe('2');
    expect(value(all, '4. Erbjudna arbetstillfällen', 'Totalt', '')).toBe('4');
    expect(value(all, '5. Tillsatta arbetstillfällen', 'Kön', 'Kvinna')).toBe('2');
    expect(value(all, 'Heltidsmånader arbetade som räknas mot krav', 'Totalt', '')).toBe('13,8');
    expect(value(all, 'Tillsatta arbetstillfällen som räknas mot krav', 'Totalt', '')).toBe('3');
    expect(value(all, 'Ej uppfyllda klausuler', 'Klausultyp', 'Platser')).toBe('1');
    expect(value(all, '4. Erbjudna arbetstillfällen', 'Ålder', '16–19 år')).toBe('1');
    expect(value(all, '5. Tillsatta arbetstillfällen', 'Kön och etableringsprogrammet', 'Kvinna, i etableringsprogrammet')).toBe('2');
    expect(value(all, 'Uppfyllda klausuler', 'Klausultyp', 'Dialog')).toBe('1');
    expect(value(FASTIGHET, '4. Erbjudna arbetstillfällen', 'Totalt', '')).toBe('3');
    expect(value(TRAFIK, '5. Tillsatta arbetstillfällen', 'Kön', 'Annat')).toBe('1');
    // A supplier name with ; and " survives quoting.
    expect(value(all, '5. Tillsatta arbetstillfällen', 'Leverantör', `Beta; "Bygg" AB (${orgNumber(12)})`)).toBe('1');
    // Stockholmsgruppen = Alfa + Beta: 4 offered, 3 filled, 13.8 months; the woman's share is Alfa's.
    const gruppen = `Stockholmsgruppen AB (${orgNumber(21)})`;
    expect(value(all, '4. Erbjudna arbetstillfällen', 'Paktmedlem', gruppen)).toBe('4');
    expect(value(all, '5. Tillsatta arbetstillfällen', 'Paktmedlem', gruppen)).toBe('3');
    expect(value(all, 'Heltidsmånader arbetade som räknas mot krav', 'Paktmedlem', gruppen)).toBe('13,8');
    expect(value(all, 'Heltidsmånader arbetade som räknas mot krav', 'Paktmedlem och kön', `${gruppen}, Kvinna`)).toBe('10,8');
    expect(rows.every((r) => r.length === 7)).toBe(true);
  });

  it('refuses the CSV to a supplier and validates its period', async () => {
    await t.http.get('/api/results.csv').set('Authorization', t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000000')).expect(403);
    const bad = await t.http.get('/api/results.csv?to=2025-13-01').set('Authorization', t.auth(Role.Officer)).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/json/);
    expect(bad.body.fields[0].field).toBe('to');
  });

  it('renders the annual report whose text says the measures, the gender split and the clauses not fulfilled', async () => {
    const res = await t.http
      .get('/api/results/annual-report.pdf?year=2025')
      .set('Authorization', t.auth(Role.PactOffice))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf, ['-layout']);

    expect(text).toContain('Årsrapport 2025');
    expect(text).toMatch(/1\. Upphandlingar där krav på sysselsättningsfrämjande insatser ställs\s+3/);
    expect(text).toMatch(/4\. Erbjudna arbetstillfällen\s+4/);
    expect(text).toMatch(/5\. Tillsatta arbetstillfällen\s+3/);
    expect(text).toMatch(/Heltidsmånader arbetade som räknas mot krav\s+13,8/);
    expect(text).toMatch(/Kvinna\s+2\s+2\s+10,8/);
    expect(text).toMatch(/Annat\s+1\s+1\s+3/);
    expect(text).toContain('Erbjudna och tillsatta arbetstillfällen per enhet och kön');
    expect(text).toContain(FASTIGHET);
    // P5's two clauses ended 2025-11-30 unfulfilled; P2's clause ended fulfilled and is not listed.
    expect(text).toContain('P5 klausul 1 (Platser)');
    const flowing = text.replace(/\s+/g, ' ');
    expect(flowing).toContain('Fastighetskontoret; Alfa Städ AB; avtalet slutade 2025-11-30. 1 av 1 arbetstillfällen tillsatta, 4,8 av 12 heltidsmånader.');
    expect(text).toContain('P5 klausul 2 (Integrationsinitiativ)');
    expect(flowing).toContain('1 av 2 delmål uppnådda.');
    expect(text).not.toContain('P2 klausul');
    expect(text).toMatch(/Sida 1 av \d/);
  });

  it('prints the letterhead of the unit named by ANNUAL_REPORT_UNIT (Stadsledningskontoret) once it has one', async () => {
    const report = async () => (await t.http.get('/api/results/annual-report.pdf?year=2025').set('Authorization', t.auth(Role.PactOffice))
      .buffer(true).parse(binary).expect(200)).body as Buffer;
    expect(pdfImages(await report())).toEqual([]);
    const unit = await createContractingUnit(t, { name: 'Stadsledningskontoret' });
    await uploadLetterhead(t, unit.id, pngImage(480, 120));
    expect(pdfImages(await report()).map((line) => line.trim().split(/\s+/).slice(2, 5))).toEqual([['image', '480', '120'], ['smask', '480', '120']]);
  });

  it('refuses a year out of range with 400 naming year', async () => {
    const res = await t.http.get('/api/results/annual-report.pdf?year=20x5').set('Authorization', t.auth(Role.PactOffice)).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['year']);
  });
});
