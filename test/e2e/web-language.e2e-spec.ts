import type { Page } from 'playwright-core';
import { Role } from '../../src/auth/role';
import { todayInStockholm } from '../../src/common/calendar';
import { monthsFromToday } from '../support/procurement-factories';
import { pdfTextOf } from '../support/breach-factories';
import { BrowserSession, openBrowser, signIn } from '../support/browser';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, PLACEMENTS_CLAUSE_WITH_PENALTY, reportEndedPlacement, reportPlacement } from '../support/web-factories';

jest.setTimeout(300_000);

/** Common English words that have no place in a Swedish page (matched as whole words). */
const ENGLISH = [
  'the', 'and', 'of', 'not', 'is', 'are', 'with', 'must', 'has', 'have', 'was', 'been', 'should', 'report', 'reports',
  'placement', 'placements', 'clause', 'clauses', 'due', 'within', 'month', 'months', 'fulfilled', 'required', 'contract',
  'supplier', 'behind', 'track', 'none', 'yet', 'vacancy', 'vacancies', 'referral', 'referrals', 'referred', 'outcome', 'outcomes',
  'hired', 'interviewed', 'candidate', 'deadline', 'event', 'events',
];
/** Common Swedish words that have no place in an English page. */
const SWEDISH = [
  'och', 'av', 'inte', 'är', 'för', 'med', 'ska', 'eller', 'som', 'har', 'till', 'från', 'rapport', 'rapporter', 'inom',
  'månader', 'månad', 'klausul', 'avtal', 'saknas', 'senast', 'uppfylld', 'leverantör', 'plats', 'platser', 'lediga', 'jobb',
  'anvisning', 'anvisningar', 'anvisad', 'utfall', 'kandidat', 'anställd', 'intervju', 'intervjuad', 'målgrupp', 'sista',
  'aviseringar', 'krav', 'upphandling',
];

/** Words of one list found in a text, as whole words, case-insensitively. */
export function foreignWords(text: string, words: string[]): string[] {
  const found = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}_]+/u)) if (words.includes(word)) found.add(word);
  return [...found].sort();
}

/** What people typed in (names, references, motivations) is theirs, in whatever language: left out of the check. */
const USER_DATA = [
  /Städ & Service \d+ AB/g, /Lokalvård \d+/g, /Arbetsmarknadsnämnden/g, /Personalintensiv tjänst över tre år\./g, /AMN 2026-\d+/g,
  /SSAB-\d+/g, /Two placements were not reported in time and the plan is late\./g, /Platser saknas enligt klausulen\./g,
];

async function visibleText(page: Page, path: string): Promise<string> {
  await page.goto(`${page.url().split('#')[0]}#/${path}`);
  await page.locator('main h1').first().waitFor();
  // The page has loaded its data once no "Hämtar …"/"Loading …" placeholder remains.
  await page.waitForFunction("!document.querySelector('main .loading')");
  await page.waitForTimeout(300);
  const text = await page.locator('body').innerText();
  return USER_DATA.reduce((rest, pattern) => rest.replace(pattern, ' '), text);
}

async function setLanguage(page: Page, lang: 'sv' | 'en'): Promise<void> {
  await page.evaluate(`localStorage.setItem('social-clauses.lang', '${lang}')`);
  await page.reload();
  await page.getByRole('navigation').first().waitFor();
}

