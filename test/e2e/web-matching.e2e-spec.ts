import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createLetter, createMember } from '../support/pact-members-factories';
import { createTestApp, TestApp } from '../support/test-app';
import { awardedPlacementsContract, monthsFromToday } from '../support/web-factories';

jest.setTimeout(120_000);

const CODE = /^JT-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/;

/**
 * The matching in the browser: the matcher finds a supplier's vacancy on the board and refers a
 * candidate (the code shown to hand over), the supplier records the hire on its contract's vacancy,
 * and the hire appears on the clause as a placement whose target group the city attested.
 */
describe('Web interface, matching: the matcher refers, the supplier records the hire', () => {
  let t: TestApp;
  let b: BrowserSession;
  let contract: Awaited<ReturnType<typeof awardedPlacementsContract>>;
  let code = '';

  beforeAll(async () => {
    t = await createTestApp();
    contract = await awardedPlacementsContract(t);
    const res = await t.http.post('/api/vacancies').set('Authorization', t.auth(Role.Supplier, contract.supplierId)).send({
      title: 'Lokalvårdare kvällstid', kind: 'EMPLOYMENT', positions: 2, workingTimePercent: 100, lengthMonths: 12,
      startDate: monthsFromToday(1), district: 'Rinkeby-Kista', targetGroups: ['NEWCOMER', 'FOREIGN_BORN_WOMEN'],
      referralDeadline: monthsFromToday(1), contractId: contract.contractId, clauseId: contract.clauseId,
    });
    if (res.status !== 201) throw new Error(`vacancy: ${res.status} ${JSON.stringify(res.body)}`);
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('shows the matcher the open vacancy on its board, filters kept in the address', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Matcher));
    await page.getByRole('heading', { level: 1, name: 'Lediga jobb att anvisa till' }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link');
    expect(await menu.allTextContents()).toEqual(['Matchning', 'Utfall att följa', 'Rekryteringstillfällen']);
    const row = page.getByRole('row', { name: /Lokalvårdare kvällstid/ });
    await row.getByText('Städ & Service 1 AB').waitFor();
    await row.getByText('2 av 2').waitFor();
    await row.getByText('Nyanlända, Utrikes födda kvinnor').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Målgrupper').selectOption('YOUTH');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByText('Inga träffar.').waitFor();
    expect(page.url()).toContain('#/vacancies?targetGroup=YOUTH');
    await page.getByLabel('Målgrupper').selectOption('NEWCOMER');
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByRole('link', { name: 'Lokalvårdare kvällstid' }).click();
    await page.getByRole('heading', { level: 1, name: /Lokalvårdare kvällstid/ }).waitFor();
  });

  it('refers a candidate and shows the code to hand over, never asking for a name', async () => {
    const { page } = b;
    const refer = page.getByRole('region', { name: 'Anvisa kandidat' });
    expect(await refer.getByRole('textbox').count()).toBe(0);
    await refer.getByLabel('Målgrupp').selectOption('NEWCOMER');
    await refer.getByLabel('Kön').selectOption('WOMAN');
    await refer.getByLabel('Åldersgrupp').selectOption('25-29');
    await refer.getByLabel('Personen deltar i etableringsprogrammet').check();
    await refer.getByRole('button', { name: 'Anvisa och skapa kod' }).click();
    const box = page.getByRole('region', { name: 'Kandidatens kod' });
    await box.waitFor();
    code = (await box.locator('.code').textContent())?.trim() ?? '';
    expect(code).toMatch(CODE);
    await box.getByText('Ge koden till kandidaten; namn och personnummer lämnas aldrig här.').waitFor();
    await page.getByRole('region', { name: 'Anvisningar' }).getByRole('row', { name: new RegExp(code) }).getByText('Nyanlända (intygad av staden)').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'matcher-referral-code');

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utfall att följa' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anvisningar som väntar på utfall' }).waitFor();
    await page.getByRole('row', { name: new RegExp(code) }).getByText('Anvisad').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('lets the supplier record the hire on its contract’s vacancy, and shows the placement as attested', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.Supplier, contract.supplierId));
    await page.getByRole('heading', { level: 3, name: 'Lediga jobb och anvisningar' }).waitFor();
    await page.getByRole('row', { name: /Lokalvårdare kvällstid/ }).getByRole('link').click();
    await page.getByText(`Registrera utfall för ${code}`).click();
    const form = page.locator('form.outcome');
    await form.getByLabel('Vad har hänt?').selectOption('HIRED');
    await form.getByRole('button', { name: 'Spara utfallet' }).click();
    await form.locator('[name="startDate"][aria-invalid="true"]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await form.getByLabel('Startdatum').fill(monthsFromToday(1));
    await form.getByLabel('Slutdatum enligt avtal').fill(monthsFromToday(13));
    await form.getByRole('button', { name: 'Spara utfallet' }).click();
    await page.getByText(`${code} är anställd.`, { exact: false }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(code) });
    await row.getByText('Anställd').waitFor();
    await row.getByRole('link', { name: 'Visa platsen på klausulen' }).click();
    await page.getByRole('region', { name: 'Rapporterade platser' }).getByRole('row', { name: new RegExp(code) })
      .getByText('Målgrupp intygad av staden').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'supplier-hire-attested');
  });

  it('lets the supplier post a vacancy from its contract, tied to the placements clause', async () => {
    const { page, baseUrl } = b;
    await page.goto(`${baseUrl}/#/contracts`);
    await page.getByRole('link', { name: 'Anmäl ledigt jobb' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmäl ledigt jobb' }).waitFor();
    await page.getByLabel('Jobbets titel').fill('Vaktmästare');
    await page.getByLabel('Startdatum').fill(monthsFromToday(2));
    await page.getByLabel('Sista dag att anvisa').fill(monthsFromToday(1));
    await page.getByLabel('Stadsdel eller ort').fill('Skärholmen');
    await page.getByRole('checkbox', { name: 'Nyanlända' }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Anmäl jobbet' }).click();
    await page.getByText('Jobbet är anmält till stadens matchning.').waitFor();
    await page.getByRole('heading', { level: 1, name: /Vaktmästare/ }).waitFor();
    await page.getByText('Sysselsättningskrav').waitFor();
  });

  it('lets the pact office register a pact member’s vacancy and record a recruitment event', async () => {
    const { page, baseUrl } = b;
    await createLetter(t, (await createMember(t, { name: 'Bygg & Fastighet Stockholm AB' })).id);
    await signIn(page, baseUrl, t.token(Role.PactOffice));
    await page.goto(`${baseUrl}/#/vacancies`);
    await page.getByRole('link', { name: 'Registrera ledigt jobb för en paktmedlem' }).click();
    await page.getByLabel('Paktmedlem (Jobbpartner)').selectOption({ label: 'Bygg & Fastighet Stockholm AB' });
    await page.getByLabel('Jobbets titel').fill('Snickarlärling');
    await page.getByLabel('Slag av plats').selectOption('APL');
    await page.getByLabel('Startdatum').fill(monthsFromToday(2));
    await page.getByLabel('Sista dag att anvisa').fill(monthsFromToday(1));
    await page.getByLabel('Stadsdel eller ort').fill('Hässelby-Vällingby');
    await page.getByRole('checkbox', { name: 'Nyanlända' }).check();
    await page.getByRole('button', { name: 'Anmäl jobbet' }).click();
    await page.getByRole('heading', { level: 1, name: /Snickarlärling/ }).waitFor();

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rekryteringstillfällen' }).click();
    const form = page.getByRole('region', { name: 'Registrera ett rekryteringstillfälle' });
    await form.getByLabel('Datum').fill(monthsFromToday(0));
    await form.getByLabel('Rubrik').fill('Rekryteringsmässa bygg');
    await form.getByRole('checkbox', { name: 'Städ & Service 1 AB' }).check();
    await form.getByRole('checkbox', { name: 'Bygg & Fastighet Stockholm AB' }).check();
    await form.getByLabel('Kön').selectOption('WOMAN');
    await form.getByLabel('Åldersgrupp').selectOption('20-24');
    await form.getByLabel('Deltagande kandidater').fill('12');
    await form.getByLabel('Intervjuer').fill('5');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Spara tillfället' }).click();
    await page.getByText('Rekryteringstillfället är sparat.').waitFor();
    const row = page.getByRole('row', { name: /Rekryteringsmässa bygg/ });
    await row.getByText('Städ & Service 1 AB, Bygg & Fastighet Stockholm AB').waitFor();
    await row.getByText('Intervjuer 5, erbjudanden 0, anställda 0').waitFor();
  });
});
