import { randomUUID } from 'crypto';
import { EntityManager } from 'typeorm';
import { Role } from '../src/auth/role';
import { NotificationKind } from '../src/notifications/notification-kinds';
import { NotificationsRepository } from '../src/notifications/notifications.repository';
import { Notifier, Occasion } from '../src/notifications/notifier';
import { Recipient, RecipientsRepository } from '../src/notifications/recipients.repository';
import { createAwardedContract, createFollowUpSupplier } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, signIn, SignedIn, TestUser } from './support/user-factories';

const PUBLIC_URL = 'https://sociala-klausuler.example.se';

/** Reminders and alerts reach each person once per occasion, in the app and by e-mail, and only their own. */
describe('Notifications: once per occasion, in the list and by e-mail', () => {
  let t: TestApp;
  let notifier: Notifier;
  let recipients: RecipientsRepository;
  let supplierId: string;
  let sv: TestUser;
  let en: TestUser;
  let muted: TestUser;
  let disabled: TestUser;
  let otherSupplierUser: TestUser;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL }, { acceptLanguage: 'en' });
    notifier = t.app.get(Notifier);
    recipients = t.app.get(RecipientsRepository);
    supplierId = await createFollowUpSupplier(t);
    sv = await createUser(t, { supplierId, language: 'sv' });
    en = await createUser(t, { supplierId, language: 'en', status: 'INVITED' });
    muted = await createUser(t, { supplierId });
    disabled = await createUser(t, { supplierId, status: 'DISABLED' });
    otherSupplierUser = await createUser(t, { supplierId: await createFollowUpSupplier(t) });
    await t.dataSource.query(`UPDATE user_account SET muted_notifications = $2 WHERE id = $1`, [muted.id, [NotificationKind.ReportQuestioned]]);
  });
  afterAll(() => t.close());

  const questioned = (reportId: string, verifiedAt = '2027-03-02T09:00:00.000Z'): Occasion<NotificationKind.ReportQuestioned> => ({
    kind: NotificationKind.ReportQuestioned,
    occasion: `placement:${reportId}:questioned:${verifiedAt}`,
    subjectType: 'placement',
    subjectId: reportId,
    contractId: null,
    params: {
      supplierName: 'Städ & Service i Stockholm AB', referenceNumber: 'AMN 2026-0042', clauseNumber: 1,
      reportSummary: 'Anställning P-17, påbörjad 2027-02-01', reason: 'Anställningsavtal saknas', link: `${PUBLIC_URL}/#/contracts`,
    },
  });
  const notify = (to: Recipient[], occasion: Occasion) => t.dataSource.transaction((m: EntityManager) => notifier.notify(m, to, occasion));
  const mailsTo = async (...users: TestUser[]) =>
    t.dataSource.query(`SELECT recipient, lang, subject, kind FROM outbox_message WHERE recipient = ANY($1) ORDER BY recipient`, [users.map((u) => u.email)]);
  const rowsOf = async (subjectId: string) =>
    t.dataSource.query(`SELECT user_id AS "userId", emailed FROM notification WHERE subject_id = $1 ORDER BY user_id`, [subjectId]);
  const asRecipient = (user: TestUser): Recipient => ({ userId: user.id, email: user.email, language: 'sv', muted: [] });

  it('writes one notification and one e-mail in the recipient’s language per recipient, and nothing the second time', async () => {
    const supplierUsers = await recipients.supplierUsers(t.dataSource.manager, supplierId);
    expect(supplierUsers.map((r) => r.userId).sort()).toEqual([sv.id, en.id, muted.id].sort());
    const reportId = randomUUID();

    expect(await notify(supplierUsers, questioned(reportId))).toBe(2);
    expect(await rowsOf(reportId)).toEqual([sv.id, en.id].sort().map((userId) => ({ userId, emailed: true })));
    expect(await mailsTo(sv, en, muted)).toEqual(expect.arrayContaining([
      { recipient: sv.email, lang: 'sv', subject: 'Rapport ifrågasatt – AMN 2026-0042', kind: 'REPORT_QUESTIONED' },
      { recipient: en.email, lang: 'en', subject: 'Report questioned – AMN 2026-0042', kind: 'REPORT_QUESTIONED' },
    ]));
    expect(await mailsTo(sv, en, muted)).toHaveLength(2);

    // Repeated (a second daily run, a retried request): nothing new, no second e-mail.
    expect(await notify(supplierUsers, questioned(reportId))).toBe(0);
    expect(await mailsTo(sv, en, muted)).toHaveLength(2);
    // Questioned again later is a new occasion.
    expect(await notify(supplierUsers, questioned(reportId, '2027-03-09T09:00:00.000Z'))).toBe(2);
    expect(await mailsTo(sv, en)).toHaveLength(4);
  });

  it('sends nothing to a disabled user or one who switched the kind off, even when handed them as recipients', async () => {
    const reportId = randomUUID();
    // The database decides: recipients read before the switch was made still do not get it.
    expect(await notify([asRecipient(disabled), asRecipient(muted)], questioned(reportId))).toBe(0);
    expect(await rowsOf(reportId)).toEqual([]);
    expect(await mailsTo(disabled, muted)).toEqual([]);
  });

  it('sends each message once when two transactions notify of the same occasion at the same time', async () => {
    const reportId = randomUUID();
    const before = (await mailsTo(sv)).length;
    const counts = await Promise.all([notify([asRecipient(sv)], questioned(reportId)), notify([asRecipient(sv)], questioned(reportId))]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await mailsTo(sv)).toHaveLength(before + 1);
  });

  it('writes nothing when the caller’s transaction rolls back, and refuses a link outside the web interface', async () => {
    const reportId = randomUUID();
    await expect(t.dataSource.transaction(async (m) => {
      await notifier.notify(m, [asRecipient(sv)], questioned(reportId));
      throw new Error('the questioning failed');
    })).rejects.toThrow('the questioning failed');
    expect(await rowsOf(reportId)).toEqual([]);

    const relative = questioned(reportId);
    relative.params = { ...relative.params, link: '#/contracts' };
    await expect(notify([asRecipient(sv)], relative)).rejects.toThrow(/link into the web interface/);
  });

  describe('the list in the web interface', () => {
    // Users of their own, so the counts here do not depend on the tests above.
    let reader: TestUser;
    let colleague: TestUser;
    let svSession: SignedIn;
    const get = (session: SignedIn, path: string) => t.http.get(path).set('Cookie', session.cookie);
    const post = (session: SignedIn, path: string) => t.http.post(path).set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf);

    beforeAll(async () => {
      reader = await createUser(t, { supplierId, language: 'sv' });
      colleague = await createUser(t, { supplierId, language: 'en' });
      for (const day of ['01', '02', '03', '04']) {
        await notify([asRecipient(reader)], questioned(randomUUID(), `2027-03-${day}T09:00:00.000Z`));
      }
      await notify([asRecipient(colleague)], questioned(randomUUID()));
      svSession = await signIn(t, reader.id);
    });

    it('lists the user’s own notifications, newest first, rendered in the user’s current language', async () => {
      const page = (await get(svSession, '/api/notifications?limit=2').expect(200)).body;
      expect(page).toMatchObject({ total: 4, limit: 2, offset: 0 });
      expect(page.items[0]).toMatchObject({
        kind: 'REPORT_QUESTIONED', title: 'Rapport ifrågasatt – AMN 2026-0042', link: `${PUBLIC_URL}/#/contracts`,
        subjectType: 'placement', contractId: null, readAt: null, emailed: true,
      });
      expect(page.items[0].text).toContain('Skäl: Anställningsavtal saknas');
      expect(page.items[0].text).toContain('Inställningar → Aviseringar');
      expect(new Date(page.items[0].createdAt) >= new Date(page.items[1].createdAt)).toBe(true);

      await t.dataSource.query(`UPDATE user_account SET language = 'en' WHERE id = $1`, [reader.id]);
      const inEnglish = (await get(svSession, '/api/notifications?limit=1').expect(200)).body.items[0];
      expect(inEnglish.title).toBe('Report questioned – AMN 2026-0042');
      await t.dataSource.query(`UPDATE user_account SET language = 'sv' WHERE id = $1`, [reader.id]);

      const other = await signIn(t, otherSupplierUser.id);
      expect((await get(other, '/api/notifications').expect(200)).body).toMatchObject({ items: [], total: 0 });
      expect((await get(other, '/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 0 });
    });

    it('counts the unread, marks one or all read, and treats another user’s notification as none', async () => {
      expect((await get(svSession, '/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 4 });
      const [first, second] = (await get(svSession, '/api/notifications').expect(200)).body.items;
      await post(svSession, `/api/notifications/${first.id}/read`).expect(204);
      await post(svSession, `/api/notifications/${first.id}/read`).expect(204);
      expect((await get(svSession, '/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 3 });
      const unread = (await get(svSession, '/api/notifications?unread=true').expect(200)).body;
      expect(unread.total).toBe(3);
      expect(unread.items.map((n: { id: string }) => n.id)).not.toContain(first.id);
      expect((await get(svSession, '/api/notifications?unread=false').expect(200)).body.total).toBe(4);
      expect((await get(svSession, '/api/notifications?unread=yes').expect(400)).body.fields).toEqual([expect.objectContaining({ field: 'unread' })]);

      // The colleague's notification, asked for by the reader: no such notification for the reader, and it stays unread.
      const enSession = await signIn(t, colleague.id);
      const enOwn = (await get(enSession, '/api/notifications').expect(200)).body.items[0];
      await post(svSession, `/api/notifications/${enOwn.id}/read`).expect(404);
      await post(svSession, `/api/notifications/${randomUUID()}/read`).expect(404);
      await post(svSession, '/api/notifications/not-a-uuid/read').expect(400);
      expect((await get(enSession, '/api/notifications/unread-count').expect(200)).body.unread).toBeGreaterThan(0);

      expect((await post(svSession, '/api/notifications/read-all').expect(200)).body).toEqual({ marked: 3 });
      expect((await get(svSession, '/api/notifications/unread-count').expect(200)).body).toEqual({ unread: 0 });
      const after = (await get(svSession, '/api/notifications').expect(200)).body.items;
      expect(after.find((n: { id: string }) => n.id === second.id).readAt).not.toBeNull();
    });

    it('refuses a development token, which has no account to hold notifications', async () => {
      const res = await t.http.get('/api/notifications').set('Authorization', t.auth(Role.Supplier, supplierId)).expect(403);
      expect(res.body.message).toMatch(/development token/);
      await t.http.get('/api/me/notification-settings').set('Authorization', t.auth(Role.PactOffice)).expect(403);
    });

    it('switches kinds off per user, only those the role receives, and a kind switched off is not sent', async () => {
      const settings = (await get(svSession, '/api/me/notification-settings').expect(200)).body.kinds;
      expect(settings).toHaveLength(8);
      expect(settings).toContainEqual({ kind: 'REPORT_QUESTIONED', enabled: true });
      expect(settings.map((s: { kind: string }) => s.kind)).not.toContain('CLAUSE_DEVIATION');

      const put = (body: unknown) => t.http.put('/api/me/notification-settings').set('Cookie', svSession.cookie).set('X-CSRF-Token', svSession.csrf).send(body as object);
      const saved = (await put({ muted: ['REPORT_QUESTIONED', 'REPORT_QUESTIONED'] }).expect(200)).body.kinds;
      expect(saved).toContainEqual({ kind: 'REPORT_QUESTIONED', enabled: false });
      expect(saved.filter((s: { enabled: boolean }) => !s.enabled)).toHaveLength(1);
      expect((await get(svSession, '/api/me/notification-settings').expect(200)).body.kinds).toEqual(saved);

      for (const body of [{ muted: ['NO_SUCH_KIND'] }, { muted: ['CLAUSE_DEVIATION'] }, { muted: 'REPORT_QUESTIONED' }, {}]) {
        const res = await put(body).expect(400);
        expect(res.body.fields).toEqual([expect.objectContaining({ field: 'muted' })]);
      }
      expect((await put({ muted: [], extra: true }).expect(400)).body.fields).toEqual([expect.objectContaining({ field: 'extra' })]);

      const reportId = randomUUID();
      expect(await notify(await recipients.supplierUsers(t.dataSource.manager, supplierId), questioned(reportId))).toBe(3);
      expect((await rowsOf(reportId)).map((r: { userId: string }) => r.userId)).toEqual([sv.id, en.id, colleague.id].sort());

      await put({ muted: [] }).expect(200);
      const pactOffice = await signIn(t, (await createUser(t, { role: Role.PactOffice })).id);
      const staffKinds = (await get(pactOffice, '/api/me/notification-settings').expect(200)).body.kinds.map((s: { kind: string }) => s.kind);
      expect(staffKinds).toEqual(['CLAUSE_DEVIATION', 'REMEDY_OVERDUE', 'OVERDUE_REPORTS_DIGEST', 'LETTER_EXPIRING', 'LETTER_EXPIRED', 'CHECK_IN_DUE']);
    });
  });

  it('tells when reminders about each subject went out, counting occasions rather than recipients', async () => {
    const reportId = randomUUID();
    const never = randomUUID();
    const repository = new NotificationsRepository();
    await notify([asRecipient(sv), asRecipient(en)], questioned(reportId));
    await notify([asRecipient(sv), asRecipient(en)], questioned(reportId, '2027-04-01T08:00:00.000Z'));
    const sent = await repository.lastSentBySubject(t.dataSource.manager, 'placement', [reportId, never]);
    expect([...sent.keys()]).toEqual([reportId]);
    const [{ latest }] = await t.dataSource.query(`SELECT max(created_at) AS latest FROM notification WHERE subject_id = $1`, [reportId]);
    expect(sent.get(reportId)).toEqual({ lastSentAt: new Date(latest).toISOString(), count: 2 });
    expect((await repository.lastSentBySubject(t.dataSource.manager, 'remedy_request', [reportId])).size).toBe(0);
  });

  it('sends a contract’s alerts to the officers named on it, else to every officer, never to a disabled one', async () => {
    const officerA = await createUser(t, { role: Role.Officer });
    const officerB = await createUser(t, { role: Role.Officer });
    const officerC = await createUser(t, { role: Role.Officer });
    const pact = await createUser(t, { role: Role.PactOffice });
    await createUser(t, { role: Role.PactOffice, status: 'DISABLED' });
    const contract = await createAwardedContract(t);
    const officersOf = async () => (await recipients.contractOfficers(t.dataSource.manager, contract.contractId)).map((r) => r.userId).sort();

    // Awarded with a development token: nobody named, so every officer.
    expect(await officersOf()).toEqual([officerA.id, officerB.id, officerC.id].sort());
    await t.dataSource.query(`UPDATE contract SET awarded_by = $2 WHERE id = $1`, [contract.contractId, `user:${officerA.id}`]);
    expect(await officersOf()).toEqual([officerA.id]);
    await t.dataSource.query(`UPDATE procurement SET created_by = $2 WHERE id = $1`, [contract.procurementId, `user:${officerB.id}`]);
    expect(await officersOf()).toEqual([officerA.id, officerB.id].sort());
    await t.dataSource.query(`UPDATE user_account SET status = 'DISABLED' WHERE id = ANY($1)`, [[officerA.id, officerB.id]]);
    expect(await officersOf()).toEqual([officerC.id]);

    const office = await recipients.pactOffice(t.dataSource.manager);
    expect(office.map((r) => r.userId)).toContain(pact.id);
    expect(office.every((r) => r.userId !== officerA.id)).toBe(true);
    const statuses = await t.dataSource.query(`SELECT DISTINCT status FROM user_account WHERE id = ANY($1)`, [office.map((r) => r.userId)]);
    expect(statuses.map((s: { status: string }) => s.status)).not.toContain('DISABLED');
  });
});
