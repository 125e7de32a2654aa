import { readFileSync } from 'fs';
import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { docxParts } from '../support/documents';
import { pngImage } from '../support/images';
import { addClause, createProcurement, dialogueClause } from '../support/procurement-factories';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

describe('Web interface, officer: the contracting unit’s support contact and letterhead, and the Word annex', () => {
  let t: TestApp;
  let b: BrowserSession;
  let procurement: { id: string };

  beforeAll(async () => {
    t = await createTestApp();
    procurement = await createProcurement(t, { referenceNumber: 'AMN 2026-0301', contractingUnit: 'Arbetsmarknadsnämnden' });
    await addClause(t, procurement.id, dialogueClause());
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('registers the unit with its contact, showing the server’s error beside the phone number first', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Officer));
    await page.getByRole('link', { name: 'Upphandlande enheter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Upphandlande enheter' }).waitFor();
    const form = page.getByRole('region', { name: 'Lägg till enhet' });
    await form.getByLabel('Namn').fill('Arbetsmarknadsnämnden');
    await form.getByLabel('Enhet eller funktion').fill('Jobbtorg Stockholm, arbetsmarknadsförvaltningen');
    await form.getByLabel('Kontaktperson').fill('Anna Lind');
    await form.getByLabel('Telefon').fill('ring mig');
    await form.getByRole('button', { name: 'Spara enhet' }).click();
    await page.locator('[name="supportContact.phone"][aria-invalid="true"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Telefon').fill('08-508 00 508');
    await form.getByRole('button', { name: 'Spara enhet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arbetsmarknadsnämnden' }).waitFor();
    await page.getByText('Arbetsmarknadsnämnden är sparad.').waitFor();
    expect(await page.getByLabel('Telefon').inputValue()).toBe('08-508 00 508');
  });

  it('uploads the letterhead and shows it as the documents will print it', async () => {
    const { page } = b;
    const letterhead = page.getByRole('region', { name: 'Brevhuvud' });
    await letterhead.getByText('Inget brevhuvud').waitFor();
    await letterhead.getByLabel('Bildfil (PNG eller JPEG)').setInputFiles({ name: 'logga.png', mimeType: 'image/png', buffer: pngImage(600, 160) });
    await letterhead.getByRole('button', { name: 'Ladda upp brevhuvud' }).click();
    await page.getByText('Brevhuvudet är sparat.').waitFor();
    await page.getByRole('img', { name: 'Brevhuvud för Arbetsmarknadsnämnden' }).waitFor();
    await page.getByText(/600 × 160 bildpunkter/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'officer-contracting-unit');
  });

  it('downloads the procurement’s annex as a Word document with that letterhead', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/#/procurements/${procurement.id}`);
    await page.getByRole('heading', { level: 1, name: /AMN 2026-0301/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner Word-bilaga (svenska)' }).click()]);
    expect(download.suggestedFilename()).toBe('AMN_2026-0301-sociala-klausuler.docx');
    const docx = readFileSync(await download.path());
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect((await docxParts(docx)).filter((part) => part.startsWith('word/media/'))).toHaveLength(1);
  });
});
