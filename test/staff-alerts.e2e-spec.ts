import { Role } from '../src/auth/role';
import { ClauseType } from '../src/clauses/clause.types';
import { addMonths } from '../src/common/calendar';
import { loadConfig } from '../src/config/app-config';
import { NotificationKind } from '../src/notifications/notification-kinds';
import { Notifier } from '../src/notifications/notifier';
import { RecipientsRepository } from '../src/notifications/recipients.repository';
import { clauseAtRiskSweep, clauseDeviationSweep } from '../src/notifications/reminders/clause-status.sweeps';
import { overdueDigestSweep } from '../src/notifications/reminders/overdue-digest.sweep';
import { checkInDueSweep, letterExpiredSweep, letterExpiringSweep } from '../src/notifications/reminders/pact-office.sweeps';
import { remedyOverdueSweep } from '../src/notifications/reminders/remedy-overdue.sweep';
import { reminderSettings, ReminderSweep } from '../src/notifications/reminders/sweep';
import { SWEEPS } from '../src/notifications/reminders/sweeps';
import { refreshClauseOutcomes } from '../src/reporting/clause-outcomes';
import { contractBehindOnPlacements, moveDueDate, requestRemedy } from './support/breach-factories';
import { ClauseSeed, createFollowUpSupplier, createPublishedProcurement, dialogueParameters } from './support/followup-factories';
import { createCheckIn, createLetter, createMember, today } from './support/pact-members-factories';
import { orgNumber } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, signIn, TestUser } from './support/user-factories';

const PUBLIC_URL = 'https://klausuler.example.se';
const settings = reminderSettings(loadConfig({ PUBLIC_URL }));

/** Runs one sweep as the daily run does, on `day`. */
const sweep = (t: TestApp, s: ReminderSweep, day: string) => s.run(t.dataSource, t.app.get(Notifier), t.app.get(RecipientsRepository), day, settings);

/** The e-mails of a kind in the outbox, per recipient address. */
async function mails(t: TestApp, kind: NotificationKind): Promise<{ to: string; lang: string; subject: string; text: string }[]> {
  return t.dataSource.query(
    `SELECT recipient AS "to", lang, subject, text FROM outbox_message WHERE kind = $1 ORDER BY recipient, created_at`, [kind]);
}
const to = (...users: TestUser[]) => users.map((u) => u.email).sort();

/** Marks kinds switched off for a user (the settings API is part of the notifications tests). */
const mute = (t: TestApp, user: TestUser, ...kinds: NotificationKind[]) =>
  t.dataSource.query(`UPDATE user_account SET muted_notifications = $2 WHERE id = $1`, [user.id, kinds]);

/** Awards a published procurement as a signed-in officer, who is then named as the contract's responsible officer. */
async function awardAs(t: TestApp, officer: TestUser | null, options: { supplierId: string; clauses: ClauseSeed[]; startDate: string; endDate: string }) {
  const procurement = await createPublishedProcurement(t, options.clauses, { publishedOn: options.startDate });
  let request = t.http.post(`/api/procurements/${procurement.id}/award`);
  if (officer) {
    const session = await signIn(t, officer.id);
    request = request.set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf);
  } else {
    request = request.set('Authorization', t.auth(Role.Officer));
  }
  const res = await request.send({ supplierId: options.supplierId, startDate: options.startDate, endDate: options.endDate });
  if (res.status !== 201) throw new Error(`award: ${res.status} ${JSON.stringify(res.body)}`);
  const [{ reference }] = await t.dataSource.query(`SELECT reference_number AS reference FROM procurement WHERE id = $1`, [procurement.id]);
  return { contractId: res.body.id as string, clauseIds: procurement.clauseIds, reference: reference as string };
}

