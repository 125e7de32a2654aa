import { Role } from '../src/auth/role';
import { addDays, todayInStockholm } from '../src/common/calendar';
import { loadConfig } from '../src/config/app-config';
import { MatchingEvents } from '../src/notifications/matching-events';
import { Notifier } from '../src/notifications/notifier';
import { RecipientsRepository } from '../src/notifications/recipients.repository';
import { referralOutcomeOverdueSweep } from '../src/notifications/reminders/referral-outcome-overdue.sweep';
import { reminderSettings } from '../src/notifications/reminders/sweep';
import { createFollowUpSupplier } from './support/followup-factories';
import { createMember } from './support/pact-members-factories';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, signIn, TestUser } from './support/user-factories';

const PUBLIC_URL = 'https://klausuler.stockholm.se';

/**
 * The matching's notifications: a new vacancy to every active matcher, a new referral to the
 * supplier's users (none for a pact member's vacancy), and an outcome overdue to the supplier the
 * day after it was due and then weekly, each once per occasion.
 */
describe('Matching notifications', () => {
  let t: TestApp;
  let events: MatchingEvents;
  let supplierId: string;
  let matcher: TestUser;
  let mutedMatcher: TestUser;
  let supplierUser: TestUser;
  let memberId: string;
  const settings = reminderSettings(loadConfig({ PUBLIC_URL, REFERRAL_OUTCOME_DAYS: '14'}));

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL });
    events = new MatchingEvents(t.app.get(Notifier), new RecipientsRepository(), PUBLIC_URL);
    supplierId = await createFollowUpSupplier(t);
    supplierUser = await createUser(t, { supplierId, language: 'en' });
    await createUser(t, { supplierId, status: 'DISABLED' });
    matcher = await createUser(t, { role: Role.Matcher });
    mutedMatcher = await createUser(t, { role: Role.Matcher });
    await t.dataSource.query(`UPDATE user_account SET muted_notifications = '{NEW_VACANCY}' WHERE id = $1`, [mutedMatcher.id]);
    await createUser(t, { role: Role.Matcher, status: 'DISABLED' });
    // Another supplier's user hears nothing of these vacancies.
    await createUser(t, { supplierId: await createFollowUpSupplier(t) });
    memberId = (await createMember(t)).id;
  });
  afterAll(() => t.close());

  const vacancy = async (employer: { supplierId?: string; pactMemberId?: string }): Promise<string> => {
    const [row] = await t.dataSource.query(
      `INSERT INTO vacancy (supplier_id, pact_member_id, title, kind, positions, working_time_percent, start_date, district,
         target_groups, referral_deadline, created_by, created_on)
       VALUES ($1, $2, 'Lokalvårdare', 'EMPLOYMENT', 2, 100, '2027-04-01', 'Rinkeby-Kista', '{NEWCOMER,YOUTH}', '2027-03-20', 'test', '2027-03-01')
       RETURNING id`,
      [employer.supplierId ?? null, employer.pactMemberId ?? null],
    );
    return row.id;
  };
  let codes = 0;
  const referral = async (vacancyId: string, referredOn: string, outcome = 'REFERRED'): Promise<string> => {
    codes += 1;
    const [row] = await t.dataSource.query(
      `INSERT INTO referral (vacancy_id, code, target_group, gender, age_band, establishment_programme, referred_on, referred_by, outcome,
         interviewed_on, offered_on, not_hired_reason, not_hired_on)
       VALUES ($1, $2, 'NEWCOMER', 'WOMAN', '25-29', true, $3::date, 'test', $4::varchar, NULL, NULL,
         CASE WHEN $4::varchar = 'NOT_HIRED' THEN 'CANDIDATE_DECLINED' END, CASE WHEN $4::varchar = 'NOT_HIRED' THEN $3::date END)
       RETURNING id`,
      [vacancyId, `JT-TEST-${String.fromCharCode(65 + codes)}AAA`, referredOn, outcome],
    );
    return row.id;
  };
  const decide = (referralId: string) => t.dataSource.query(
    `UPDATE referral SET outcome = 'NOT_HIRED', not_hired_reason = 'OTHER', not_hired_on = '2027-04-01' WHERE id = $1`, [referralId]);
  const notificationsOf = (subjectId: string) => t.dataSource.query(
    `SELECT n.user_id AS "userId", n.kind, n.occasion FROM notification n WHERE n.subject_id = $1 ORDER BY n.occasion, n.user_id`, [subjectId]);
  const mailsTo = (email: string, kind: string) => t.dataSource.query(
    `SELECT subject, text FROM outbox_message WHERE recipient = $1 AND kind = $2 ORDER BY created_at`, [email, kind]);

  it('tells every active matcher of a new vacancy once, in the transaction that creates it', async () => {
    const id = await vacancy({ supplierId });
    expect(await t.dataSource.transaction((m) => events.vacancyPosted(m, id))).toBe(1);
    expect(await t.dataSource.transaction((m) => events.vacancyPosted(m, id))).toBe(0);
    expect(await notificationsOf(id)).toEqual([{ userId: matcher.id, kind: 'NEW_VACANCY', occasion: `vacancy:${id}:posted` }]);
    const [mail] = await mailsTo(matcher.email, 'NEW_VACANCY');
    expect(mail.subject).toContain('Lokalvårdare');
    expect(mail.text).toContain('Nyanlända, Unga 16–29 år som varken arbetar eller studerar');
    expect(mail.text).toContain(`${PUBLIC_URL}/#/vacancies/${id}`);

    const rolledBack = await vacancy({ pactMemberId: memberId });
    await expect(t.dataSource.transaction(async (m) => {
      await events.vacancyPosted(m, rolledBack);
      throw new Error('the vacancy is not stored after all');
    })).rejects.toThrow();
    expect(await notificationsOf(rolledBack)).toEqual([]);
  });

  it('tells the supplier of a referral by its code, and nobody of a referral to a pact member', async () => {
    const id = await referral(await vacancy({ supplierId }), '2027-03-02');
    expect(await t.dataSource.transaction((m) => events.candidateReferred(m, id))).toBe(1);
    expect(await notificationsOf(id)).toEqual([{ userId: supplierUser.id, kind: 'NEW_REFERRAL', occasion: `referral:${id}:referred` }]);
    const [mail] = await mailsTo(supplierUser.email, 'NEW_REFERRAL');
    expect(mail.text).toContain('attested by the City');
    expect(mail.subject).toMatch(/^New candidate referred – JT-TEST-/);

    const toMember = await referral(await vacancy({ pactMemberId: memberId }), '2027-03-02');
    expect(await t.dataSource.transaction((m) => events.candidateReferred(m, toMember))).toBe(0);
    await decide(id);
  });

  it('chases an outcome the day after it was due, then weekly, once per occasion, until it is final', async () => {
    const vacancyId = await vacancy({ supplierId });
    const open = await referral(vacancyId, '2027-03-01', 'INTERVIEWED');
    const decided = await referral(vacancyId, '2027-03-01', 'NOT_HIRED');
    const due = addDays('2027-03-01', 14);
    const sweep = (today: string) =>
      referralOutcomeOverdueSweep.run(t.dataSource, t.app.get(Notifier), new RecipientsRepository(), today, settings);

    expect(await sweep(due)).toBe(0);
    expect(await sweep(addDays(due, 1))).toBe(1);
    expect(await sweep(addDays(due, 1))).toBe(0);
    expect(await sweep(addDays(due, 7))).toBe(0);
    expect(await sweep(addDays(due, 8))).toBe(1);
    // Days missed: only the current reminder, not the ones in between.
    expect(await sweep(addDays(due, 30))).toBe(1);
    expect((await notificationsOf(open)).map((n: { occasion: string }) => n.occasion.replace(/^referral:[^:]+:/, '')))
      .toEqual(['outcome-overdue:0', 'outcome-overdue:1', 'outcome-overdue:4']);
    expect(await notificationsOf(decided)).toEqual([]);
    const [mail] = await mailsTo(supplierUser.email, 'REFERRAL_OUTCOME_OVERDUE');
    expect(mail.text).toContain('still stands as interviewed');
    expect(mail.text).toContain(`due by ${due}`);

    await decide(open);
    expect(await sweep(addDays(due, 37))).toBe(0);
  });

  it('is written by the API: posting a vacancy tells the matchers, referring to it tells the supplier', async () => {
    const posted = await t.http.post('/api/vacancies').set('Authorization', t.auth(Role.Supplier, supplierId)).send({
      title: 'Fastighetsskötare', kind: 'EMPLOYMENT', positions: 1, workingTimePercent: 100, startDate: addDays(todayInStockholm(), 30),
      district: 'Skärholmen', targetGroups: ['LONG_TERM_UNEMPLOYED'], referralDeadline: addDays(todayInStockholm(), 20),
    }).expect(201);
    expect(await notificationsOf(posted.body.id)).toEqual([{ userId: matcher.id, kind: 'NEW_VACANCY', occasion: `vacancy:${posted.body.id}:posted` }]);
    const referred = await t.http.post(`/api/vacancies/${posted.body.id}/referrals`).set('Authorization', t.auth(Role.Matcher))
      .send({ targetGroup: 'LONG_TERM_UNEMPLOYED', gender: 'MAN', ageBand: '30-49', establishmentProgramme: false }).expect(201);
    expect(await notificationsOf(referred.body.id)).toEqual([{ userId: supplierUser.id, kind: 'NEW_REFERRAL', occasion: `referral:${referred.body.id}:referred` }]);
    const [mail] = (await mailsTo(supplierUser.email, 'NEW_REFERRAL')).filter((m: { subject: string }) => m.subject.includes('Fastighetsskötare'));
    expect(mail.subject).toBe(`New candidate referred – ${referred.body.code}, Fastighetsskötare`);
  });

  it('offers the matcher its kind and the supplier its two in the settings', async () => {
    const kindsOf = async (userId: string) => {
      const session = await signIn(t, userId);
      const res = await t.http.get('/api/me/notification-settings').set('Cookie', session.cookie).expect(200);
      return res.body.kinds.map((k: { kind: string }) => k.kind);
    };
    expect(await kindsOf(matcher.id)).toEqual(['NEW_VACANCY']);
    expect(await kindsOf(supplierUser.id)).toEqual(expect.arrayContaining(['NEW_REFERRAL', 'REFERRAL_OUTCOME_OVERDUE']));
  });
});
