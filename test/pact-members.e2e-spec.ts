import { Role } from '../src/auth/role';
import { orgNumber } from './support/factories';
import { createLetter, createMember, memberInput, today } from './support/pact-members-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Pact members: the pact office keeps the member register; officers read it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it('registers a member, normalising the organisation number, with status NO_LETTER', async () => {
    const res = await t.http
      .post('/api/pact-members')
      .set('Authorization', t.auth(Role.PactOffice))
      .send(memberInput({ orgNumber: orgNumber(10).replace('-', ''), name: '  Vård & Omsorg Söder AB ' }))
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Vård & Omsorg Söder AB',
      orgNumber: orgNumber(10),
      kind: 'COMPANY',
      sector: 'Bygg',
      sizeBand: 'EMPLOYEES_50_249',
      status: 'NO_LETTER',
      currentLetter: null,
      lastCheckInOn: null,
      autoLinkedSupplier: null,
    });
    const { autoLinkedSupplier: _none, ...member } = res.body;
    const fetched = await t.http.get(`/api/pact-members/${res.body.id}`).set('Authorization', t.auth(Role.Officer)).expect(200);
    expect(fetched.body).toEqual(member);
  });

  it('audits creation, update and removal of a member', async () => {
    const member = await createMember(t, { orgNumber: orgNumber(11) });
    await t.http.patch(`/api/pact-members/${member.id}`).set('Authorization', t.auth(Role.PactOffice)).send({ sector: 'Handel' }).expect(200);
    await t.http.delete(`/api/pact-members/${member.id}`).set('Authorization', t.auth(Role.Admin)).expect(204);
    await t.http.get(`/api/pact-members/${member.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(404);
    const audit = await t.http
      .get(`/api/audit?entityType=pact_member&entityId=${member.id}`)
      .set('Authorization', t.auth(Role.PactOffice))
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['DELETE', 'UPDATE', 'CREATE']);
    const update = audit.body.items[1];
    expect(update).toMatchObject({ actorRole: 'pact_office', before: { sector: 'Bygg' }, after: { sector: 'Handel' } });
  });

  it('refuses a second member with the same organisation number (409), in any notation', async () => {
    await createMember(t, { orgNumber: orgNumber(12) });
    const res = await t.http
      .post('/api/pact-members')
      .set('Authorization', t.auth(Role.PactOffice))
      .send(memberInput({ orgNumber: orgNumber(12).replace('-', '') }))
      .expect(409);
    expect(res.body.message).toContain(orgNumber(12));
    const other = await createMember(t, { orgNumber: orgNumber(13) });
    await t.http.patch(`/api/pact-members/${other.id}`).set('Authorization', t.auth(Role.PactOffice)).send({ orgNumber: orgNumber(12) }).expect(409);
  });

  it.each([
    [{ orgNumber: '556036-0794' }, 'orgNumber', /check digit/],
    [{ orgNumber: '811218-9876' }, 'orgNumber', /personal identity number/],
    [{ kind: 'PARTY' }, 'kind', /kind must be one of/],
    [{ sizeBand: '1000+' }, 'sizeBand', /sizeBand must be one of/],
    [{ sector: '' }, 'sector', /sector should not be empty/],
    [{ contactEmail: 'anna' }, 'contactEmail', /contactEmail must be an email/],
    [{ contactPhone: 'ring mig' }, 'contactPhone', /phone number/],
    [{ status: 'ACTIVE' }, 'status', /property status should not exist/],
  ])('refuses %p with a 400 naming %s and stores nothing', async (override, field, pattern) => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM pact_member');
    const res = await t.http
      .post('/api/pact-members')
      .set('Authorization', t.auth(Role.PactOffice))
      .send(memberInput({ orgNumber: orgNumber(14), ...override }))
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(pattern) });
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM pact_member');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers a malformed id with 400 and an unknown one with 404', async () => {
    const bad = await t.http.get('/api/pact-members/nope').set('Authorization', t.auth(Role.Officer)).expect(400);
    expect(bad.body.fields).toMatchObject([{ field: 'id', messages: ['id must be a UUID'] }]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    await t.http.get(`/api/pact-members/${unknown}`).set('Authorization', t.auth(Role.Officer)).expect(404);
    await t.http.patch(`/api/pact-members/${unknown}`).set('Authorization', t.auth(Role.PactOffice)).send({ sector: 'IT' }).expect(404);
    await t.http.delete(`/api/pact-members/${unknown}`).set('Authorization', t.auth(Role.PactOffice)).expect(404);
  });

  describe('roles', () => {
    let member: { id: string };
    beforeAll(async () => {
      member = await createMember(t, { orgNumber: orgNumber(20) });
    });

    it('lets officers read but not write (403)', async () => {
      await t.http.get('/api/pact-members').set('Authorization', t.auth(Role.Officer)).expect(200);
      await t.http.post('/api/pact-members').set('Authorization', t.auth(Role.Officer)).send(memberInput({ orgNumber: orgNumber(21) })).expect(403);
      await t.http.patch(`/api/pact-members/${member.id}`).set('Authorization', t.auth(Role.Officer)).send({ sector: 'IT' }).expect(403);
      await t.http.delete(`/api/pact-members/${member.id}`).set('Authorization', t.auth(Role.Officer)).expect(403);
    });

    it('refuses every register route to a supplier token (403) and without a token (401)', async () => {
      const supplier = t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001');
      const refusals = [
        t.http.get('/api/pact-members').set('Authorization', supplier),
        t.http.get(`/api/pact-members/${member.id}`).set('Authorization', supplier),
        t.http.post('/api/pact-members').set('Authorization', supplier).send(memberInput({ orgNumber: orgNumber(22) })),
        t.http.get(`/api/pact-members/${member.id}/letters`).set('Authorization', supplier),
        t.http.get(`/api/pact-members/${member.id}/check-ins`).set('Authorization', supplier),
        t.http.get('/api/pact-members/check-ins/overdue').set('Authorization', supplier),
        t.http.get('/api/pact-supplier-links').set('Authorization', supplier),
        t.http.get('/api/pact-invitations').set('Authorization', supplier),
      ];
      for (const response of await Promise.all(refusals)) expect(response.status).toBe(403);
      await t.http.get('/api/pact-members').expect(401);
    });
  });

  describe('listing: filters, search and pages', () => {
    let listing: TestApp;
    const names: Record<string, string> = {};
    beforeAll(async () => {
      listing = await createTestApp({}, { acceptLanguage: 'en' });
      for (let i = 1; i <= 23; i++) {
        await createMember(listing, {
          orgNumber: orgNumber(300 + i),
          name: `Medlem ${String(i).padStart(2, '0')} AB`,
          kind: i % 2 === 0 ? 'CIVIL_SOCIETY' : 'COMPANY',
          sector: i <= 5 ? 'Vård och omsorg' : 'Bygg',
        });
      }
      const byName = async (name: string) =>
        (await listing.http.get(`/api/pact-members?q=${encodeURIComponent(name)}`).set('Authorization', listing.auth(Role.PactOffice))).body.items[0];
      const active = await byName('Medlem 01');
      const expiring = await byName('Medlem 02');
      const expired = await byName('Medlem 03');
      const upcoming = await byName('Medlem 04');
      await createLetter(listing, active.id, { activities: ['STOCKHOLM_MENTOR'] });
      await createLetter(listing, expiring.id, { validTo: today(10), activities: ['SOCIAL_CLAUSE', 'ADVISORY_BOARD'] });
      await createLetter(listing, expired.id, { signedOn: today(-800), validFrom: today(-800), validTo: today(-1) });
      await createLetter(listing, upcoming.id, { validFrom: today(30), validTo: today(400) });
      Object.assign(names, { active: active.name, expiring: expiring.name, expired: expired.name, upcoming: upcoming.name });
    });
    afterAll(() => listing.close());

    const list = async (query: string) => {
      const res = await listing.http.get(`/api/pact-members?${query}`).set('Authorization', listing.auth(Role.Officer)).expect(200);
      return res.body as { items: { name: string; status: string }[]; total: number };
    };

    it('pages through all members in name order with the total count', async () => {
      const first = await list('limit=10');
      expect(first).toMatchObject({ total: 23, limit: 10, offset: 0 });
      expect(first.items.map((m) => m.name).slice(0, 2)).toEqual(['Medlem 01 AB', 'Medlem 02 AB']);
      const last = await list('limit=10&offset=20');
      expect(last.items.map((m) => m.name)).toEqual(['Medlem 21 AB', 'Medlem 22 AB', 'Medlem 23 AB']);
      expect(last.total).toBe(23);
    });

    it('filters by derived status', async () => {
      expect((await list('status=ACTIVE')).items.map((m) => m.name)).toEqual([names.active]);
      expect((await list('status=EXPIRING')).items.map((m) => m.name)).toEqual([names.expiring]);
      expect((await list('status=EXPIRED')).items.map((m) => m.name)).toEqual([names.expired]);
      expect((await list('status=UPCOMING')).items.map((m) => m.name)).toEqual([names.upcoming]);
      const noLetter = await list('status=NO_LETTER&limit=5');
      expect(noLetter.total).toBe(19);
      expect(noLetter.items.every((m) => m.status === 'NO_LETTER')).toBe(true);
    });

    it('filters by activity in the current letter, kind and sector, combined', async () => {
      expect((await list('activity=SOCIAL_CLAUSE')).items.map((m) => m.name)).toEqual([names.expiring, names.expired, names.upcoming]);
      expect((await list('activity=STOCKHOLM_MENTOR')).items.map((m) => m.name)).toEqual([names.active]);
      expect((await list('kind=CIVIL_SOCIETY')).total).toBe(11);
      expect((await list('sector=vård och omsorg')).total).toBe(5);
      expect((await list('sector=Vård och omsorg&kind=COMPANY&activity=JOB_PARTNER')).items.map((m) => m.name)).toEqual(['Medlem 03 AB']);
    });

    it('searches by name and by organisation number in either notation', async () => {
      expect((await list('q=medlem 17')).items.map((m) => m.name)).toEqual(['Medlem 17 AB']);
      expect((await list(`q=${orgNumber(312)}`)).items.map((m) => m.name)).toEqual(['Medlem 12 AB']);
      expect((await list(`q=${orgNumber(312).replace('-', '')}`)).items.map((m) => m.name)).toEqual(['Medlem 12 AB']);
      expect((await list('q=100%25')).total).toBe(0);
    });

    it.each([
      ['status=LAPSED', 'status'],
      ['activity=GOLF', 'activity'],
      ['kind=PARTY', 'kind'],
      ['limit=0', 'limit'],
      ['offset=-1', 'offset'],
      ['sort=name', 'sort'],
    ])('refuses the query %s with a 400 naming %s', async (query, field) => {
      const res = await listing.http.get(`/api/pact-members?${query}`).set('Authorization', listing.auth(Role.Officer)).expect(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    });
  });
});