describe('Alerts when a clause turns AT_RISK, then NOT_FULFILLED', () => {
  let t: TestApp;
  let s1: TestUser; let s1en: TestUser; let s1muted: TestUser; let s2: TestUser;
  let o1: TestUser; let o2: TestUser; let p1: TestUser; let p2: TestUser; let pMuted: TestUser;
  let c1: Awaited<ReturnType<typeof awardAs>>; let c2: typeof c1; let stale: typeof c1; let before: typeof c1;

  /** One milestone due 2030-06-30: AT_RISK from the day after, NOT_FULFILLED after the contract ends 2031-06-30. */
  const initiative: ClauseSeed = {
    type: ClauseType.IntegrationInitiative,
    parameters: { description: 'Språkcafé för nyanlända medarbetare', milestones: [{ title: 'Start', dueDate: '2030-06-30' }] },
  };
  const contract = (supplierId: string) => ({ supplierId, clauses: [initiative], startDate: '2030-01-01', endDate: '2031-06-30' });
  const refresh = (contractId: string, day: string) => t.dataSource.transaction((m) => refreshClauseOutcomes(m, contractId, day));

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL });
    const supplier1 = await createFollowUpSupplier(t);
    const supplier2 = await createFollowUpSupplier(t);
    s1 = await createUser(t, { supplierId: supplier1, language: 'sv' });
    s1en = await createUser(t, { supplierId: supplier1, language: 'en' });
    s1muted = await createUser(t, { supplierId: supplier1 });
    await createUser(t, { supplierId: supplier1, status: 'DISABLED' });
    s2 = await createUser(t, { supplierId: supplier2 });
    o1 = await createUser(t, { role: Role.Officer });
    o2 = await createUser(t, { role: Role.Officer });
    p1 = await createUser(t, { role: Role.PactOffice });
    p2 = await createUser(t, { role: Role.PactOffice, language: 'en' });
    pMuted = await createUser(t, { role: Role.PactOffice });
    await mute(t, s1muted, NotificationKind.ClauseAtRisk);
    await mute(t, pMuted, NotificationKind.ClauseDeviation);
    c1 = await awardAs(t, o1, contract(supplier1));
    c2 = await awardAs(t, null, contract(supplier2)); // awarded with a development token: every officer is responsible
    stale = await awardAs(t, o1, contract(supplier1));
    before = await awardAs(t, o1, contract(supplier1));
    await refresh(stale.contractId, '2030-07-01');
    for (const c of [c1, c2, before]) await refresh(c.contractId, '2030-07-15');
    // Stored before alerts existed: the day the status began is unknown.
    await t.dataSource.query(`UPDATE clause_outcome SET status_since = NULL WHERE contract_id = $1`, [before.contractId]);
  });
  afterAll(() => t.close());

  it('tells the supplier’s users and the responsible staff once, even with two runs racing', async () => {
    const [a, b] = await Promise.all([sweep(t, clauseAtRiskSweep, '2030-07-16'), sweep(t, clauseAtRiskSweep, '2030-07-16')]);
    expect(a + b).toBe(3);
    const [c, d] = await Promise.all([sweep(t, clauseDeviationSweep, '2030-07-16'), sweep(t, clauseDeviationSweep, '2030-07-16')]);
    expect(c + d).toBe(3 + 4);

    const atRisk = await mails(t, NotificationKind.ClauseAtRisk);
    // Not the muted or disabled user; the other supplier's user only about its own contract.
    expect(atRisk.map((m) => m.to).sort()).toEqual(to(s1, s1en, s2));
    const mine = atRisk.filter((m) => m.to !== s2.email);
    expect(mine.every((m) => m.subject.includes(c1.reference) && !m.text.includes(c2.reference))).toBe(true);
    expect(atRisk.find((m) => m.to === s2.email)?.subject).toContain(c2.reference);
    const sv = atRisk.find((m) => m.to === s1.email)!;
    expect(sv.subject).toBe(`Klausul 1 riskerar att inte uppfyllas – ${c1.reference}`);
    expect(sv.text).toContain('(integrationsinitiativ) i avtalet');
    expect(sv.text).toContain('Klausulen har haft den statusen sedan 2030-07-15.');
    // The reasons in the recipient's language.
    expect(sv.text).toContain('- ”Start” skulle vara klart 2030-06-30 och är det inte');
    expect(atRisk.find((m) => m.to === s1en.email)?.text).toContain('- "Start" was due 2030-06-30 and is not completed');
    expect(sv.text).toContain(`\n${PUBLIC_URL}/#/contracts/${c1.contractId}/clauses/${c1.clauseIds[0]}\n`);
    expect(atRisk.find((m) => m.to === s1en.email)?.subject).toBe(`Clause 1 is at risk of not being fulfilled – ${c1.reference}`);

    const deviation = await mails(t, NotificationKind.ClauseDeviation);
    const about = (c: { reference: string }) => deviation.filter((m) => m.subject.includes(c.reference)).map((m) => m.to).sort();
    expect(about(c1)).toEqual(to(o1, p1, p2)); // o1 awarded it; pMuted switched the kind off
    expect(about(c2)).toEqual(to(o1, o2, p1, p2));
    expect(deviation.filter((m) => m.to === p1.email).map((m) => m.subject)).toContain(
      `Klausul 1 riskerar att inte uppfyllas – ${c1.reference}, ${(await t.dataSource.query(`SELECT name FROM supplier s JOIN contract c ON c.supplier_id = s.id WHERE c.id = $1`, [c1.contractId]))[0].name}`,
    );
    // Older than 14 days, or from before alerts existed: never.
    expect(deviation.some((m) => m.subject.includes(stale.reference) || m.subject.includes(before.reference))).toBe(false);

    const [notification] = await t.dataSource.query(
      `SELECT occasion, subject_type AS "subjectType", subject_id AS "subjectId", contract_id AS "contractId", emailed
       FROM notification WHERE user_id = $1 AND kind = $2`, [s1.id, NotificationKind.ClauseAtRisk]);
    expect(notification).toEqual({
      occasion: `outcome:${c1.contractId}:${c1.clauseIds[0]}:AT_RISK:2030-07-15`, subjectType: 'clause_outcome',
      subjectId: `${c1.contractId}:${c1.clauseIds[0]}`, contractId: c1.contractId, emailed: true,
    });
  });

  it('sends nothing again on a repeated or later run', async () => {
    const count = async () => (await mails(t, NotificationKind.ClauseAtRisk)).length + (await mails(t, NotificationKind.ClauseDeviation)).length;
    const sentBefore = await count();
    for (const day of ['2030-07-16', '2030-07-17', '2030-07-29']) {
      expect(await sweep(t, clauseAtRiskSweep, day)).toBe(0);
      expect(await sweep(t, clauseDeviationSweep, day)).toBe(0);
    }
    expect(await count()).toBe(sentBefore);
  });

  it('tells the staff again, not the supplier, when the clause turns NOT_FULFILLED', async () => {
    await refresh(c1.contractId, '2031-07-01');
    expect(await sweep(t, clauseAtRiskSweep, '2031-07-02')).toBe(0);
    expect(await sweep(t, clauseDeviationSweep, '2031-07-02')).toBe(3);
    const notFulfilled = (await mails(t, NotificationKind.ClauseDeviation)).filter((m) => m.subject.startsWith('Klausul 1 uppfylls inte') || m.subject.startsWith('Clause 1 is not fulfilled'));
    expect(notFulfilled.map((m) => m.to).sort()).toEqual(to(o1, p1, p2));
    expect(notFulfilled.find((m) => m.to === o1.email)?.text).toContain('överväg begäran om rättelse');
    expect(await sweep(t, clauseDeviationSweep, '2031-07-03')).toBe(0);
    // The other supplier's user heard only of its own contract; o2 only of the contract every officer answers for.
    expect(await t.dataSource.query(`SELECT subject_id AS "subjectId" FROM notification WHERE user_id = $1`, [s2.id]))
      .toEqual([{ subjectId: `${c2.contractId}:${c2.clauseIds[0]}` }]);
    expect(await t.dataSource.query(`SELECT contract_id AS "contractId" FROM notification WHERE user_id = $1`, [o2.id]))
      .toEqual([{ contractId: c2.contractId }]);
  });
});

