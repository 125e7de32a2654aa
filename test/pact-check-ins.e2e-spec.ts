import { Role } from '../src/auth/role';
import { orgNumber } from './support/factories';
import { createCheckIn, createLetter, createMember, today } from './support/pact-members-factories';
import { createTestApp, TestApp } from './support/test-app';

/** The date `months` calendar months before today, by PostgreSQL's month arithmetic as the service uses it. */
async function monthsAgo(t: TestApp, months: number, extraDays = 0): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT (($1::date - make_interval(months => $2::int))::date - $3::int)::text AS date`, [
    today(),
    months,
    extraDays,
  ]);
  return row.date;
}

describe('Check-ins: annual check-ins with members and the overdue list', () => {
  let t: TestApp;
  let n = 800;
  const newMember = async (letter: Record<string, unknown> | null = {}) => {
    const member = await createMember(t, { orgNumber: orgNumber(n++), name: `Medlem ${n} AB` });
    if (letter) await createLetter(t, member.id, { signedOn: today(-800), validFrom: today(-800), ...letter });
    return member;
  };
  const post = (memberId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/pact-members/${memberId}/check-ins`).set('Authorization', t.auth(Role.PactOffice)).send(body);

  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it('records check-ins, lists them newest first and shows the latest on the member', async () => {
    const member = await newMember();
    const first = await post(member.id, {
      heldOn: today(-400),
      participants: ['Anna Lind, HR-chef', 'Integrationspaktens kansli'],
      notes: 'Fyra praktikanter under året.',
      followUpActions: ['Bjud in till innovationsmöte'],
    }).expect(201);
    expect(first.body).toMatchObject({
      memberId: member.id,
      heldOn: today(-400),
      participants: ['Anna Lind, HR-chef', 'Integrationspaktens kansli'],
      notes: 'Fyra praktikanter under året.',
      followUpActions: ['Bjud in till innovationsmöte'],
    });
    await createCheckIn(t, member.id, today(-20));
    const list = await t.http.get(`/api/pact-members/${member.id}/check-ins`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(list.body.map((c: { heldOn: string }) => c.heldOn)).toEqual([today(-20), today(-400)]);
    const fetched = await t.http.get(`/api/pact-members/${member.id}`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(fetched.body.lastCheckInOn).toBe(today(-20));
  });

  it('corrects a check-in and audits both the record and the correction', async () => {
    const member = await newMember();
    const checkIn = await createCheckIn(t, member.id, today(-5));
    const res = await t.http
      .patch(`/api/pact-members/${member.id}/check-ins/${checkIn.id}`)
      .set('Authorization', t.auth(Role.PactOffice))
      .send({ notes: 'Rättad anteckning', followUpActions: ['Skicka protokoll'] })
      .expect(200);
    expect(res.body).toMatchObject({ notes: 'Rättad anteckning', followUpActions: ['Skicka protokoll'], heldOn: today(-5) });
    const audit = await t.http.get(`/api/audit?entityType=check_in&entityId=${checkIn.id}`).set('Authorization', t.auth(Role.PactOffice));
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['UPDATE', 'CREATE']);
    expect(audit.body.items[0]).toMatchObject({ before: { notes: 'Avstämning' }, after: { notes: 'Rättad anteckning' } });

    const other = await newMember();
    await t.http
      .patch(`/api/pact-members/${other.id}/check-ins/${checkIn.id}`)
      .set('Authorization', t.auth(Role.PactOffice))
      .send({ notes: 'x' })
      .expect(404);
  });

  it.each([
    [{ heldOn: today(1) }, 'heldOn', /heldOn must not be after today/],
    [{ heldOn: '2026-13-01' }, 'heldOn', /calendar date/],
    [{ participants: [] }, 'participants', /participants must contain at least 1/],
    [{ participants: ['Anna', ''] }, 'participants', /should not be empty/],
    [{ followUpActions: 'ring' }, 'followUpActions', /followUpActions must be an array/],
  ])('refuses %p with a 400 naming %s', async (override, field, pattern) => {
    const member = await newMember();
    const res = await post(member.id, { heldOn: today(-1), participants: ['Anna Lind'], ...override }).expect(400);
    expect(res.body.message).toMatch(pattern);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM check_in WHERE member_id = $1', [member.id]);
    expect(count).toBe(0);
  });

  it('answers 404 for check-ins of an unknown member and 403 to officers writing', async () => {
    await post('00000000-0000-4000-8000-000000000000', { heldOn: today(-1), participants: ['Anna'] }).expect(404);
    const member = await newMember();
    await t.http
      .post(`/api/pact-members/${member.id}/check-ins`)
      .set('Authorization', t.auth(Role.Officer))
      .send({ heldOn: today(-1), participants: ['Anna'] })
      .expect(403);
  });

  describe('overdue list (12 months)', () => {
    const ids: Record<string, string> = {};
    beforeAll(async () => {
      const thirteenMonths = await newMember();
      await createCheckIn(t, thirteenMonths.id, await monthsAgo(t, 13));
      const exactlyTwelve = await newMember();
      await createCheckIn(t, exactlyTwelve.id, await monthsAgo(t, 12));
      const twelveAndADay = await newMember();
      await createCheckIn(t, twelveAndADay.id, await monthsAgo(t, 12, 1));
      const recent = await newMember();
      await createCheckIn(t, recent.id, await monthsAgo(t, 30));
      await createCheckIn(t, recent.id, today(-10));
      const neverSinceLongAgo = await newMember({ signedOn: today(-400), validFrom: today(-400) });
      const neverButNew = await newMember({ signedOn: today(-100), validFrom: today(-100) });
      const expired = await newMember({ validTo: today(-1) });
      await createCheckIn(t, expired.id, today(-700));
      const noLetter = await newMember(null);
      Object.assign(ids, {
        thirteenMonths: thirteenMonths.id,
        exactlyTwelve: exactlyTwelve.id,
        twelveAndADay: twelveAndADay.id,
        recent: recent.id,
        neverSinceLongAgo: neverSinceLongAgo.id,
        neverButNew: neverButNew.id,
        expired: expired.id,
        noLetter: noLetter.id,
      });
    });

    it('lists current members whose last check-in, or membership start, is more than 12 months old, longest overdue first', async () => {
      const res = await t.http.get('/api/pact-members/check-ins/overdue?limit=200').set('Authorization', t.auth(Role.Officer)).expect(200);
      expect(res.body).toMatchObject({ overdueAfterMonths: 12 });
      const listed = res.body.items.filter((i: { memberId: string }) => Object.values(ids).includes(i.memberId));
      expect(listed.map((i: { memberId: string }) => i.memberId)).toEqual([ids.neverSinceLongAgo, ids.thirteenMonths, ids.twelveAndADay]);

      const [never, thirteen, dayOver] = listed;
      expect(never).toMatchObject({ lastCheckInOn: null, memberSince: today(-400), status: 'ACTIVE' });
      expect(thirteen).toMatchObject({ lastCheckInOn: await monthsAgo(t, 13), memberSince: today(-800) });
      expect(dayOver).toMatchObject({ lastCheckInOn: await monthsAgo(t, 12, 1), dueOn: today(-1), daysOverdue: 1 });
    });

    it('pages the overdue list with its total', async () => {
      const all = await t.http.get('/api/pact-members/check-ins/overdue?limit=200').set('Authorization', t.auth(Role.PactOffice)).expect(200);
      const page = await t.http.get('/api/pact-members/check-ins/overdue?limit=1&offset=1').set('Authorization', t.auth(Role.PactOffice)).expect(200);
      expect(page.body.total).toBe(all.body.total);
      expect(page.body.items).toEqual([all.body.items[1]]);
    });
  });
});

describe('Check-ins: the overdue period is configuration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CHECK_IN_OVERDUE_MONTHS: '6' }, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it('with CHECK_IN_OVERDUE_MONTHS=6 a check-in seven months ago is overdue and five months ago is not', async () => {
    const seven = await createMember(t, { orgNumber: orgNumber(901) });
    const five = await createMember(t, { orgNumber: orgNumber(902) });
    for (const [member, months] of [[seven, 7], [five, 5]] as const) {
      await createLetter(t, member.id, { signedOn: today(-800), validFrom: today(-800) });
      await createCheckIn(t, member.id, await monthsAgo(t, months));
    }
    const res = await t.http.get('/api/pact-members/check-ins/overdue').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(res.body).toMatchObject({ overdueAfterMonths: 6, total: 1 });
    expect(res.body.items.map((i: { memberId: string }) => i.memberId)).toEqual([seven.id]);
  });
});
