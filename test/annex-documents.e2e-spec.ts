import { Role } from '../src/auth/role';
import { createContractingUnit, uploadLetterhead } from './support/contracting-unit-factories';
import { binary, docxHtml, docxPart, docxParts, docxText, pdfImages, pdfText } from './support/documents';
import { pngImage } from './support/images';
import { addClause, createProcurement, dialogueClause, initiativeClause, placementsClause } from './support/procurement-factories';
import { createTestApp, TestApp } from './support/test-app';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The words of a document as a reader meets them: whitespace collapsed, list bullets left out (the
 * PDF draws them as characters, Word as list numbering), and a word the PDF broke after its hyphen
 * ("Gender-⏎equality") joined again. The PDF is read in drawing order without its footer, which
 * Word keeps apart from the body.
 */
const words = (text: string) => text.replace(/•/g, ' ').replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();
const pdfBody = (pdf: Buffer) => pdfText(pdf, ['-raw', '-x', '0', '-y', '0', '-W', '595', '-H', '770']);

describe('Tender annex as a Word document and as a PDF, with the contracting unit’s letterhead', () => {
  let t: TestApp;
  let procurement: { id: string };
  beforeAll(async () => {
    t = await createTestApp();
    procurement = await createProcurement(t, { referenceNumber: 'AMN 2026-0178', title: 'Lokalvård och fönsterputs – Årsta, Älvsjö och Östermalm' });
    await addClause(t, procurement.id, placementsClause({ title: 'Sysselsättningskrav för lokalvård' }, { bonus: { sekPerExtraFullTimeMonth: 20_000, genderEqualityMeasures: 'Hälften av platserna till kvinnor' } }));
    await addClause(t, procurement.id, dialogueClause());
    await addClause(t, procurement.id, initiativeClause());
  });
  afterAll(() => t.close());
  const officer = () => t.auth(Role.Officer);
  const get = (path: string) => t.http.get(path).set('Authorization', officer()).buffer(true).parse(binary).expect(200);

  it.each([['sv'], ['en']])('says in Word exactly what the PDF says (%s)', async (lang) => {
    const docx = await get(`/api/procurements/${procurement.id}/annex.docx?lang=${lang}`);
    expect(docx.headers['content-type']).toBe(DOCX);
    expect(docx.headers['content-disposition']).toMatch(/^attachment; filename="AMN_2026-0178-sociala-klausuler\.docx"/);
    const pdf = await get(`/api/procurements/${procurement.id}/annex.pdf?lang=${lang}`);
    const pdfWords = words(pdfBody(pdf.body));
    expect(pdfWords).toContain(lang === 'sv' ? 'Klausul 3. Integrationsinitiativ' : 'Clause 3. Integrationsinitiativ');
    expect(words(await docxText(docx.body))).toBe(pdfWords);
  });

  it('sets the headings in Word’s heading styles, the labels in bold and the lists as lists', async () => {
    const html = await docxHtml((await get(`/api/procurements/${procurement.id}/annex.docx`)).body);
    expect(html).toContain('<h1>Bilaga: Sociala klausuler</h1>');
    expect(html.match(/<h2>[^<]*<\/h2>/g)).toEqual([
      '<h2>Klausul 1. Sysselsättningskrav för lokalvård</h2>',
      '<h2>Klausul 2. Krav på dialog om sysselsättning</h2>',
      '<h2>Klausul 3. Integrationsinitiativ</h2>',
    ]);
    expect(html).toContain('<strong>Målgrupp:</strong>');
    expect(html).toMatch(/<ul><li>3 × anställning[^<]*<\/li><li>2 × praktikplats[^<]*<\/li><\/ul>/);
  });

  it('prints the reference number and "Sida X av Y" from Word’s page fields in the footer', async () => {
    for (const [lang, page, of] of [['sv', 'Sida ', ' av '], ['en', 'Page ', ' of ']]) {
      const docx = (await get(`/api/procurements/${procurement.id}/annex.docx?lang=${lang}`)).body as Buffer;
      const footer = (await docxPart(docx, 'word/footer1.xml'))!.toString('utf8');
      // Text, field instructions and the run's tab (not the paragraph's tab stop, which has attributes).
      const texts = [...footer.matchAll(/<w:(?:t|instrText)(?:\s[^>]*)?>([^<]*)|<w:tab\/>/g)].map((m) => m[1] ?? '⇥');
      expect(texts).toEqual(['AMN 2026-0178', '⇥', page, 'PAGE', of, 'NUMPAGES']);
    }
  });

  it('prints the contracting unit’s letterhead at the top of both, once it has one', async () => {
    const p = await createProcurement(t, { contractingUnit: 'Socialnämnden' });
    await addClause(t, p.id, dialogueClause());
    const plainDocx = (await get(`/api/procurements/${p.id}/annex.docx`)).body as Buffer;
    expect((await docxParts(plainDocx)).filter((part) => part.startsWith('word/media/'))).toEqual([]);
    expect(pdfImages((await get(`/api/procurements/${p.id}/annex.pdf`)).body)).toEqual([]);

    const unit = await createContractingUnit(t, { name: 'SOCIALNÄMNDEN' });
    const logo = pngImage(600, 160);
    await uploadLetterhead(t, unit.id, logo);
    const docx = (await get(`/api/procurements/${p.id}/annex.docx`)).body as Buffer;
    const media = (await docxParts(docx)).filter((part) => part.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.compare((await docxPart(docx, media[0]))!, logo)).toBe(0);
    const images = pdfImages((await get(`/api/procurements/${p.id}/annex.pdf`)).body);
    // The PNG's transparency is drawn as a soft mask of the same image.
    expect(images.map((line) => line.trim().split(/\s+/).slice(0, 5))).toEqual([['1', '0', 'image', '600', '160'], ['1', '1', 'smask', '600', '160']]);
  });

  it('says once, in both, that a procurement without clauses has none', async () => {
    const goods = await createProcurement(t, { kind: 'GOODS', labourIntensity: 'LOW' });
    const pdf = words(pdfBody((await get(`/api/procurements/${goods.id}/annex.pdf`)).body));
    const docx = words(await docxText((await get(`/api/procurements/${goods.id}/annex.docx`)).body));
    expect(docx).toBe(pdf);
    expect(pdf.match(/Upphandlingen innehåller inga sociala klausuler\./g)).toHaveLength(1);
    expect(pdf).not.toMatch(/Följande klausuler/);
  });

  it('refuses the Word annex to suppliers (403), a bad language (400) and an unknown procurement (404)', async () => {
    await t.http.get(`/api/procurements/${procurement.id}/annex.docx`).set('Authorization', t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001')).expect(403);
    const bad = await t.http.get(`/api/procurements/${procurement.id}/annex.docx?lang=de`).set('Authorization', officer()).expect(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['lang']);
    await t.http.get('/api/procurements/00000000-0000-4000-8000-000000000000/annex.docx').set('Authorization', officer()).expect(404);
  });
});