describe('Alert when a remedy period has passed without a decision', () => {
  let t: TestApp;
  let o1: TestUser; let o2: TestUser; let p1: TestUser; let supplierUser: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL });
    o1 = await createUser(t, { role: Role.Officer });
    o2 = await createUser(t, { role: Role.Officer, language: 'en' });
    p1 = await createUser(t, { role: Role.PactOffice });
  });
  afterAll(() => t.close());

  it('tells the officers and the pact office once, and nothing before the due date has passed', async () => {
    const late = await contractBehindOnPlacements(t);
    supplierUser = await createUser(t, { supplierId: late.supplierId });
    const lateRequest = await requestRemedy(t, late);
    await moveDueDate(t, lateRequest.id, '2027-01-10');
    const pending = await contractBehindOnPlacements(t);
    await moveDueDate(t, (await requestRemedy(t, pending)).id, '2027-01-20');

    expect(await sweep(t, remedyOverdueSweep, '2027-01-10')).toBe(0);
    expect(await sweep(t, remedyOverdueSweep, '2027-01-11')).toBe(3);
    expect(await sweep(t, remedyOverdueSweep, '2027-01-12')).toBe(0);

    const sent = await mails(t, NotificationKind.RemedyOverdue);
    expect(sent.map((m) => m.to).sort()).toEqual(to(o1, o2, p1));
    expect(sent.find((m) => m.to === o1.email)?.text).toContain('gick ut 2027-01-10 (antal dagar sedan dess: 1)');
    expect(sent.find((m) => m.to === o2.email)?.subject).toMatch(/^The remedy period has passed – /);
    expect(await t.dataSource.query(`SELECT 1 FROM notification WHERE user_id = $1 AND kind = 'REMEDY_OVERDUE'`, [supplierUser.id])).toEqual([]);

    // The other request's period passes later: its own alert, once.
    expect(await sweep(t, remedyOverdueSweep, '2027-01-21')).toBe(3);
    expect(await sweep(t, remedyOverdueSweep, '2027-01-28')).toBe(0);
  });
});

