import { Role } from '../src/auth/role';
import { ClauseType } from '../src/clauses/clause.types';
import { addDays } from '../src/common/calendar';
import { reportOverdueSweep } from '../src/notifications/reminders/report-overdue.sweep';
import { reminderSettings } from '../src/notifications/reminders/sweep';
import { Notifier } from '../src/notifications/notifier';
import { SupplierEvents } from '../src/notifications/supplier-events';
import { RecipientsRepository } from '../src/notifications/recipients.repository';
import { loadConfig } from '../src/config/app-config';
import { runDaily } from '../src/scheduling/daily-run';
import { breachesOf } from './support/breach-factories';
import { runCli, runCliProcess } from './support/cli';
import { AwardedContract, createAwardedContract, createFollowUpSupplier, placementInput, placementsParameters } from './support/followup-factories';
import { startTestSmtpServer, TestSmtpServer } from './support/smtp-server';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, TestUser } from './support/user-factories';

/**
 * A contract's first reporting period moved through its dates with `daily --today …`: at each day
 * exactly the expected reminders reach a real SMTP server, none twice, also when runs repeat or race.
 */
describe('Supplier reminders: the daily run moves a contract through its dates', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let c: AwardedContract;
  let due: string;
  let anna: TestUser; // Swedish
  let bob: TestUser; // English
  let muted: TestUser; // switched off REPORT_OVERDUE
  let seen = 0;
  const N = 7;
  const M = 7;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    process.env.SMTP_URL = smtp.url;
    t = await createTestApp();
    // A contract that starts after the real today, so no date passes while the test runs.
    c = await createAwardedContract(t, {
      clauses: [{ type: ClauseType.Placements, parameters: placementsParameters() }], startDate: '2027-01-01', endDate: '2027-12-31',
    });
    [{ due }] = await t.dataSource.query(
      `SELECT due_date::text AS due FROM reporting_period WHERE contract_id = $1 AND number = 1`, [c.contractId]);
    anna = await createUser(t, { supplierId: c.supplierId, language: 'sv' });
    bob = await createUser(t, { supplierId: c.supplierId, language: 'en' });
    muted = await createUser(t, { supplierId: c.supplierId, language: 'sv' });
    await t.dataSource.query(`UPDATE user_account SET muted_notifications = '{REPORT_OVERDUE}' WHERE id = $1`, [muted.id]);
    await createUser(t, { supplierId: c.supplierId, status: 'DISABLED' });
    // Another supplier's user hears nothing of this contract.
    await createUser(t, { supplierId: await createFollowUpSupplier(t) });
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await t.close();
    await smtp.close();
  });

  /** What reached the SMTP server since the last look: recipient and subject, sorted. */
  const arrived = () => {
    const mails = smtp.received.slice(seen);
    seen = smtp.received.length;
    return mails.map((m) => `${m.to.join(',')} ${m.subject}`).sort();
  };
  const daily = (today: string, ...flags: string[]) => runCli(t, ['daily', '--today', today, ...flags]);
  const dueSoon = (user: TestUser, lang: 'sv' | 'en') => lang === 'sv'
    ? `${user.email} Påminnelse: rapporten för period 1 ska lämnas senast ${due} – AMN`
    : `${user.email} Reminder: the report for period 1 is due by ${due} – AMN`;
  const subjectsStartingWith = (lines: string[]) => lines.map((line) => line.replace(/ – AMN.*$/, ' – AMN'));

  it('reminds nobody before N days ahead, every active user once at N days, and nothing when the day is run again', async () => {
    expect(await daily(addDays(due, -N - 1))).toContain('  REPORT_DUE_SOON: 0');
    expect(arrived()).toEqual([]);

    const output = await daily(addDays(due, -N));
    expect(output).toEqual(expect.arrayContaining([
      `Daily run of ${addDays(due, -N)}: DONE (attempt 1)`, '  REPORT_DUE_SOON: 3', '  REPORT_OVERDUE: 0', '  REMEDY_DUE_SOON: 0',
      'Delivered 3 e-mails over SMTP',
    ]));
    expect(subjectsStartingWith(arrived())).toEqual([dueSoon(anna, 'sv'), dueSoon(bob, 'en'), dueSoon(muted, 'sv')].sort());

    // The same day again is skipped; forced, it runs and finds everything already sent.
    expect((await daily(addDays(due, -N)))[0]).toMatch(/is DONE \(cli:.*attempt 1\); nothing done/);
    expect(await daily(addDays(due, -N), '--force')).toEqual(expect.arrayContaining(['  REPORT_DUE_SOON: 0', 'Delivered 0 e-mails over SMTP']));
    expect(await daily(due)).toContain('  REPORT_DUE_SOON: 0');
    expect(arrived()).toEqual([]);
  });

  it('writes the Swedish reminder in full: what, by when, where, what follows, whom to ask, how to switch it off', () => {
    const mail = smtp.to(anna.email)[0];
    expect(mail.text).toContain(`Rapporten för rapportperiod 1, 2027-01-01–2027-03-31, ska lämnas senast ${due}.`);
    expect(mail.text).toContain(`http://localhost:3000/#/contracts/${c.contractId}/clauses/${c.clauseIds[0]}`);
    expect(mail.text).toContain('klausul 1, Klausul 1,');
    expect(mail.text).toContain('begära rättelse');
    expect(mail.text).toContain('vite');
    expect(mail.text).toContain('Jobbtorg Stockholm, arbetsmarknadsförvaltningen, 08-508 00 508');
    expect(mail.text).toContain('Inställningar → Aviseringar');
    expect(smtp.to(bob.email)[0].text).toContain('Settings → Notifications');
  });

  it('chases an overdue report the day after its due date, then every M days, never the muted user', async () => {
    const overdue = (user: TestUser) => `${user.email} Rapporten för period 1 är försenad – AMN`;
    expect(await daily(addDays(due, 1))).toContain('  REPORT_OVERDUE: 2');
    expect(subjectsStartingWith(arrived())).toEqual([overdue(anna), `${bob.email} The report for period 1 is overdue – AMN`].sort());

    for (const day of [2, M]) expect(await daily(addDays(due, day))).toContain('  REPORT_OVERDUE: 0');
    expect(arrived()).toEqual([]);
    expect(await daily(addDays(due, M + 1))).toContain('  REPORT_OVERDUE: 2');
    expect(arrived()).toHaveLength(2);

    // Days missed: the late run sends the current reminder once, not the ones in between.
    expect(await daily(addDays(due, 2 * M + 4))).toContain('  REPORT_OVERDUE: 2');
    expect(arrived()).toHaveLength(2);
    const occasions = await t.dataSource.query(
      `SELECT DISTINCT occasion FROM notification WHERE kind = 'REPORT_OVERDUE' ORDER BY occasion`);
    expect(occasions.map((o: { occasion: string }) => o.occasion.replace(/^period:[^:]+:/, ''))).toEqual(['overdue:0', 'overdue:1', 'overdue:2']);
    expect(smtp.to(muted.email)).toHaveLength(1);
  });

  it('sends each message once when two runs race, in one process or as two CLI processes, and when two sweeps both run', async () => {
    const config = loadConfig({});
    const deps = { notifier: t.app.get(Notifier), recipients: new RecipientsRepository(), settings: reminderSettings(config) };
    const day = addDays(due, 3 * M + 1);
    const [a, b] = await Promise.all([runDaily(t.dataSource, day, deps, 'cli:a'), runDaily(t.dataSource, day, deps, 'cli:b')]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
    // Even when both get past the claim, the occasion keys let each message through once.
    const later = addDays(due, 4 * M + 1);
    const counts = await Promise.all([1, 2].map(() =>
      reportOverdueSweep.run(t.dataSource, deps.notifier, deps.recipients, later, deps.settings)));
    expect(counts.reduce((x, y) => x + y)).toBe(2);

    const racing = addDays(due, 5 * M + 1);
    const runs = await Promise.all([1, 2].map(() => runCliProcess(t, ['daily', '--today', racing], { SMTP_URL: smtp.url })));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const output = runs.map((r) => r.stdout).join('\n');
    expect(output.match(/: DONE \(attempt 1\)/g)).toHaveLength(1);
    expect(output).toMatch(/is (RUNNING|DONE) \(cli:/);
    // Three overdue reminders (k = 3, 4, 5) to each of two users, each once.
    await smtp.waitFor(seen + 6);
    expect(arrived()).toHaveLength(6);
    const perUser = await t.dataSource.query(
      `SELECT recipient, count(*)::int AS n FROM outbox_message WHERE kind = 'REPORT_OVERDUE' GROUP BY recipient ORDER BY recipient`);
    expect(perUser).toEqual([{ recipient: anna.email, n: 6 }, { recipient: bob.email, n: 6 }].sort((x, y) => x.recipient.localeCompare(y.recipient)));
    expect(smtp.received.map((m) => m.messageId).length).toBe(new Set(smtp.received.map((m) => m.messageId)).size);
  }, 60_000);

  it('stops once the report is submitted', async () => {
    await t.dataSource.query(`UPDATE reporting_period SET submitted_at = now() WHERE contract_id = $1 AND number = 1`, [c.contractId]);
    expect(await daily(addDays(due, 6 * M + 1))).toContain('  REPORT_OVERDUE: 0');
    expect(arrived()).toEqual([]);
  });
});

