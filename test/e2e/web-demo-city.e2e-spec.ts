import { Role } from '../../src/auth/role';
import { todayInStockholm } from '../../src/common/calendar';
import { BrowserSession, openBrowser, openSignInLink, seriousViolations } from '../support/browser';
import { runCli } from '../support/cli';
import { createTestApp, TestApp } from '../support/test-app';

jest.setTimeout(240_000);

const values = async (t: TestApp, sql: string): Promise<string[]> => (await t.dataSource.query(sql)).map((row: { v: string }) => String(row.v));

describe('The demo city: npm run cli -- demo-data on a fresh database, walked through as each demo role', () => {
  let t: TestApp;
  let printed: string[];
  let links: Map<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    printed = await runCli(t, ['demo-data']);
    // Each user's line names the role and address; the link follows on the next line.
    links = new Map(printed.flatMap((line, i) => {
      const who = /^\s+(\w+)\s+.*<(.+)>$/.exec(line);
      return who ? [[who[2], printed[i + 1].trim()]] : [];
    }));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('builds contracts in every follow-up status, every clause type published, procurements at every stage', async () => {
    expect(printed[0]).toMatch(/^Built the demo city as of \d{4}-\d{2}-\d{2}: 6 contracting units, 12 suppliers, 25 procurements, 10 awarded contracts.*, 6 pact members, 5 vacancies with 11 referrals, 2 recruitment events$/);
    expect(await values(t, `SELECT DISTINCT status::text AS v FROM clause_outcome ORDER BY 1`)).toEqual(['AT_RISK', 'FULFILLED', 'NOT_FULFILLED', 'NOT_STARTED', 'ON_TRACK']);
    // A contract's status is its most severe clause's (NOT_STARTED before its start): each occurs.
    const contractStatuses = await values(t, `
      SELECT DISTINCT CASE WHEN bool_or(status = 'NOT_STARTED') THEN 'NOT_STARTED' WHEN bool_or(status = 'NOT_FULFILLED') THEN 'NOT_FULFILLED'
        WHEN bool_or(status = 'AT_RISK') THEN 'AT_RISK' WHEN bool_and(status = 'FULFILLED') THEN 'FULFILLED' ELSE 'ON_TRACK' END AS v
      FROM clause_outcome GROUP BY contract_id ORDER BY 1`);
    expect(contractStatuses).toEqual(['AT_RISK', 'FULFILLED', 'NOT_FULFILLED', 'NOT_STARTED', 'ON_TRACK']);
    expect(await values(t, `SELECT DISTINCT c.type::text AS v FROM clause c JOIN clause_version v ON v.clause_id = c.id WHERE v.published_at IS NOT NULL ORDER BY 1`))
      .toEqual(['DIALOGUE', 'INTEGRATION_INITIATIVE', 'PLACEMENTS']);
    expect(await values(t, `SELECT DISTINCT status::text AS v FROM procurement ORDER BY 1`)).toEqual(['AWARDED', 'CANCELLED', 'COMPLETED', 'DRAFT', 'PUBLISHED']);
    expect(Number((await values(t, `SELECT count(*) AS v FROM procurement p WHERE status = 'DRAFT' AND EXISTS (SELECT 1 FROM screening_decision d WHERE d.procurement_id = p.id)`))[0]))
      .toBeGreaterThan(0);
    const units = await t.http.get('/api/contracting-units?limit=100').set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(units.body.items).toHaveLength(6);
    expect(units.body.items.every((u: { letterhead: unknown }) => u.letterhead !== null)).toBe(true);
  });

  it('has reports verified, questioned with reasons, pending and withdrawn, and remedy requests open, overdue and decided with a penalty', async () => {
    const today = todayInStockholm();
    const reports = await values(t, `
      SELECT DISTINCT verification_status || CASE WHEN withdrawal_kind IS NULL THEN '' ELSE '+withdrawn' END AS v FROM (
        SELECT verification_status, withdrawal_kind FROM placement UNION ALL SELECT verification_status, withdrawal_kind FROM dialogue_meeting
        UNION ALL SELECT verification_status, withdrawal_kind FROM initiative_progress) r ORDER BY 1`);
    expect(reports).toEqual(expect.arrayContaining(['ACCEPTED', 'PENDING', 'PENDING+withdrawn', 'QUESTIONED']));
    expect(await values(t, `SELECT count(*) AS v FROM placement WHERE verification_status = 'QUESTIONED' AND verification_reason <> ''`)).not.toEqual(['0']);
    const remedies = await values(t, `
      SELECT DISTINCT CASE WHEN r.status <> 'OPEN' THEN r.status || ':' || d.outcome WHEN r.due_date < '${today}' THEN 'OVERDUE' ELSE 'OPEN' END AS v
      FROM remedy_request r LEFT JOIN breach_decision d ON d.remedy_request_id = r.id ORDER BY 1`);
    expect(remedies).toEqual(['DECIDED:PENALTY', 'OPEN', 'OVERDUE']);
  });

  it('has pact members with active, expiring and expired letters, check-ins, demo users of every role and the reminders of the day', async () => {
    const members = await t.http.get('/api/pact-members?limit=100').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(new Set(members.body.items.map((m: { status: string }) => m.status))).toEqual(new Set(['ACTIVE', 'EXPIRING', 'EXPIRED']));
    expect(Number((await values(t, `SELECT count(*) AS v FROM check_in`))[0])).toBeGreaterThan(0);
    expect(await values(t, `SELECT role AS v FROM user_account ORDER BY 1`)).toEqual(['admin', 'matcher', 'officer', 'pact_office', 'supplier', 'supplier']);
    expect(links.size).toBe(6);
    expect(await values(t, `SELECT DISTINCT kind AS v FROM notification WHERE kind IN ('REPORT_OVERDUE', 'LETTER_EXPIRING', 'REMEDY_OVERDUE') ORDER BY 1`))
      .toEqual(['LETTER_EXPIRING', 'REMEDY_OVERDUE', 'REPORT_OVERDUE']);
    // The whole output, so that a failure names each text found (table, column, row; never the value).
    expect(await runCli(t, ['personal-data', 'scan'])).toEqual(['0 stored texts hold a personal identity number']);
  });

  it('has the matching at every stage: vacancies open, past their deadline, filled and closed, referrals at every outcome, a hire as an attested placement', async () => {
    const today = todayInStockholm();
    const vacancies = await values(t, `
      SELECT DISTINCT status || CASE WHEN status = 'OPEN' AND referral_deadline < '${today}' THEN ':deadline passed' ELSE '' END
        || CASE WHEN supplier_id IS NULL THEN ':jobbpartner' WHEN clause_id IS NULL THEN ':untied' ELSE ':clause' END AS v FROM vacancy ORDER BY 1`);
    expect(vacancies).toEqual(['CLOSED:jobbpartner', 'FILLED:clause', 'OPEN:clause', 'OPEN:deadline passed:clause', 'OPEN:jobbpartner']);
    expect(await values(t, `SELECT count(DISTINCT supplier_id) AS v FROM vacancy WHERE status = 'OPEN' AND clause_id IS NOT NULL`)).toEqual(['2']);
    const outcomes = await values(t, `SELECT DISTINCT outcome || coalesce(':' || not_hired_reason, '') AS v FROM referral ORDER BY 1`);
    expect(outcomes).toEqual(expect.arrayContaining(['HIRED', 'INTERVIEWED', 'NOT_HIRED:CANDIDATE_DECLINED', 'OFFERED', 'REFERRED']));
    const overdue = await t.http.get('/api/referrals?overdue=true').set('Authorization', t.auth(Role.Matcher)).expect(200);
    expect(overdue.body.total).toBeGreaterThan(0);
    const hired = await values(t, `SELECT p.target_group_attested::text AS v FROM referral r JOIN placement p ON p.referral_id = r.id WHERE r.outcome = 'HIRED'`);
    expect(hired).toEqual(['true']);
    const events = await t.http.get('/api/recruitment-events').set('Authorization', t.auth(Role.Matcher)).expect(200);
    expect(events.body.total).toBe(2);
    expect(await values(t, `SELECT DISTINCT kind AS v FROM notification WHERE kind = 'REFERRAL_OUTCOME_OVERDUE'`)).toEqual(['REFERRAL_OUTCOME_OVERDUE']);
  });

  it('refuses to build the city a second time, saying how to get a new sign-in link', async () => {
    await expect(runCli(t, ['demo-data'])).rejects.toThrow(/already built.*users add --email/);
  });

  describe('in the browser', () => {
    let b: BrowserSession;
    beforeAll(async () => {
      b = await openBrowser(t);
    });
    afterAll(async () => {
      await b?.close();
    });

    it('the supplier signs in with the printed link and sees its contracts in three statuses and a follow-up page with its reports', async () => {
      const page = await b.newPage();
      await openSignInLink(page, b.baseUrl, links.get('hr@soderservice.example')!);
      await page.getByRole('heading', { level: 1, name: 'Mina avtal' }).waitFor();
      for (const status of ['Enligt plan', 'Uppfylld', 'Ej påbörjad']) await page.getByText(status, { exact: true }).first().waitFor();
      await page.getByRole('link', { name: /Sysselsättningskrav/ }).first().click();
      await page.getByRole('heading', { level: 1, name: /Sysselsättningskrav/ }).waitFor();
      expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('the pact office sees questioned and overdue reports and remedy requests on the follow-up page', async () => {
      const page = await b.newPage();
      await openSignInLink(page, b.baseUrl, links.get('kansliet@demo.stockholm.se')!);
      await page.goto(`${b.baseUrl}/#/follow-up`);
      await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
      await page.getByText('Protokollet saknar deltagare från staden; komplettera.').first().waitFor();
      expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(5);
    });

    it('the matcher signs in with the printed link and sees the open vacancies on its board and the overdue outcomes', async () => {
      const page = await b.newPage();
      await openSignInLink(page, b.baseUrl, links.get('matchning@demo.stockholm.se')!);
      await page.getByRole('heading', { level: 1, name: 'Lediga jobb att anvisa till' }).waitFor();
      for (const title of ['Lokalvårdare, kvällsstädning', 'Byggnadsarbetare, underhåll av skollokaler', 'Praktikant inom VA-drift']) {
        await page.getByRole('link', { name: title }).waitFor();
      }
      // Filled and closed vacancies are off the board; the one past its last day for referrals is marked.
      expect(await page.locator('main table tbody tr').count()).toBe(3);
      await page.getByRole('row', { name: /Byggnadsarbetare/ }).getByText('passerad').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utfall att följa' }).click();
      await page.getByRole('heading', { level: 1, name: 'Anvisningar som väntar på utfall' }).waitFor();
      await page.locator('main table tbody tr').first().getByText('försenad').waitFor();
    });

    it('the officer sees every contract and the admin every demo user', async () => {
      const officer = await b.newPage();
      await openSignInLink(officer, b.baseUrl, links.get('handlaggare@demo.stockholm.se')!);
      await officer.goto(`${b.baseUrl}/#/contracts`);
      await officer.getByRole('heading', { level: 1, name: 'Avtal' }).waitFor();
      for (const status of ['Risk', 'Ej uppfylld']) await officer.getByText(status, { exact: true }).first().waitFor();
      const admin = await b.newPage();
      await openSignInLink(admin, b.baseUrl, links.get('admin@demo.stockholm.se')!);
      await admin.goto(`${b.baseUrl}/#/users`);
      await admin.getByText('hr@norrortbygg.example').waitFor();
    });
  });
});