describe('Weekly digest of overdue reports', () => {
  let t: TestApp;
  let o1: TestUser; let o2: TestUser; let o3: TestUser; let p1: TestUser;
  let c1: Awaited<ReturnType<typeof awardAs>>; let c2: typeof c1;

  const dialogue: ClauseSeed = { type: ClauseType.Dialogue, parameters: dialogueParameters() };

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL });
    o1 = await createUser(t, { role: Role.Officer });
    o2 = await createUser(t, { role: Role.Officer, language: 'en' });
    o3 = await createUser(t, { role: Role.Officer });
    p1 = await createUser(t, { role: Role.PactOffice });
    // Quarterly, each report due 30 days after its quarter: 2026-04-30, 2026-07-30, 2026-10-30, …
    c1 = await awardAs(t, o1, { supplierId: await createFollowUpSupplier(t), clauses: [dialogue, dialogue], startDate: '2026-01-01', endDate: '2027-12-31' });
    c2 = await awardAs(t, o2, { supplierId: await createFollowUpSupplier(t), clauses: [dialogue], startDate: '2026-01-01', endDate: '2027-12-31' });
    // Its first report is due 2026-09-30: nothing overdue in August.
    await awardAs(t, o2, { supplierId: await createFollowUpSupplier(t), clauses: [dialogue], startDate: '2026-06-01', endDate: '2027-12-31' });
    const [{ supplierId }] = await t.dataSource.query(`SELECT supplier_id AS "supplierId" FROM contract WHERE id = $1`, [c1.contractId]);
    await t.http.post(`/api/contracts/${c1.contractId}/clauses/${c1.clauseIds[0]}/periods/1/submission`)
      .set('Authorization', t.auth(Role.Supplier, supplierId)).send({ comment: 'Första mötet hölls i februari.' }).expect(201);
  });
  afterAll(() => t.close());

  it('sends each recipient its contracts once a week, grouped per contract, and nothing to one without', async () => {
    // Wednesday 2026-08-05, ISO week 32: the reports due 04-30 and 07-30 are overdue.
    const [a, b] = await Promise.all([sweep(t, overdueDigestSweep, '2026-08-05'), sweep(t, overdueDigestSweep, '2026-08-05')]);
    expect(a + b).toBe(3);
    const week32 = await mails(t, NotificationKind.OverdueReportsDigest);
    expect(week32.map((m) => m.to).sort()).toEqual(to(o1, o2, p1));
    // o3 is named on no contract, and every contract names its officer: no digest for o3.
    expect(await t.dataSource.query(`SELECT 1 FROM notification WHERE user_id = $1`, [o3.id])).toEqual([]);

    const o1Mail = week32.find((m) => m.to === o1.email)!;
    expect(o1Mail.subject).toBe('Försenade rapporter vecka 32 – 1 avtal');
    expect(o1Mail.text).toContain(`- ${c1.reference}, `);
    expect(o1Mail.text).toContain(': saknade rapporter 3, den äldsta skulle ha lämnats senast 2026-04-30 (antal dagar sedan dess: 97)');
    expect(o1Mail.text).not.toContain(c2.reference);
    expect(o1Mail.text).toContain(`\n${PUBLIC_URL}/#/contracts\n`);
    const o2Mail = week32.find((m) => m.to === o2.email)!;
    expect(o2Mail.subject).toBe('Overdue reports, week 32 – contracts: 1');
    expect(o2Mail.text).toContain(`- ${c2.reference}, `);
    expect(o2Mail.text).toContain('missing reports 2, the oldest was due by 2026-04-30');
    const office = week32.find((m) => m.to === p1.email)!;
    expect(office.text).toContain('Antal saknade rapporter: 5, i 2 avtal.');
    expect(office.text.indexOf(c1.reference)).toBeGreaterThan(0);
    expect(office.text.indexOf(c2.reference)).toBeGreaterThan(0);
    expect(office.text).toContain(`\n${PUBLIC_URL}/#/follow-up\n`);

    // Later the same week: nothing; the next week: again, except to whoever switched it off.
    expect(await sweep(t, overdueDigestSweep, '2026-08-09')).toBe(0);
    await mute(t, o2, NotificationKind.OverdueReportsDigest);
    expect(await sweep(t, overdueDigestSweep, '2026-08-10')).toBe(2);
    const occasions = await t.dataSource.query(`SELECT DISTINCT occasion FROM notification WHERE kind = $1 ORDER BY 1`, [NotificationKind.OverdueReportsDigest]);
    expect(occasions).toEqual([{ occasion: 'digest:2026-W32' }, { occasion: 'digest:2026-W33' }]);
  });
});

