import { Role } from '../src/auth/role';
import { ClauseType } from '../src/clauses/clause.types';
import { moveDueDate, requestRemedy } from './support/breach-factories';
import { runCliProcess } from './support/cli';
import { AwardedContract, createAwardedContract, placementsParameters } from './support/followup-factories';
import { startTestSmtpServer, TestSmtpServer } from './support/smtp-server';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, TestUser } from './support/user-factories';

/**
 * One contract's life as the daily run sees it, date by date: `npm run cli -- daily --today …`, in a
 * process of its own as an operator runs it, writes what is due to the outbox and delivers it to a
 * real SMTP server started here. At each date exactly the expected messages arrive — none twice,
 * also when the same day is run again or two runs race — and the stored status changes as the
 * rules say. A second supplier's contract runs alongside: its users hear only of their own.
 */
describe('Reminders through a contract\'s life, by the daily run', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let ours: AwardedContract;
  let theirs: AwardedContract;
  let supplierSv: TestUser;
  let supplierEn: TestUser;
  let otherSupplier: TestUser;
  let officer: TestUser;
  let pactOffice: TestUser;
  let seen = 0;

  const daily = async (today: string, ...flags: string[]): Promise<string> => {
    const run = await runCliProcess(t, ['daily', '--today', today, ...flags], { SMTP_URL: smtp.url });
    if (run.code !== 0) throw new Error(`daily --today ${today} exited ${run.code}:\n${run.stdout}${run.stderr}`);
    return run.stdout;
  };

  /** What reached the SMTP server since the last call, as "KIND → address", sorted. */
  const arrived = async (): Promise<string[]> => {
    const mails = smtp.received.slice(seen);
    seen = smtp.received.length;
    const ids = mails.map((m) => /^<([0-9a-f-]{36})@/.exec(m.messageId)?.[1] ?? '');
    const kinds: { id: string; kind: string }[] = await t.dataSource.query(`SELECT id, kind FROM outbox_message WHERE id = ANY($1::uuid[])`, [ids]);
    return mails.map((m, i) => `${kinds.find((k) => k.id === ids[i])?.kind ?? '?'} → ${m.to.join(',')}`).sort();
  };
  const to = (kind: string, ...users: TestUser[]): string[] => users.map((u) => `${kind} → ${u.email}`);
  const expected = (...lines: string[][]): string[] => lines.flat().sort();
  const statusOf = async (c: AwardedContract): Promise<string> =>
    (await t.dataSource.query(`SELECT status FROM clause_outcome WHERE contract_id = $1`, [c.contractId]))[0].status;
  const mailsTo = (user: TestUser, subjectPart: string) => smtp.to(user.email).filter((m) => m.subject.includes(subjectPart));

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp();
    // Quarterly reports, each due 30 days after its quarter; a placement must be offered within 6 months.
    const clauses = [{ type: ClauseType.Placements, parameters: placementsParameters() }];
    ours = await createAwardedContract(t, { clauses, startDate: '2027-01-01', endDate: '2028-12-31' });
    theirs = await createAwardedContract(t, { clauses, startDate: '2027-01-01', endDate: '2028-12-31' });
    supplierSv = await createUser(t, { supplierId: ours.supplierId, language: 'sv' });
    supplierEn = await createUser(t, { supplierId: ours.supplierId, language: 'en' });
    otherSupplier = await createUser(t, { supplierId: theirs.supplierId });
    officer = await createUser(t, { role: Role.Officer });
    pactOffice = await createUser(t, { role: Role.PactOffice });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends each reminder once, on its date, to those who must act', async () => {
    const suppliers = [supplierSv, supplierEn, otherSupplier];

    // Eight days before the first report is due (2027-04-30): nothing yet.
    await daily('2027-04-22');
    expect(await arrived()).toEqual([]);
    expect(await statusOf(ours)).toBe('ON_TRACK');

    // Seven days before: every user of each supplier, about its own contract, in their language.
    await daily('2027-04-23');
    expect(await arrived()).toEqual(expected(to('REPORT_DUE_SOON', ...suppliers)));
    expect(mailsTo(supplierEn, 'Reminder')).toHaveLength(1);
    const [reference] = (await t.dataSource.query(
      `SELECT p.reference_number FROM contract c JOIN procurement p ON p.id = c.procurement_id WHERE c.id = $1`, [ours.contractId])).map((r: { reference_number: string }) => r.reference_number);
    expect(smtp.to(supplierSv.email)[0].subject).toContain(reference);
    expect(smtp.to(otherSupplier.email)[0].subject).not.toContain(reference);

    // The same day again, by hand with --force: nothing twice.
    expect(await daily('2027-04-23')).toMatch(/nothing done/);
    await daily('2027-04-23', '--force');
    expect(await arrived()).toEqual([]);

    // The day after the due date, two runs racing: the overdue reminders and the weekly digests, once.
    const race = await Promise.all([daily('2027-05-01'), daily('2027-05-01')]);
    // One of the two ran the day; the other found it running or already DONE and did nothing.
    expect(race.join('\n')).toMatch(/already|running|another|nothing done/i);
    expect(await arrived()).toEqual(expected(to('REPORT_OVERDUE', ...suppliers), to('OVERDUE_REPORTS_DIGEST', officer, pactOffice)));

    // A new ISO week (2027-W18): a new digest; the overdue reminder repeats only after 7 days.
    await daily('2027-05-03');
    expect(await arrived()).toEqual(expected(to('OVERDUE_REPORTS_DIGEST', officer, pactOffice)));
    await daily('2027-05-08');
    expect(await arrived()).toEqual(expected(to('REPORT_OVERDUE', ...suppliers)));

    // Our supplier submits the first report (the API takes it only after the period, by the real
    // clock, so it is marked here); the other does not, and keeps being chased.
    await t.dataSource.query(`UPDATE reporting_period SET submitted_at = now() WHERE contract_id = $1 AND number = 1`, [ours.contractId]);
    await daily('2027-05-15');
    expect(await arrived()).toEqual(expected(to('REPORT_OVERDUE', otherSupplier), to('OVERDUE_REPORTS_DIGEST', officer, pactOffice)));

    // The pact office switches clause alerts off; then both clauses turn AT_RISK (nothing offered
    // within the first six months): the suppliers hear it, and the officer once per contract.
    await t.dataSource.query(`UPDATE user_account SET muted_notifications = '{CLAUSE_DEVIATION}' WHERE id = $1`, [pactOffice.id]);
    await t.dataSource.query(`UPDATE reporting_period SET submitted_at = now() WHERE contract_id = $1`, [theirs.contractId]);
    await daily('2027-07-01');
    expect(await statusOf(ours)).toBe('AT_RISK');
    expect(await arrived()).toEqual(expected(to('CLAUSE_AT_RISK', ...suppliers), to('CLAUSE_DEVIATION', officer, officer)));
    // The reasons read in each recipient's language.
    const [atRiskSv] = mailsTo(supplierSv, 'riskerar');
    const [atRiskEn] = mailsTo(supplierEn, 'at risk');
    expect(atRiskSv.text).toContain('- Ingen placering erbjuden eller påbörjad inom 6 månader från avtalets start (senast 2027-06-30)');
    expect(atRiskSv.text).toMatch(/- Anställning: 0 av \d+ heltidsmånader levererade/);
    expect(atRiskEn.text).toContain('- No placement offered or started within 6 months of contract start (by 2027-06-30)');
    expect(atRiskEn.text).not.toMatch(/heltidsmånader|Anställning/);

    // The officer asks our supplier for a remedy (begäran om rättelse), due 2027-07-20. The API
    // refuses a breach before the contract starts by the real clock, so the start is moved back
    // while the officer asks.
    await t.dataSource.query(`UPDATE contract SET start_date = '2026-01-01' WHERE id = $1`, [ours.contractId]);
    const remedy = await requestRemedy(t, ours);
    await t.dataSource.query(`UPDATE contract SET start_date = '2027-01-01' WHERE id = $1`, [ours.contractId]);
    await moveDueDate(t, remedy.id, '2027-07-20');
    await daily('2027-07-15');
    expect(await arrived()).toEqual(expected(to('REMEDY_REQUESTED', supplierSv, supplierEn), to('REMEDY_DUE_SOON', supplierSv, supplierEn)));
    await daily('2027-07-21');
    expect(await arrived()).toEqual(expected(to('REMEDY_OVERDUE', officer, pactOffice)));

    // Nothing ever went out twice, and each message is in its recipient's list too.
    const ids = smtp.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    const listed = await t.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE emailed`);
    expect(listed[0].n).toBe(smtp.received.length);
  }, 600_000);
});
