import { pdfText } from '../support/documents';
import { Page } from 'playwright-core';
import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createSupplier, orgNumber } from '../support/factories';
import { dialogueClause } from '../support/procurement-factories';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, PLACEMENTS_CLAUSE_WITH_PENALTY, reportEndedPlacement } from '../support/web-factories';

jest.setTimeout(180_000);

const MISSING = 'Av de 12 heltidsmånader anställning som skulle ha påbörjats senast kontraktsmånad 6 har 5,5 redovisats.';
const CLAUSE_LINK = /Klausul 1\. Sysselsättningskrav/;

/** Today in Stockholm plus some days, YYYY-MM-DD. */
function stockholmDate(plusDays: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().slice(0, 10);
}

/** A date as the Swedish pages write it, e.g. "16 dec. 2026". */
const inSwedish = (iso: string): string => new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeZone: 'Europe/Stockholm' }).format(new Date(`${iso}T12:00:00Z`));

describe('Web interface, breach handling: remedy request → recovery plan → penalty decision', () => {
  let t: TestApp;
  let b: BrowserSession;
  let supplierPage: Page;
  let pactOfficePage: Page;
  let contract: Awaited<ReturnType<typeof awardedPlacementsContract>>;
  let clauseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    contract = await awardedPlacementsContract(t, 1, [PLACEMENTS_CLAUSE_WITH_PENALTY]);
    // The line requires 12 full-time months, due in contract month 6 (five months ago). Delivered:
    // 4 whole months at 100 % = 4, and 3 whole months at 50 % = 1.5; together 5.5.
    await reportEndedPlacement(t, contract, { reference: 'SSAB-R-001', fromMonth: -10, months: 4, workingTimePercent: 100 });
    await reportEndedPlacement(t, contract, { reference: 'SSAB-R-002', fromMonth: -9, months: 3, workingTimePercent: 50 });
    b = await openBrowser(t);
    supplierPage = await b.newPage();
    pactOfficePage = await b.newPage();
    clauseUrl = `${b.baseUrl}/#/contracts/${contract.contractId}/clauses/${contract.clauseId}`;
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('the officer requests a remedy on the clause page, the due date prefilled from the clause’s 30 days', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Officer));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click();
    await page.getByRole('link', { name: CLAUSE_LINK }).click();
    const breaches = page.getByRole('region', { name: 'Rättelse och vite' });
    await breaches.getByText(/Vite 20\s000 kr per saknad heltidsmånad, högst 300\s000 kr sammanlagt/).waitFor();
    expect(await breaches.getByLabel('Rättelse senast').inputValue()).toBe(stockholmDate(30));
    await breaches.getByRole('button', { name: 'Begär rättelse' }).click();
    await breaches.getByLabel('Vad som saknas').and(page.locator('[aria-invalid="true"]')).waitFor();

    await breaches.getByLabel('Vad som saknas').fill(MISSING);
    await breaches.getByLabel('Rättelse senast').fill(stockholmDate(14));
    await breaches.getByRole('button', { name: 'Begär rättelse' }).click();
    await page.getByText('Begäran om rättelse är registrerad.', { exact: false }).waitFor();
    const request = page.getByRole('article', { name: /Begäran om rättelse/ });
    expect(await request.locator('.badge').textContent()).toBe('Öppen');
    await request.getByText(MISSING).waitFor();
    await request.getByText(/Beslut om vite kan fattas från och med/).waitFor();
    expect(await breaches.getByRole('button', { name: 'Begär rättelse' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-officer-requested');
  });

  it('the supplier sees the request on its contracts page and answers with a recovery plan', async () => {
    const page = supplierPage;
    await signIn(page, b.baseUrl, t.token(Role.Supplier, contract.supplierId));
    const open = page.getByRole('region', { name: 'Begäran om rättelse att svara på (1)' });
    const row = open.getByRole('row', { name: CLAUSE_LINK });
    await row.getByText(MISSING).waitFor();
    await row.getByText('Ingen åtgärdsplan ännu.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-supplier-contracts');

    await row.getByRole('link', { name: CLAUSE_LINK }).click();
    const request = page.getByRole('article', { name: /Begäran om rättelse/ });
    await request.getByText(/Beställaren begär att ni rättar bristen senast/).waitFor();
    await request.getByLabel('Åtgärder').fill('Två anställningar på heltid via Jobbtorg Stockholm från nästa månad; handledare utsedd.');
    await request.getByLabel('Enligt plan igen senast').fill(stockholmDate(60));
    await request.getByRole('button', { name: 'Lämna åtgärdsplan' }).click();
    await page.getByText('Åtgärdsplanen är inlämnad.').waitFor();
    await page.getByRole('article', { name: /Begäran om rättelse/ }).getByText(/Två anställningar på heltid via Jobbtorg/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-supplier-plan');
  });

  it('the pact office sees the open request on the follow-up lists with its due date', async () => {
    const page = pactOfficePage;
    await signIn(page, b.baseUrl, t.token(Role.PactOffice));
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppföljning' }).click();
    const open = page.getByRole('region', { name: 'Öppna begäranden om rättelse (1)' });
    await open.getByRole('row', { name: CLAUSE_LINK }).getByText('Städ & Service 1 AB').waitFor();
    await open.getByRole('row', { name: CLAUSE_LINK }).getByText(inSwedish(stockholmDate(14))).waitFor();
    const behind = page.getByRole('region', { name: 'Klausuler med risk eller ej uppfyllda (1)' }).getByRole('row', { name: /AMN 2026-0101/ });
    // The due date, before the last column (when a reminder about the clause went out).
    expect(await behind.getByRole('cell').nth(-2).textContent()).toBe(inSwedish(stockholmDate(14)));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-pact-office-lists');
  });

  it('after the due date the officer sees the calculation; a waiver needs a motivation; the penalty is decided', async () => {
    const { page } = b;
    // The remedy period runs out: the request is moved back in time, as if made 31 days ago.
    await t.dataSource.query(
      `UPDATE remedy_request SET due_date = due_date - 15, requested_at = requested_at - interval '31 days' WHERE contract_id = $1`,
      [contract.contractId],
    );
    await page.goto(clauseUrl);
    await page.reload();
    const request = page.getByRole('article', { name: /Begäran om rättelse/ });
    await request.getByText('rättelsetiden har gått ut').waitFor();
    await request.getByText(/Två anställningar på heltid via Jobbtorg/).waitFor();
    // By hand: 12 required − 5.5 delivered = 6.5 missing full-time months × 20 000 kr = 130 000 kr,
    // under the cap of 300 000 kr with nothing decided before.
    const calculation = request.locator('.calculation');
    await calculation.getByText(/6,5 saknade heltidsmånader × 20\s000 kr = 130\s000 kr/).waitFor();
    expect(await calculation.locator('.amount').textContent()).toMatch(/^130\s000 kr$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-officer-calculation');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    const inEnglish = page.getByRole('region', { name: 'Remedy and penalty' }).locator('.calculation');
    await inEnglish.getByText(/6\.5 missing full-time months × SEK 20,000 = SEK 130,000/).waitFor();
    await inEnglish.getByRole('table', { name: /Calculation as of/ }).getByRole('row', { name: /Line 1: employment/i }).waitFor();
    await page.getByRole('button', { name: 'Byt till svenska' }).click();
    await calculation.getByText(/6,5 saknade heltidsmånader/).waitFor();

    await request.getByRole('button', { name: 'Avstå från vite' }).click();
    await request.getByText('Skriv varför ni avstår från vite.').first().waitFor();

    await request.getByLabel('Motivering').fill('Bristen är inte rättad inom rättelsetiden och åtgärdsplanen kommer för sent.');
    await request.getByRole('button', { name: 'Besluta vite' }).click();
    await page.getByText(/Vite om 130\s000 kr är beslutat\./).waitFor();
    const decided = page.getByRole('article', { name: /Begäran om rättelse/ });
    expect(await decided.locator('h3 .badge').textContent()).toBe('Beslutad');
    expect(await decided.locator('.breach-decision .amount').textContent()).toMatch(/^130\s000 kr$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-officer-decided');

    const [download] = await Promise.all([page.waitForEvent('download'), decided.getByRole('button', { name: 'Beslut (PDF, svenska)' }).click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(pdfText(Buffer.concat(chunks), ['-layout'])).toMatch(/130\s000/);
  });

  it('the supplier sees the decision on the clause and on its contracts page', async () => {
    const page = supplierPage;
    await page.goto(clauseUrl);
    await page.reload();
    const request = page.getByRole('article', { name: /Begäran om rättelse/ });
    expect(await request.locator('h3 .badge').textContent()).toBe('Beslutad');
    expect(await request.locator('.breach-decision .amount').textContent()).toMatch(/^130\s000 kr$/);
    expect(await request.getByRole('button', { name: 'Lämna åtgärdsplan' }).count()).toBe(0);
    await request.getByRole('button', { name: 'Beslut (PDF, engelska)' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('article', { name: /Remedy request/ }).getByText(/^6\.5 missing full-time months × SEK 20,000 = SEK 130,000/).waitFor();
    await page.getByRole('button', { name: 'Byt till svenska' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-supplier-decision');

    await page.setViewportSize({ width: 375, height: 740 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-supplier-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Avtal' }).click();
    await page.getByRole('row', { name: CLAUSE_LINK }).getByText(/Vite 130\s000 kr beslutat/).waitFor();
    expect(await page.getByRole('region', { name: /Begäran om rättelse att svara på/ }).count()).toBe(0);
  });

  it('the pact office finds the decided request by status on the remedy-request list, and the penalty in the results', async () => {
    const page = pactOfficePage;
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rättelse och vite' }).click();
    await page.getByRole('region', { name: 'Begäranden: öppen (0)' }).waitFor();
    await page.getByLabel('Visa begäranden som är').selectOption('DECIDED');
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    const row = page.getByRole('region', { name: 'Begäranden: beslutad (1)' }).getByRole('row', { name: CLAUSE_LINK });
    await row.getByText(/Vite 130\s000 kr/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-pact-office-decided');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Resultat' }).click();
    const penalties = page.getByRole('region', { name: 'Rättelse och vite' });
    await penalties.locator('dd').first().waitFor();
    expect(await penalties.locator('dd').allTextContents()).toEqual(['1', '1', '0', expect.stringMatching(/^130\s000 kr$/)]);
  });

  it('another supplier cannot open the clause page', async () => {
    const other = await createSupplier(t, { orgNumber: orgNumber(900), name: 'Annan Leverantör AB' });
    const page = await b.newPage();
    await signIn(page, b.baseUrl, t.token(Role.Supplier, other.id));
    await page.goto(clauseUrl);
    await page.getByRole('heading', { level: 1, name: 'Något gick fel' }).waitFor();
    expect(await page.getByText(MISSING).count()).toBe(0);
  });

  it('on a clause without penalty terms the officer can only waive, with a motivation; a later request is withdrawn', async () => {
    const { page } = b;
    const dialogue = await awardedPlacementsContract(t, 2, [dialogueClause()]);
    await page.goto(`${b.baseUrl}/#/contracts/${dialogue.contractId}/clauses/${dialogue.clauseId}`);
    const breaches = page.getByRole('region', { name: 'Rättelse och vite' });
    await breaches.getByText(/Klausulen anger inget vite/).first().waitFor();
    await breaches.getByLabel('Vad som saknas').fill('Inget dialogmöte har hållits.');
    await breaches.getByRole('button', { name: 'Begär rättelse' }).click();
    await page.getByText('Begäran om rättelse är registrerad.', { exact: false }).waitFor();
    await t.dataSource.query(`UPDATE remedy_request SET due_date = due_date - 31 WHERE contract_id = $1`, [dialogue.contractId]);
    await page.reload();

    const request = page.getByRole('article', { name: /Begäran om rättelse/ });
    await request.getByText(/Klausulen anger inget vite. Ni kan avstå här/).waitFor();
    expect(await request.getByRole('button', { name: 'Besluta vite' }).count()).toBe(0);
    await request.getByLabel('Motivering').fill('Mötet hölls en vecka efter rättelsetiden; bristen är rättad.');
    await request.getByRole('button', { name: 'Avstå från vite' }).click();
    await page.getByText('Beslutat att avstå från vite.').waitFor();
    expect(await page.getByRole('article', { name: /Begäran om rättelse/ }).locator('h3 .badge').textContent()).toBe('Beslutad');

    await breaches.getByLabel('Vad som saknas').fill('Uppföljningsmötet saknas.');
    await breaches.getByRole('button', { name: 'Begär rättelse' }).click();
    await page.getByText('Begäran om rättelse är registrerad.', { exact: false }).waitFor();
    const second = page.getByRole('article', { name: /Begäran om rättelse/ }).filter({ hasText: 'Uppföljningsmötet saknas.' });
    await second.locator('summary', { hasText: 'Återkalla begäran' }).click();
    await second.getByLabel('Skäl').fill('Mötet var hållet men inte rapporterat.');
    await second.getByRole('button', { name: 'Återkalla begäran' }).click();
    await page.getByText('Begäran om rättelse är återkallad.').waitFor();
    const withdrawn = page.getByRole('article', { name: /Begäran om rättelse/ }).filter({ hasText: 'Uppföljningsmötet saknas.' });
    expect(await withdrawn.locator('h3 .badge').textContent()).toBe('Återkallad');
    await withdrawn.getByText('Mötet var hållet men inte rapporterat.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'breaches-officer-waived-withdrawn');
  });
});