describe('Letters of intent and annual check-ins, to the pact office', () => {
  let t: TestApp;
  let p1: TestUser; let p2: TestUser; let officer: TestUser;
  const T = today();
  let member = 0;
  const newMember = async (letter: Record<string, unknown>) => {
    member += 1;
    const m = await createMember(t, { name: `Medlem ${member} AB`, orgNumber: orgNumber(6000 + member) });
    const l = await createLetter(t, m.id, letter);
    return { id: m.id, letterId: l.id as string };
  };

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL });
    p1 = await createUser(t, { role: Role.PactOffice });
    p2 = await createUser(t, { role: Role.PactOffice, language: 'en' });
    officer = await createUser(t, { role: Role.Officer });
    await mute(t, p2, NotificationKind.LetterExpiring);
  });
  afterAll(() => t.close());

  it('tells of letters expiring and expired, and check-ins due, once per occasion', async () => {
    const expiring = await newMember({ signedOn: today(-300), validFrom: today(-300), validTo: today(40) });
    const later = await newMember({ validTo: today(100) });
    const expired = await newMember({ signedOn: today(-400), validFrom: today(-400), validTo: today(-10) });
    await newMember({ signedOn: today(-400), validFrom: today(-400), validTo: today(-45) }); // ended too long ago
    const revised = await newMember({ validTo: today(20) });
    await createLetter(t, revised.id, { validTo: today(700), changeReason: 'Förlängd två år' });
    const neverChecked = await newMember({ signedOn: today(-400), validFrom: today(-400) });
    const checkedLastYear = await newMember({ signedOn: today(-600), validFrom: today(-600) });
    await createCheckIn(t, checkedLastYear.id, today(-340));
    const checkedRecently = await newMember({ signedOn: today(-600), validFrom: today(-600) });
    await createCheckIn(t, checkedRecently.id, today(-100));

    expect(await sweep(t, letterExpiringSweep, T)).toBe(1); // p2 switched it off
    expect(await sweep(t, letterExpiredSweep, T)).toBe(2);
    expect(await sweep(t, checkInDueSweep, T)).toBe(4);
    for (const s of [letterExpiringSweep, letterExpiredSweep, checkInDueSweep]) expect(await sweep(t, s, T)).toBe(0);

    const occasions = async (kind: NotificationKind) =>
      (await t.dataSource.query(`SELECT DISTINCT occasion FROM notification WHERE kind = $1 ORDER BY 1`, [kind])).map((r: { occasion: string }) => r.occasion);
    expect(await occasions(NotificationKind.LetterExpiring)).toEqual([`letter:${expiring.letterId}:expiring`]);
    expect(await occasions(NotificationKind.LetterExpired)).toEqual([`letter:${expired.letterId}:expired`]);
    expect(await occasions(NotificationKind.CheckInDue)).toEqual([
      `member:${checkedLastYear.id}:check-in:${addMonths(today(-340), 12)}`, `member:${neverChecked.id}:check-in:${addMonths(today(-400), 12)}`,
    ].sort());

    const expiringMail = (await mails(t, NotificationKind.LetterExpiring))[0];
    expect(expiringMail).toMatchObject({ to: p1.email, subject: `Avsiktsförklaringen löper ut ${today(40)} – Medlem 1 AB` });
    expect(expiringMail.text).toContain('Antal dagar kvar: 40.');
    expect(expiringMail.text).toContain(`\n${PUBLIC_URL}/#/members/${expiring.id}\n`);
    const checkIns = await mails(t, NotificationKind.CheckInDue);
    expect(checkIns.find((m) => m.to === p1.email && m.text.includes('Medlem 6 AB'))?.text)
      .toContain(`skulle ha hållits senast ${addMonths(today(-400), 12)}`);
    expect(checkIns.find((m) => m.to === p2.email && m.text.includes('Medlem 7 AB'))?.text).toContain(`The last check-in was held on ${today(-340)}.`);

    // A check-in held moves the due day: nothing more about that member; a later day brings the next letter.
    await createCheckIn(t, checkedLastYear.id, T);
    expect(await sweep(t, checkInDueSweep, today(1))).toBe(0);
    expect(await sweep(t, letterExpiringSweep, today(45))).toBe(1);
    expect(await occasions(NotificationKind.LetterExpiring)).toEqual([`letter:${expiring.letterId}:expiring`, `letter:${later.letterId}:expiring`].sort());
    expect(await sweep(t, letterExpiredSweep, today(45))).toBe(2); // the first letter has now ended
    expect(await t.dataSource.query(`SELECT 1 FROM notification WHERE user_id = $1`, [officer.id])).toEqual([]);
  });
});

describe('The sweeps of these alerts', () => {
  it('are all registered for the daily run', () => {
    const kinds = SWEEPS.map((s) => s.kind);
    for (const kind of [NotificationKind.ClauseAtRisk, NotificationKind.ClauseDeviation, NotificationKind.RemedyOverdue,
      NotificationKind.OverdueReportsDigest, NotificationKind.LetterExpiring, NotificationKind.LetterExpired, NotificationKind.CheckInDue]) {
      expect(kinds).toContain(kind);
    }
  });
});