describe('Web interface and documents: no English in Swedish and no Swedish in English', () => {
  let t: TestApp;
  let b: BrowserSession;
  let contract: Awaited<ReturnType<typeof awardedPlacementsContract>>;
  let behind: Awaited<ReturnType<typeof awardedPlacementsContract>>;
  let breachPath: string;
  let vacancyId: string;

  beforeAll(async () => {
    t = await createTestApp();
    contract = await awardedPlacementsContract(t, 1);
    await reportPlacement(t, contract, 'SSAB-1', 'WOMAN');
    await reportPlacement(t, contract, 'SSAB-2', 'MAN');
    // One accepted, one questioned: the pact office's lists and the supplier's page both have something to say.
    const [first, second] = (await t.http.get(`/api/contracts/${contract.contractId}/clauses/${contract.clauseId}/placements`)
      .set('Authorization', t.auth(Role.PactOffice))).body.items ?? [];
    if (first) await t.http.put(`/api/contracts/${contract.contractId}/reports/placements/${first.id}/verification`)
      .set('Authorization', t.auth(Role.PactOffice)).send({ status: 'ACCEPTED' });
    if (second) await t.http.put(`/api/contracts/${contract.contractId}/reports/placements/${second.id}/verification`)
      .set('Authorization', t.auth(Role.PactOffice)).send({ status: 'QUESTIONED', reason: 'Two placements were not reported in time and the plan is late.' });
    // A contract behind on its placements, with a remedy request: the breach letter and the follow-up lists.
    behind = await awardedPlacementsContract(t, 2, [PLACEMENTS_CLAUSE_WITH_PENALTY]);
    await reportEndedPlacement(t, behind, { reference: 'SSAB-3', fromMonth: -10, months: 3, workingTimePercent: 100 });
    breachPath = `/api/contracts/${behind.contractId}/clauses/${behind.clauseId}/breaches`;
    const breach = await t.http.post(breachPath).set('Authorization', t.auth(Role.Officer)).send({ missing: 'Platser saknas enligt klausulen.', dueDate: monthsFromToday(1) });
    if (breach.status === 201) breachPath = `${breachPath}/${breach.body.id}`;
    // The matching: the supplier's vacancy on the clause, a referral interviewed, and a recruitment event it took part in.
    const vacancy = await t.http.post('/api/vacancies').set('Authorization', t.auth(Role.Supplier, contract.supplierId)).send({
      title: 'Lokalvårdare kvällstid', kind: 'EMPLOYMENT', positions: 2, workingTimePercent: 100, lengthMonths: 12,
      startDate: monthsFromToday(1), district: 'Rinkeby-Kista', targetGroups: ['NEWCOMER'], referralDeadline: monthsFromToday(1),
      contractId: contract.contractId, clauseId: contract.clauseId,
    }).expect(201);
    vacancyId = vacancy.body.id;
    const referral = await t.http.post(`/api/vacancies/${vacancyId}/referrals`).set('Authorization', t.auth(Role.Matcher))
      .send({ targetGroup: 'NEWCOMER', gender: 'WOMAN', ageBand: '25-29', establishmentProgramme: true }).expect(201);
    await t.http.post(`/api/referrals/${referral.body.id}/outcome`).set('Authorization', t.auth(Role.Supplier, contract.supplierId))
      .send({ outcome: 'INTERVIEWED', date: todayInStockholm() }).expect(200);
    await t.http.post('/api/recruitment-events').set('Authorization', t.auth(Role.Matcher)).send({
      heldOn: todayInStockholm(), title: 'Rekryteringsträff i Kista', organiser: 'Jobbtorg Stockholm', supplierIds: [contract.supplierId], pactMemberIds: [],
      attendance: [{ gender: 'WOMAN', ageBand: '25-29', attendees: 4 }], interviews: 2, offers: 1, hires: 0,
    }).expect(201);
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  const pages = (c: { contractId: string; clauseId: string; procurementId: string }): Record<string, string[]> => ({
    officer: ['procurements', `procurements/${c.procurementId}`, 'contracts', `contracts/${c.contractId}/clauses/${c.clauseId}`, 'dashboard'],
    pact_office: ['follow-up', 'dashboard', 'contracts', `contracts/${c.contractId}/clauses/${c.clauseId}`, 'remedy-requests'],
    supplier: ['contracts', `contracts/${c.contractId}/clauses/${c.clauseId}`, `vacancies/${vacancyId}`],
    matcher: ['vacancies', `vacancies/${vacancyId}`, 'referrals', 'recruitment-events'],
  });

  it.each([Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher])('shows %s the main pages in Swedish and in English, each without the other language', async (role) => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(role, role === Role.Supplier ? contract.supplierId : undefined));
    const found: string[] = [];
    for (const lang of ['sv', 'en'] as const) {
      await setLanguage(page, lang);
      for (const path of pages(contract)[role]) {
        const list = lang === 'sv' ? ENGLISH : SWEDISH;
        // Each offending line is named, so the failure says which text is in the wrong language.
        const lines = (await visibleText(page, path)).split('\n').filter((line) => foreignWords(line, list).length);
        for (const line of lines) found.push(`${lang} #/${path}: [${foreignWords(line, list).join(', ')}] ${line.trim().slice(0, 160)}`);
      }
    }
    await setLanguage(page, 'sv');
    expect(found).toEqual([]);
  });

  it('shows a refused form field in the interface’s language', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Supplier, contract.supplierId));
    await page.goto(`${baseUrl}/#/contracts/${contract.contractId}/clauses/${contract.clauseId}`);
    const form = page.getByRole('region', { name: 'Rapportera en plats' });
    await form.getByLabel('Referens').fill('19900101-0017');
    await form.getByLabel('Erbjuden').fill(monthsFromToday(-10));
    await form.getByRole('button', { name: 'Rapportera platsen' }).click();
    const alert = form.getByRole('alert').first();
    await alert.filter({ hasText: /personnummer/ }).waitFor();
    expect(foreignWords(await alert.innerText(), ENGLISH)).toEqual([]);
  });

  it('writes the annex, the annual report and the breach letter in Swedish without English words', async () => {
    const documents = [
      await pdfTextOf(t, `/api/procurements/${contract.procurementId}/annex.pdf`, t.auth(Role.Officer)),
      await pdfTextOf(t, `/api/results/annual-report.pdf?year=${new Date().getFullYear()}`, t.auth(Role.PactOffice)),
      await pdfTextOf(t, `${breachPath}/letter.pdf`, t.auth(Role.Officer)),
    ];
    expect(documents.map((d) => d.status)).toEqual([200, 200, 200]);
    const found = documents.map((d) => foreignWords(USER_DATA.reduce((rest, p) => rest.replace(p, ' '), d.text), ENGLISH));
    expect(found).toEqual([[], [], []]);
  });
});
