import { Role } from '../src/auth/role';
import { addDays, addMonths, todayInStockholm } from '../src/common/calendar';
import { NotificationKind, SubjectType } from '../src/notifications/notification-kinds';
import { NotificationsRepository } from '../src/notifications/notifications.repository';
import { contractBehindOnPlacements, requestRemedy } from './support/breach-factories';
import { createAwardedContract } from './support/followup-factories';
import { createLetter, createMember } from './support/pact-members-factories';
import { createTestApp, TestApp } from './support/test-app';
import { createUser } from './support/user-factories';

/**
 * "När gick påminnelsen ut": each follow-up list's rows carry when the latest reminder about them
 * went out and on how many occasions, whoever received it.
 */
describe('Follow-up lists show when reminders went out', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); });
  afterAll(async () => { await t.close(); });
  const pact = () => t.auth(Role.PactOffice);

  /** Records that an occasion reached these users, as the Notifier does (without its e-mail). */
  async function sent(userIds: string[], kind: NotificationKind, occasion: string, subjectType: SubjectType, subjectId: string, contractId: string | null = null) {
    await t.dataSource.transaction((manager) => t.app.get(NotificationsRepository).insert(manager, {
      userIds, kind, occasion, subjectType, subjectId, contractId, params: { link: 'http://localhost/#/notifications' },
    }));
  }
  const isRecent = (iso: string) => Math.abs(Date.now() - new Date(iso).getTime()) < 60_000;

  it('overdue reports: null before any reminder; then the latest time and the number of occasions, not of recipients', async () => {
    const today = todayInStockholm();
    const c = await createAwardedContract(t, { startDate: addDays(addMonths(today, -7), -15), endDate: addMonths(today, 17), contractingUnit: 'Påminnelsenämnden' });
    const users = [await createUser(t, { supplierId: c.supplierId }), await createUser(t, { supplierId: c.supplierId })];
    const list = () => t.http.get('/api/follow-up/overdue-reports').query({ contractId: c.contractId }).set('Authorization', pact()).expect(200);

    const before = await list();
    expect(before.body.total).toBeGreaterThanOrEqual(2);
    expect(before.body.items.map((i: { reminder: unknown }) => i.reminder)).toEqual(before.body.items.map(() => null));
    const [first, second] = before.body.items as { periodId: string }[];
    expect(first.periodId).toMatch(/^[0-9a-f-]{36}$/);

    await sent(users.map((u) => u.id), NotificationKind.ReportOverdue, `period:${first.periodId}:overdue:0`, 'reporting_period', first.periodId, c.contractId);
    const once = await list();
    expect(once.body.items[0].reminder).toEqual({ lastSentAt: expect.any(String), count: 1 });
    expect(isRecent(once.body.items[0].reminder.lastSentAt)).toBe(true);
    expect(once.body.items[1]).toMatchObject({ periodId: second.periodId, reminder: null });

    await sent([users[0].id], NotificationKind.ReportOverdue, `period:${first.periodId}:overdue:1`, 'reporting_period', first.periodId, c.contractId);
    const twice = await list();
    expect(twice.body.items[0].reminder.count).toBe(2);
    expect(new Date(twice.body.items[0].reminder.lastSentAt).getTime()).toBeGreaterThanOrEqual(new Date(once.body.items[0].reminder.lastSentAt).getTime());
  });

  it('clause deviations: the alerts about the clause (subject <contractId>:<clauseId>)', async () => {
    const today = todayInStockholm();
    const c = await createAwardedContract(t, { startDate: addMonths(today, -8), endDate: addMonths(today, 16), contractingUnit: 'Avvikelsenämnden' });
    const officer = await createUser(t, { role: Role.Officer });
    const list = () => t.http.get('/api/follow-up/clauses').query({ contractId: c.contractId }).set('Authorization', pact()).expect(200);
    const before = await list();
    const atRisk = before.body.items.find((i: { status: string }) => i.status === 'AT_RISK');
    expect(atRisk).toMatchObject({ reminder: null });

    const subject = `${c.contractId}:${atRisk.clauseId}`;
    await sent([officer.id], NotificationKind.ClauseDeviation, `outcome:${subject}:AT_RISK:${today}`, 'clause_outcome', subject, c.contractId);
    const after = await list();
    expect(after.body.items.find((i: { clauseId: string }) => i.clauseId === atRisk.clauseId).reminder).toEqual({ lastSentAt: expect.any(String), count: 1 });
    expect(after.body.items.filter((i: { clauseId: string }) => i.clauseId !== atRisk.clauseId).every((i: { reminder: unknown }) => i.reminder === null)).toBe(true);

    // Another day's list (judged by the rules) carries the same field.
    const asOf = await t.http.get('/api/follow-up/clauses').query({ contractId: c.contractId, asOf: addDays(today, 1) }).set('Authorization', pact()).expect(200);
    expect(asOf.body.items.find((i: { clauseId: string }) => i.clauseId === atRisk.clauseId).reminder).toMatchObject({ count: 1 });
  });

  it('remedy requests: for the officer and the pact office, per request', async () => {
    const c = await contractBehindOnPlacements(t);
    const supplierUser = await createUser(t, { supplierId: c.supplierId });
    const request = await requestRemedy(t, c);
    const list = async (role: Role) => {
      const res = await t.http.get('/api/follow-up/remedy-requests').query({ status: 'OPEN' }).set('Authorization', t.auth(role)).expect(200);
      return res.body.items.find((i: { id: string }) => i.id === request.id);
    };
    // Issuing the request may itself notify the supplier; the row counts whatever went out about it.
    const before = (await list(Role.Officer)).reminder as { count: number } | null;
    await sent([supplierUser.id], NotificationKind.RemedyDueSoon, `remedy:${request.id}:due-soon`, 'remedy_request', request.id, c.contractId);
    const after = await list(Role.PactOffice);
    expect(after.reminder).toEqual({ lastSentAt: expect.any(String), count: (before?.count ?? 0) + 1 });
    expect(isRecent(after.reminder.lastSentAt)).toBe(true);
  });

  it('overdue check-ins: the pact office’s reminders about the member', async () => {
    const member = await createMember(t, { name: 'Påminda Medlemmen AB' });
    await createLetter(t, member.id, { signedOn: addDays(todayInStockholm(), -400), validFrom: addDays(todayInStockholm(), -400) });
    const office = await createUser(t, { role: Role.PactOffice });
    const row = async () => {
      const res = await t.http.get('/api/pact-members/check-ins/overdue').query({ limit: 200 }).set('Authorization', pact()).expect(200);
      return res.body.items.find((i: { memberId: string }) => i.memberId === member.id);
    };
    const before = await row();
    expect(before).toMatchObject({ reminder: null });
    await sent([office.id], NotificationKind.CheckInDue, `member:${member.id}:check-in:${before.dueOn}`, 'pact_member', member.id);
    expect((await row()).reminder).toEqual({ lastSentAt: expect.any(String), count: 1 });
  });

  it('still refuses a bad filter with 400 naming the field', async () => {
    const res = await t.http.get('/api/follow-up/overdue-reports').query({ asOf: '2027-02-30' }).set('Authorization', pact());
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('asOf');
  });
});
