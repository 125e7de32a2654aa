import { Role } from '../src/auth/role';
import { createSupplier, orgNumber, supplierInput } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Suppliers: an officer registers suppliers; a supplier sees only itself', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it('creates a supplier and normalises the organisation number', async () => {
    const res = await t.http
      .post('/api/suppliers')
      .set('Authorization', t.auth(Role.Officer))
      .send(supplierInput({ orgNumber: '5560360793', name: '  Bygg Öst AB ' }))
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Bygg Öst AB',
      orgNumber: '556036-0793',
      contactEmail: 'upphandling@stadservice.se',
      postalCode: '111 57',
    });
    const fetched = await t.http.get(`/api/suppliers/${res.body.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(fetched.body).toEqual(res.body);
  });

  it('refuses a duplicate organisation number with 409, in any notation', async () => {
    await createSupplier(t, { orgNumber: orgNumber(2) });
    const res = await t.http
      .post('/api/suppliers')
      .set('Authorization', t.auth(Role.Officer))
      .send(supplierInput({ orgNumber: orgNumber(2).replace('-', '') }))
      .expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, error: 'Conflict', message: expect.stringContaining(orgNumber(2)) });
  });

  it.each([
    [{ orgNumber: '556036-0794' }, 'orgNumber', /check digit/],
    [{ orgNumber: '811218-9876' }, 'orgNumber', /personal identity number/],
    [{ orgNumber: 12345 }, 'orgNumber', /orgNumber/],
    [{ contactEmail: 'not-an-email' }, 'contactEmail', /contactEmail must be an email/],
    [{ name: '' }, 'name', /name should not be empty/],
    [{ name: 'x'.repeat(201) }, 'name', /name must be shorter/],
    [{ postalCode: '1234' }, 'postalCode', /postal code/],
    [{ isAdmin: true }, 'isAdmin', /property isAdmin should not exist/],
  ])('refuses %p with a 400 naming %s', async (override, field, pattern) => {
    const res = await t.http
      .post('/api/suppliers')
      .set('Authorization', t.auth(Role.Officer))
      .send(supplierInput({ orgNumber: orgNumber(3), ...override }))
      .expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(pattern) });
    expect(res.body.fields).toMatchObject(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('refuses a missing required field with a 400 naming it', async () => {
    const { name: _omitted, ...withoutName } = supplierInput({ orgNumber: orgNumber(4) });
    const res = await t.http.post('/api/suppliers').set('Authorization', t.auth(Role.Officer)).send(withoutName).expect(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['name']);
  });

  it('stores nothing when a request is refused', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM supplier');
    await t.http.post('/api/suppliers').set('Authorization', t.auth(Role.Officer)).send(supplierInput({ contactEmail: 'x' })).expect(400);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM supplier');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers a malformed id with 400 and an unknown one with 404', async () => {
    const bad = await t.http.get('/api/suppliers/not-a-uuid').set('Authorization', t.auth(Role.Officer)).expect(400);
    expect(bad.body.fields).toMatchObject([{ field: 'id', messages: ['id must be a UUID'] }]);
    await t.http.get('/api/suppliers/00000000-0000-4000-8000-000000000000').set('Authorization', t.auth(Role.Officer)).expect(404);
  });

  it('updates a supplier, keeping organisation numbers unique', async () => {
    const a = await createSupplier(t, { orgNumber: orgNumber(5), name: 'A-Städ AB' });
    await createSupplier(t, { orgNumber: orgNumber(6), name: 'B-Städ AB' });
    const res = await t.http
      .patch(`/api/suppliers/${a.id}`)
      .set('Authorization', t.auth(Role.Officer))
      .send({ city: 'Solna', contactEmail: 'ny@astad.se' })
      .expect(200);
    expect(res.body).toMatchObject({ city: 'Solna', contactEmail: 'ny@astad.se', name: 'A-Städ AB' });
    await t.http
      .patch(`/api/suppliers/${a.id}`)
      .set('Authorization', t.auth(Role.Officer))
      .send({ orgNumber: orgNumber(6) })
      .expect(409);
    await t.http.patch(`/api/suppliers/${a.id}`).set('Authorization', t.auth(Role.Officer)).send({ contactEmail: 'nope' }).expect(400);
  });

  describe('listing', () => {
    let listing: TestApp;
    beforeAll(async () => {
      listing = await createTestApp({}, { acceptLanguage: 'en' });
      for (let i = 1; i <= 25; i++) {
        await createSupplier(listing, { orgNumber: orgNumber(100 + i), name: `Leverantör ${String(i).padStart(2, '0')} AB` });
      }
    });
    afterAll(() => listing.close());

    it('pages through all suppliers in name order with the total count', async () => {
      const first = await listing.http.get('/api/suppliers?limit=10').set('Authorization', listing.auth(Role.Officer)).expect(200);
      expect(first.body).toMatchObject({ total: 25, limit: 10, offset: 0 });
      expect(first.body.items).toHaveLength(10);
      expect(first.body.items[0].name).toBe('Leverantör 01 AB');
      const last = await listing.http.get('/api/suppliers?limit=10&offset=20').set('Authorization', listing.auth(Role.Officer)).expect(200);
      expect(last.body.items.map((s: { name: string }) => s.name)).toEqual([21, 22, 23, 24, 25].map((i) => `Leverantör ${i} AB`));
    });

    it('searches by name and by organisation number', async () => {
      const byName = await listing.http.get('/api/suppliers?q=leverantör 07').set('Authorization', listing.auth(Role.PactOffice)).expect(200);
      expect(byName.body.items.map((s: { name: string }) => s.name)).toEqual(['Leverantör 07 AB']);
      const digits = orgNumber(112).replace('-', '');
      const byNumber = await listing.http.get(`/api/suppliers?q=${digits}`).set('Authorization', listing.auth(Role.PactOffice)).expect(200);
      expect(byNumber.body.items.map((s: { orgNumber: string }) => s.orgNumber)).toEqual([orgNumber(112)]);
    });

    it.each([['limit=0', 'limit'], ['limit=1000', 'limit'], ['offset=-1', 'offset'], ['limit=abc', 'limit'], ['sort=name', 'sort']])(
      'refuses the query %s with a 400 naming %s',
      async (query, field) => {
        const res = await listing.http.get(`/api/suppliers?${query}`).set('Authorization', listing.auth(Role.Officer)).expect(400);
        expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      },
    );
  });

  describe('roles and supplier isolation', () => {
    let own: { id: string };
    let other: { id: string };
    beforeAll(async () => {
      own = await createSupplier(t, { orgNumber: orgNumber(200), name: 'Egen AB' });
      other = await createSupplier(t, { orgNumber: orgNumber(201), name: 'Annan AB' });
    });

    it('lets a supplier read its own record', async () => {
      const res = await t.http.get(`/api/suppliers/${own.id}`).set('Authorization', t.auth(Role.Supplier, own.id)).expect(200);
      expect(res.body.name).toBe('Egen AB');
    });

    it('hides another supplier from a supplier token (404 on get, absent from the list)', async () => {
      await t.http.get(`/api/suppliers/${other.id}`).set('Authorization', t.auth(Role.Supplier, own.id)).expect(404);
      const list = await t.http.get('/api/suppliers?limit=200').set('Authorization', t.auth(Role.Supplier, own.id)).expect(200);
      expect(list.body.items.map((s: { id: string }) => s.id)).toEqual([own.id]);
      expect(list.body.total).toBe(1);
    });

    it('forbids suppliers to create or change suppliers, even their own (403)', async () => {
      await t.http.post('/api/suppliers').set('Authorization', t.auth(Role.Supplier, own.id)).send(supplierInput({ orgNumber: orgNumber(202) })).expect(403);
      await t.http.patch(`/api/suppliers/${own.id}`).set('Authorization', t.auth(Role.Supplier, own.id)).send({ name: 'Hack AB' }).expect(403);
      await t.http.patch(`/api/suppliers/${other.id}`).set('Authorization', t.auth(Role.Supplier, own.id)).send({ name: 'Hack AB' }).expect(403);
      const unchanged = await t.http.get(`/api/suppliers/${other.id}`).set('Authorization', t.auth(Role.Officer)).expect(200);
      expect(unchanged.body.name).toBe('Annan AB');
    });

    it('forbids the pact office to write suppliers but lets admin', async () => {
      await t.http.patch(`/api/suppliers/${own.id}`).set('Authorization', t.auth(Role.PactOffice)).send({ city: 'Täby' }).expect(403);
      await t.http.patch(`/api/suppliers/${own.id}`).set('Authorization', t.auth(Role.Admin)).send({ city: 'Täby' }).expect(200);
    });
  });
});
