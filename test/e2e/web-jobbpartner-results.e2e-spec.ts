import { Role } from '../../src/auth/role';
import { BrowserSession, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { createSupplier, orgNumber } from '../support/factories';
import { insertPactMember, linkSupplierToMember } from '../support/results-factories';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(120_000);

/**
 * The pact office's dashboard shows the Jobbpartner measures and the matching figures: one member's
 * vacancy (an internship, 2025-03-03) with a young newcomer hired (offered 03-10, started 04-01,
 * recorded 03-13: 10 days) and one declined, and one recruitment event.
 */
describe('Web interface, pact office: the Jobbpartner measures and matching figures on the dashboard', () => {
  let t: TestApp;
  let b: BrowserSession;

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const supplier = (await createSupplier(t, { name: 'Alfa Städ AB', orgNumber: orgNumber(61) })).id;
    const member = await insertPactMember(ds, 'Stockholmsgruppen AB', orgNumber(62));
    await linkSupplierToMember(ds, member, supplier);
    await ds.query(
      `INSERT INTO letter_of_intent (member_id, version, signed_on, valid_from, valid_to, activities, created_by)
       VALUES ($1, 1, '2025-02-01', '2025-02-01', '2027-02-01', '{JOB_PARTNER}', 'test')`,
      [member],
    );
    const [vacancy] = await ds.query(
      `INSERT INTO vacancy (supplier_id, title, kind, positions, working_time_percent, start_date, district, target_groups,
         referral_deadline, created_by, created_on)
       VALUES ($1, 'Lokalvårdare, praktik', 'INTERNSHIP', 2, 100, '2025-04-01', 'Kista', '{NEWCOMER}', '2025-03-20', 'test', '2025-03-03') RETURNING id`,
      [supplier],
    );
    await ds.query(
      `INSERT INTO referral (vacancy_id, code, target_group, gender, age_band, establishment_programme, referred_on, referred_by,
         outcome, offered_on, hired_start_date, hired_working_time_percent, not_hired_reason, not_hired_on, outcome_at, hired_on)
       VALUES ($1, 'JT-WEB1-AAAA', 'NEWCOMER', 'WOMAN', '20-24', false, '2025-03-05', 'test', 'HIRED', '2025-03-10', '2025-04-01', 100, NULL, NULL, '2025-03-13T10:00:00+01:00', '2025-03-13'),
              ($1, 'JT-WEB2-AAAA', 'NEWCOMER', 'MAN', '30-49', true, '2025-03-05', 'test', 'NOT_HIRED', NULL, NULL, NULL, 'CANDIDATE_DECLINED', '2025-03-12', NULL, NULL)`,
      [vacancy.id],
    );
    await t.http.post('/api/recruitment-events').set('Authorization', t.auth(Role.PactOffice)).send({
      heldOn: '2025-03-20', title: 'Mässa', organiser: 'Jobbtorg Stockholm', supplierIds: [supplier], pactMemberIds: [],
      attendance: [{ gender: 'WOMAN', ageBand: '20-24', attendees: 4 }, { gender: 'MAN', ageBand: '30-49', attendees: 2 }],
      interviews: 3, offers: 2, hires: 1,
    }).expect(201);
    b = await openBrowser(t);
  });
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('shows the measures table, the figures and the member and unit tables', async () => {
    const { page, baseUrl } = b;
    await signIn(page, baseUrl, t.token(Role.PactOffice));
    await page.getByRole('heading', { level: 1, name: 'Integrationspaktens resultat' }).waitFor();
    await page.getByLabel('Från och med').fill('2025-01-01');
    await page.getByLabel('Till och med').fill('2025-12-31');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/from=2025/);
    const measures = page.getByRole('table', { name: 'Jobbpartnerskapets mått' });
    await measures.waitFor();
    // Measure, offered, filled, filled women, men, 16–29, 30+, in the programme.
    expect(await measures.getByRole('row', { name: /unga nyanlända/ }).first().locator('td, th').allTextContents()).toEqual([
      'Praktikplatser till unga nyanlända (16–29 år)', '1', '1', '1', '0', '1', '0', '0',
    ]);
    const section = page.getByRole('region', { name: 'Jobbpartner och matchning' });
    const facts = Object.fromEntries(
      await section.locator('dl.facts').evaluate((dl) => {
        const terms = [...dl.querySelectorAll('dt')].map((d) => d.textContent ?? '');
        const values = [...dl.querySelectorAll('dd')].map((d) => d.textContent ?? '');
        return terms.map((term, i) => [term, values[i]]);
      }),
    );
    expect(facts).toMatchObject({
      'Tecknade Jobbpartnerskap': '1',
      Rekryteringstillfällen: '1',
      'Deltagare vid rekryteringstillfällen': '6 (Kvinna 4, Man 2)',
      'Annonserade lediga jobb': '1 med 2 platser',
      'Anvisade kandidater': '2 anvisade, 0 intervjuade, 1 erbjudna, 1 anställda, 1 ej anställda',
      'Skäl till att inte anställa': 'Kandidaten tackade nej 1',
      'Dagar från annons till anställning': 'median 10 dagar, medelvärde 10 dagar',
    });
    const members = page.getByRole('table', { name: 'Matchning per medlem i integrationspakten' });
    expect(await members.getByRole('row', { name: /Stockholmsgruppen/ }).locator('td, th').allTextContents()).toEqual([
      'Stockholmsgruppen AB', 'Ja', '1', '2', '1', '1', '1',
    ]);
    const units = page.getByRole('table', { name: 'Matchning per upphandlande enhet' });
    expect(await units.getByRole('row', { name: /Ingen enhet/ }).locator('td, th').allTextContents()).toEqual([
      'Ingen enhet (inte knuten till avtal)', '1', '2', '1', '1',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'pact-office-jobbpartner');
  });
});