/** Notifications that follow a decision are written in its transaction: they go out if and only if it commits. */
describe('Event notifications: a remedy request and a questioned report', () => {
  let t: TestApp;
  let c: AwardedContract;
  let anna: TestUser;
  const outbox = async (kind: string) =>
    t.dataSource.query(`SELECT recipient, lang, subject, text FROM outbox_message WHERE kind = $1 ORDER BY created_at`, [kind]);

  beforeAll(async () => {
    t = await createTestApp();
    c = await createAwardedContract(t, { clauses: [{ type: ClauseType.Placements, parameters: placementsParameters() }] });
    anna = await createUser(t, { supplierId: c.supplierId, language: 'sv' });
  });
  afterAll(() => t.close());

  it('tells the supplier of a remedy request with what is missing and by when, and its due date nears once', async () => {
    const missing = 'Ingen anställning har rapporterats under avtalets första sex månader.';
    const res = await t.http.post(breachesOf(c)).set('Authorization', t.auth(Role.Officer)).set('Idempotency-Key', 'remedy-event')
      .send({ missing, dueDate: '2099-01-30' }).expect(201);
    const [mail] = await outbox('REMEDY_REQUESTED');
    expect(mail).toMatchObject({ recipient: anna.email, lang: 'sv', subject: expect.stringMatching(/^Begäran om rättelse senast 2099-01-30 – AMN/) });
    expect(mail.text).toContain(`\n${missing}\n`);
    expect(mail.text).toContain('Lämna åtgärdsplan');
    const [row] = await t.dataSource.query(`SELECT occasion, subject_type, subject_id FROM notification WHERE kind = 'REMEDY_REQUESTED'`);
    expect(row).toEqual({ occasion: `remedy:${res.body.id}:requested`, subject_type: 'remedy_request', subject_id: res.body.id });

    // The remedy's due date nears: REMEDY_DUE_SOON once, in the window before it.
    await t.dataSource.query(`UPDATE reporting_period SET submitted_at = now() WHERE contract_id = $1`, [c.contractId]);
    const run = (today: string) => runCli(t, ['daily', '--today', today]);
    expect(await run('2099-01-24')).toContain('  REMEDY_DUE_SOON: 0');
    expect(await run('2099-01-25')).toContain('  REMEDY_DUE_SOON: 1');
    expect(await run('2099-01-30')).toContain('  REMEDY_DUE_SOON: 0');
    expect((await outbox('REMEDY_DUE_SOON'))[0].subject).toMatch(/^Påminnelse: tiden för rättelse går ut 2099-01-30/);
  });

  it('sends nothing when the deciding transaction rolls back after notifying', async () => {
    const counts = async () => (await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM outbox_message) AS mails, (SELECT count(*)::int FROM notification) AS notifications`))[0];
    const before = await counts();
    await expect(t.dataSource.transaction(async (manager) => {
      const [{ id }] = await manager.query(
        `INSERT INTO remedy_request (contract_id, clause_id, clause_version, missing, due_date, status, requested_by, withdrawn_at)
         VALUES ($1, $2, 1, 'Rapport saknas.', '2099-03-01', 'WITHDRAWN', 'test', now()) RETURNING id`, [c.contractId, c.clauseIds[0]]);
      expect(await t.app.get(SupplierEvents).remedyRequested(manager, id)).toBe(1);
      throw new Error('the decision failed after notifying');
    })).rejects.toThrow('after notifying');
    expect(await counts()).toEqual(before);
  });

  it('tells the supplier that a report was questioned and why; accepting it tells no one', async () => {
    const placement = await t.http.post(`/api/contracts/${c.contractId}/clauses/${c.clauseIds[0]}/placements`)
      .set('Authorization', t.auth(Role.Supplier, c.supplierId)).send(placementInput({ reference: 'P-REMINDER-1' })).expect(201);
    const verify = (body: object) => t.http.put(`/api/contracts/${c.contractId}/reports/placements/${placement.body.id}/verification`)
      .set('Authorization', t.auth(Role.PactOffice)).send(body);
    await verify({ status: 'QUESTIONED', reason: 'Anställningsavtal saknas' }).expect(200);
    const [mail] = await outbox('REPORT_QUESTIONED');
    expect(mail).toMatchObject({ recipient: anna.email, subject: expect.stringMatching(/^Rapport ifrågasatt – AMN/) });
    expect(mail.text).toContain('\nP-REMINDER-1, 2026-02-15\n');
    expect(mail.text).toContain('Skäl: Anställningsavtal saknas');
    await verify({ status: 'ACCEPTED' }).expect(200);
    expect(await outbox('REPORT_QUESTIONED')).toHaveLength(1);
  });
});
