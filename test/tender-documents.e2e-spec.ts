import { binary, pdfText } from './support/documents';
import { Role } from '../src/auth/role';
import { addClause, createProcurement, dialogueClause, initiativeClause, placementsClause, publish, recordDecision } from './support/procurement-factories';
import { createTestApp, TestApp } from './support/test-app';

/** Text of a PDF, keeping the layout so headings stay on their lines. */
const layoutText = (pdf: Buffer): string => pdfText(pdf, ['-layout']);

describe('Tender documents: clause text, the PDF annex and eForms values for the tender', () => {
  let t: TestApp;
  let procurement: { id: string; referenceNumber: string };
  let clauses: { id: string }[];
  beforeAll(async () => {
    t = await createTestApp();
    procurement = (await createProcurement(t, {
      referenceNumber: 'AMN 2026-0178',
      title: 'Lokalvård och fönsterputs – Årsta, Älvsjö och Östermalm',
      buyerName: 'Stockholm Vatten och Avfall AB',
    })) as typeof procurement;
    clauses = [
      await addClause(
        t,
        procurement.id,
        placementsClause(
          { title: 'Sysselsättningskrav för lokalvård' },
          {
            bonus: { sekPerExtraFullTimeMonth: 20_000, genderEqualityMeasures: 'Hälften av platserna till kvinnor' },
            remedyDays: 45,
            penalty: { sekPerMissingFullTimeMonth: 20_000, capSek: 200_000 },
          },
        ),
      ),
      await addClause(t, procurement.id, dialogueClause()),
      await addClause(t, procurement.id, initiativeClause()),
    ];
  });
  afterAll(() => t.close());
  const officer = () => t.auth(Role.Officer);

  it('returns a clause as plain text (Swedish by default) and as Markdown in English', async () => {
    const text = await t.http.get(`/api/clauses/${clauses[0].id}/text`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(text.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(text.text).toMatch(/^Klausul 1\. Sysselsättningskrav för lokalvård\n=+\n/);
    expect(text.text).toContain('3 × anställning');
    expect(text.text).toContain('Beställaren (Stockholm Vatten och Avfall AB)');
    expect(text.text).toContain('rättelse inom 45 dagar');
    expect(text.text).toContain('vite med 20 000 kronor per saknad heltidsmånad, sammanlagt högst 200 000 kronor enligt denna klausul');
    expect(text.text).toContain('Jobbtorg Stockholm och Jobbpartner');
    expect(text.text).toContain('Kontakt: Jobbtorg Stockholm, arbetsmarknadsförvaltningen, tel. 08-508 00 508.');
    const md = await t.http.get(`/api/clauses/${clauses[1].id}/text?format=markdown&lang=en`).set('Authorization', officer()).expect(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.text).toMatch(/^## Clause 2\. Krav på dialog om sysselsättning\n/);
    expect(md.text).toContain('This clause is a special contract condition on dialogue on employment-promoting measures.');
    expect(md.text).toContain('**Contact for the dialogue:** Jobbtorg Stockholm, email jobbtorg@stockholm.se.');
    expect(md.text).toContain('**Remedy:** If the Supplier falls short of a commitment under this clause, the Supplier shall remedy it within 30 days');
    expect(md.text).toContain("**Contract penalty:** This clause sets no contract penalty. If the shortfall has not been remedied within the remedy period, it is treated as a breach of contract under the contract's general terms.");
  });

  it.each([['format=pdf', 'format'], ['lang=de', 'lang'], ['version=0', 'version'], ['bogus=1', 'bogus']])('refuses the query %s with a 400 naming %s', async (query, field) => {
    const res = await t.http.get(`/api/clauses/${clauses[0].id}/text?${query}`).set('Authorization', officer()).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('returns all clauses of the procurement as one Markdown document', async () => {
    const res = await t.http.get(`/api/procurements/${procurement.id}/clause-text?format=markdown`).set('Authorization', officer()).expect(200);
    expect(res.text.startsWith('# AMN 2026-0178 Lokalvård')).toBe(true);
    expect(res.text.match(/^## Klausul \d\./gm)).toEqual(['## Klausul 1.', '## Klausul 2.', '## Klausul 3.']);
  });

  it('renders the PDF annex with the reference number, every clause number and Swedish characters', async () => {
    const res = await t.http.get(`/api/procurements/${procurement.id}/annex.pdf`).set('Authorization', officer()).buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('AMN_2026-0178');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = layoutText(pdf);
    expect(text).toContain('Bilaga: Sociala klausuler');
    expect(text).toContain('Diarienummer: AMN 2026-0178');
    expect(text).toContain('Årsta, Älvsjö och Östermalm');
    expect(text).toContain('UTKAST');
    for (const heading of ['Klausul 1. Sysselsättningskrav för lokalvård', 'Klausul 2. Krav på dialog om sysselsättning', 'Klausul 3. Integrationsinitiativ']) {
      expect(text).toContain(heading);
    }
    expect(text).toMatch(/å/);
    expect(text).toMatch(/ä/);
    expect(text).toMatch(/ö/);
    const flowing = text.replace(/\s+/g, ' ');
    expect(flowing).toContain('Beställaren (Stockholm Vatten och Avfall AB)');
    expect(flowing).toContain('sammanlagt högst 200 000 kronor enligt denna klausul');
    const pages = text.split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(`Sida ${i + 1} av ${pages.length}`);
      expect(page).toContain('AMN 2026-0178');
    });
  });

  it('renders the English annex', async () => {
    const res = await t.http.get(`/api/procurements/${procurement.id}/annex.pdf?lang=en`).set('Authorization', t.auth(Role.PactOffice)).buffer(true).parse(binary).expect(200);
    const text = layoutText(res.body as Buffer);
    expect(text).toContain('Annex: Social clauses');
    expect(text).toContain('Clause 2. Krav på dialog om sysselsättning');
    expect(text).toMatch(/Page 1 of \d/);
  });

  it('states a volume-only clause in the annex: full-time months by the contract end', async () => {
    const p = await createProcurement(t);
    await addClause(t, p.id, placementsClause({}, { lines: [{ kind: 'EMPLOYMENT', fullTimeMonths: 24, minWorkingTimePercent: 75 }] }));
    const res = await t.http.get(`/api/procurements/${p.id}/annex.pdf`).set('Authorization', officer()).buffer(true).parse(binary).expect(200);
    const text = layoutText(res.body as Buffer).replace(/\s+/g, ' ');
    expect(text).toContain('Sammanlagt minst 24 heltidsmånader anställning, varje plats om minst 75 % av heltid, tillsatt senast vid avtalets slut.');
    expect(text).toContain('Åtagandet omfattar sammanlagt minst 24 heltidsmånader.');
  });

  it('tags the procurement for eForms: BT-06 soc-obj and the BT-775 codes of its clauses', async () => {
    const res = await t.http.get(`/api/procurements/${procurement.id}/eforms`).set('Authorization', officer()).expect(200);
    expect(res.body).toMatchObject({
      referenceNumber: 'AMN 2026-0178',
      strategicProcurement: 'soc-obj',
      socialObjectives: ['et-eq', 'gen-eq', 'opp'],
      clauses: [
        { number: 1, type: 'PLACEMENTS', socialObjectives: ['et-eq', 'gen-eq', 'opp'] },
        { number: 2, type: 'DIALOGUE', socialObjectives: ['et-eq', 'opp'] },
        { number: 3, type: 'INTEGRATION_INITIATIVE', socialObjectives: ['opp'] },
      ],
      fields: { 'BT-06-Lot': 'soc-obj', 'BT-775-Lot': ['et-eq', 'gen-eq', 'opp'] },
    });
    expect(res.body.fields['BT-777-Lot']).toContain('1. Sysselsättningskrav för lokalvård');
  });

  it('tags a procurement without clauses BT-06 none', async () => {
    const goods = await createProcurement(t, { kind: 'GOODS', labourIntensity: 'LOW' });
    const res = await t.http.get(`/api/procurements/${goods.id}/eforms`).set('Authorization', officer()).expect(200);
    expect(res.body).toMatchObject({ strategicProcurement: 'none', socialObjectives: [], clauses: [], fields: { 'BT-06-Lot': 'none', 'BT-775-Lot': [] } });
  });

  it('keeps rendering the published versions after a clause is amended', async () => {
    const p = await createProcurement(t);
    const c = await addClause(t, p.id, dialogueClause({ title: 'Dialog enligt anbudet' }));
    await recordDecision(t, p.id);
    await publish(t, p.id);
    await t.http.patch(`/api/clauses/${c.id}`).set('Authorization', officer()).send({ title: 'Dialog efter ändring', changeReason: 'Ny kontakt på Jobbtorg' }).expect(200);

    const pdf = await t.http.get(`/api/procurements/${p.id}/annex.pdf`).set('Authorization', officer()).buffer(true).parse(binary).expect(200);
    const text = layoutText(pdf.body as Buffer);
    expect(text).toContain('Klausul 1. Dialog enligt anbudet');
    expect(text).not.toContain('Dialog efter ändring');
    expect(text).not.toContain('UTKAST');
    const eforms = await t.http.get(`/api/procurements/${p.id}/eforms`).set('Authorization', officer()).expect(200);
    expect(eforms.body.clauses[0].version).toBe(1);

    const current = await t.http.get(`/api/clauses/${c.id}/text`).set('Authorization', officer()).expect(200);
    expect(current.text).toContain('Klausul 1. Dialog efter ändring (version 2)');
    const first = await t.http.get(`/api/clauses/${c.id}/text?version=1`).set('Authorization', officer()).expect(200);
    expect(first.text).toContain('Klausul 1. Dialog enligt anbudet\n');
    await t.http.get(`/api/clauses/${c.id}/text?version=9`).set('Authorization', officer()).expect(404);
  });

  it('refuses every tender document to suppliers (403)', async () => {
    const supplier = t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001');
    await t.http.get(`/api/clauses/${clauses[0].id}/text`).set('Authorization', supplier).expect(403);
    await t.http.get(`/api/procurements/${procurement.id}/clause-text`).set('Authorization', supplier).expect(403);
    await t.http.get(`/api/procurements/${procurement.id}/annex.pdf`).set('Authorization', supplier).expect(403);
    await t.http.get(`/api/procurements/${procurement.id}/eforms`).set('Authorization', supplier).expect(403);
  });

  it('answers 404 for the annex of an unknown procurement', async () => {
    await t.http.get('/api/procurements/00000000-0000-4000-8000-000000000000/annex.pdf').set('Authorization', officer()).expect(404);
  });
});
