import { Role } from '../src/auth/role';
import { orgNumber } from './support/factories';
import { createLetter, createMember, letterInput, today } from './support/pact-members-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Letters of intent: signed, revised as versions, and the member status they give', () => {
  let t: TestApp;
  let n = 600;
  const newMember = () => createMember(t, { orgNumber: orgNumber(n++), name: `Medlem ${n} AB` });
  const status = async (memberId: string) =>
    (await t.http.get(`/api/pact-members/${memberId}`).set('Authorization', t.auth(Role.Officer)).expect(200)).body.status;
  const post = (memberId: string, body: Record<string, unknown>) =>
    t.http.post(`/api/pact-members/${memberId}/letters`).set('Authorization', t.auth(Role.PactOffice)).send(body);

  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it('records a first letter as version 1 and makes the member ACTIVE', async () => {
    const member = await newMember();
    const res = await post(member.id, letterInput()).expect(201);
    expect(res.body).toMatchObject({
      memberId: member.id,
      version: 1,
      current: true,
      validFrom: today(-30),
      validTo: today(700),
      activities: ['JOB_PARTNER', 'SOCIAL_CLAUSE'],
      commitments: [{ description: 'Erbjuda praktikplatser till nyanlända', target: 5, unit: 'praktikplatser per år' }],
      changeReason: null,
      supersededAt: null,
    });
    const fetched = await t.http.get(`/api/pact-members/${member.id}`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(fetched.body).toMatchObject({
      status: 'ACTIVE',
      currentLetter: { version: 1, validFrom: today(-30), validTo: today(700), activities: ['JOB_PARTNER', 'SOCIAL_CLAUSE'] },
    });
  });

  it('keeps earlier versions readable when a letter is revised, and the revision needs a reason', async () => {
    const member = await newMember();
    await createLetter(t, member.id);
    const noReason = await post(member.id, letterInput({ activities: ['ADVISORY_BOARD'] })).expect(400);
    expect(noReason.body.fields).toMatchObject([{ field: 'changeReason', messages: [expect.stringMatching(/changeReason is required/)] }]);

    const revised = await post(member.id, letterInput({ activities: ['ADVISORY_BOARD'], validTo: today(900), changeReason: 'Nytt åtagande' })).expect(201);
    expect(revised.body).toMatchObject({ version: 2, current: true, changeReason: 'Nytt åtagande', activities: ['ADVISORY_BOARD'] });

    const versions = await t.http.get(`/api/pact-members/${member.id}/letters`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(versions.body.map((v: { version: number; current: boolean }) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const first = await t.http.get(`/api/pact-members/${member.id}/letters/1`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(first.body).toMatchObject({ version: 1, current: false, activities: ['JOB_PARTNER', 'SOCIAL_CLAUSE'], supersededAt: expect.any(String) });

    const byOldActivity = await t.http.get(`/api/pact-members?activity=JOB_PARTNER&q=${member.name}`).set('Authorization', t.auth(Role.Officer));
    expect(byOldActivity.body.total).toBe(0);
    const byNewActivity = await t.http.get(`/api/pact-members?activity=ADVISORY_BOARD&q=${member.name}`).set('Authorization', t.auth(Role.Officer));
    expect(byNewActivity.body.items.map((m: { id: string }) => m.id)).toEqual([member.id]);

    const audit = await t.http.get(`/api/audit?entityType=letter_of_intent&entityId=${revised.body.id}`).set('Authorization', t.auth(Role.PactOffice));
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'REVISE', before: expect.objectContaining({ version: 1 }), after: expect.objectContaining({ version: 2 }) }),
    ]);
  });

  it('numbers concurrent revisions one after the other', async () => {
    const member = await newMember();
    await createLetter(t, member.id);
    const results = await Promise.all(
      ['A', 'B', 'C'].map((reason) => post(member.id, letterInput({ changeReason: `Revision ${reason}` }))),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(results.map((r) => r.body.version).sort()).toEqual([2, 3, 4]);
    const [{ current }] = await t.dataSource.query(
      'SELECT count(*)::int AS current FROM letter_of_intent WHERE member_id = $1 AND superseded_at IS NULL',
      [member.id],
    );
    expect(current).toBe(1);
  });

  describe('status on boundary dates (expiry window 90 days)', () => {
    it.each([
      ['valid to today', 'EXPIRING', { validTo: today(0) }],
      ['expired yesterday', 'EXPIRED', { validTo: today(-1) }],
      ['expiring in exactly 90 days', 'EXPIRING', { validTo: today(90) }],
      ['ending in 91 days', 'ACTIVE', { validTo: today(91) }],
      ['valid from today', 'ACTIVE', { validFrom: today(0), validTo: today(400) }],
      ['valid from tomorrow', 'UPCOMING', { validFrom: today(1), validTo: today(400) }],
    ])('a letter %s gives %s, in the member and in the status filter', async (_case, expected, dates) => {
      const member = await newMember();
      await createLetter(t, member.id, { signedOn: today(-500), validFrom: today(-500), ...dates });
      expect(await status(member.id)).toBe(expected);
      const filtered = await t.http.get(`/api/pact-members?status=${expected}&q=${member.name}`).set('Authorization', t.auth(Role.Officer));
      expect(filtered.body.items.map((m: { id: string }) => m.id)).toEqual([member.id]);
    });
  });

  it.each([
    [{ validFrom: today(10), validTo: today(5) }, 'validTo', /validTo must be after validFrom/],
    [{ validFrom: today(10), validTo: today(10) }, 'validTo', /validTo must be after validFrom/],
    [{ activities: ['JOB_PARTNER', 'GOLF'] }, 'activities', /activities must be one of/],
    [{ activities: [] }, 'activities', /activities must contain at least 1/],
    [{ activities: ['JOB_PARTNER', 'JOB_PARTNER'] }, 'activities', /unique/],
    [{ validFrom: '2026-02-30' }, 'validFrom', /validFrom must be a calendar date/],
    [{ signedOn: '15/1/2026' }, 'signedOn', /signedOn must be a calendar date/],
    [{ signedOn: today(1) }, 'signedOn', /signedOn must not be after today/],
    [{ commitments: [{ description: 'Praktik', target: -1 }] }, 'commitments.0.target', /commitments.0.target must not be less than 0/],
    [{ commitments: [{ description: '' }] }, 'commitments.0.description', /should not be empty/],
    [{ commitments: [{ description: 'Praktik', owner: 'x' }] }, 'commitments.0.owner', /should not exist/],
  ])('refuses %p with a 400 naming %s and stores nothing', async (override, field, pattern) => {
    const member = await newMember();
    const res = await post(member.id, letterInput(override)).expect(400);
    expect(res.body.message).toMatch(pattern);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    expect(await status(member.id)).toBe('NO_LETTER');
  });

  it('answers 404 for an unknown member or version and 400 for a malformed version', async () => {
    const member = await newMember();
    await createLetter(t, member.id);
    await post('00000000-0000-4000-8000-000000000000', letterInput()).expect(404);
    await t.http.get(`/api/pact-members/${member.id}/letters/2`).set('Authorization', t.auth(Role.Officer)).expect(404);
    const bad = await t.http.get(`/api/pact-members/${member.id}/letters/latest`).set('Authorization', t.auth(Role.Officer)).expect(400);
    expect(bad.body.fields).toMatchObject([{ field: 'version', messages: ['version must be a whole number'] }]);
  });

  it('forbids officers and suppliers to record letters (403)', async () => {
    const member = await newMember();
    await t.http.post(`/api/pact-members/${member.id}/letters`).set('Authorization', t.auth(Role.Officer)).send(letterInput()).expect(403);
    await t.http
      .post(`/api/pact-members/${member.id}/letters`)
      .set('Authorization', t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001'))
      .send(letterInput())
      .expect(403);
  });
});

describe('Letters of intent: the expiry window is configuration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ MEMBER_EXPIRING_WITHIN_DAYS: '30' }, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it.each([
    [30, 'EXPIRING'],
    [31, 'ACTIVE'],
    [90, 'ACTIVE'],
  ])('with MEMBER_EXPIRING_WITHIN_DAYS=30 a letter ending in %i days is %s', async (days, expected) => {
    const member = await createMember(t, { orgNumber: orgNumber(700 + days) });
    await createLetter(t, member.id, { validTo: today(days) });
    const res = await t.http.get(`/api/pact-members/${member.id}`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(res.body.status).toBe(expected);
  });
});
