import { Role } from '../src/auth/role';
import { createSupplier, orgNumber } from './support/factories';
import { createAwardedSupplier, createMember, today } from './support/pact-members-factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Supplier links and invitations: suppliers that are pact members, and awarded suppliers invited to join', () => {
  let t: TestApp;
  let n = 1000;
  const next = () => orgNumber(n++);
  const membership = async (supplierId: string) =>
    (await t.http.get(`/api/suppliers/${supplierId}/pact-membership`).set('Authorization', t.auth(Role.Officer)).expect(200)).body;
  const link = (body: Record<string, unknown>, role = Role.PactOffice) =>
    t.http.post('/api/pact-supplier-links').set('Authorization', t.auth(role)).send(body);
  const invite = (body: Record<string, unknown>, role = Role.PactOffice) =>
    t.http.post('/api/pact-invitations').set('Authorization', t.auth(role)).send(body);
  const outcome = (id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/pact-invitations/${id}/outcome`).set('Authorization', t.auth(Role.PactOffice)).send(body);

  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  describe('links', () => {
    it('links an existing supplier automatically when a member with its organisation number is registered, and says so', async () => {
      const number = next();
      const supplier = await createSupplier(t, { orgNumber: number, name: 'Städ & Service AB' });
      const member = await createMember(t, { orgNumber: number.replace('-', ''), name: 'Städ & Service AB' });
      expect(member.autoLinkedSupplier).toMatchObject({
        memberId: member.id,
        supplierId: supplier.id,
        matchedBy: 'ORG_NUMBER',
        linkedAutomatically: true,
        message: `Linked automatically: supplier Städ & Service AB and member Städ & Service AB share organisation number ${number}`,
      });
      expect(await membership(supplier.id)).toMatchObject({ pactStatus: 'MEMBER', link: { memberId: member.id, linkedAutomatically: true } });
      const audit = await t.http
        .get(`/api/audit?entityType=pact_member_supplier_link&entityId=${(member.autoLinkedSupplier as { id: string }).id}`)
        .set('Authorization', t.auth(Role.PactOffice));
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['LINK']);
    });

    it('links a later supplier to the member with its organisation number without being told which member', async () => {
      const number = next();
      const member = await createMember(t, { orgNumber: number });
      const supplier = await createSupplier(t, { orgNumber: number });
      const res = await link({ supplierId: supplier.id }).expect(201);
      expect(res.body).toMatchObject({ memberId: member.id, linkedAutomatically: true, message: expect.stringContaining('automatically') });
      const again = await link({ supplierId: supplier.id }).expect(409);
      expect(again.body.message).toMatch(/already linked/);
    });

    it('links by hand when the numbers differ, and only then', async () => {
      const group = await createMember(t, { orgNumber: next(), name: 'Koncernen AB' });
      const subsidiary = await createSupplier(t, { orgNumber: next(), name: 'Dotterbolaget AB' });
      const unmatched = await link({ supplierId: subsidiary.id }).expect(404);
      expect(unmatched.body.message).toMatch(/No pact member has organisation number .*give memberId/);
      const res = await link({ supplierId: subsidiary.id, memberId: group.id }).expect(201);
      expect(res.body).toMatchObject({ matchedBy: 'MANUAL', linkedAutomatically: false, message: 'Linked by hand: supplier Dotterbolaget AB to member Koncernen AB' });

      const number = next();
      const own = await createMember(t, { orgNumber: number });
      const supplier = await createSupplier(t, { orgNumber: number });
      const wrong = await link({ supplierId: supplier.id, memberId: group.id }).expect(409);
      expect(wrong.body.message).toContain(own.id);
    });

    it('lists links by member, and unlinks with an audit record', async () => {
      const number = next();
      const member = await createMember(t, { orgNumber: number });
      const supplier = await createSupplier(t, { orgNumber: number });
      const created = await link({ supplierId: supplier.id }).expect(201);
      const list = await t.http.get(`/api/pact-supplier-links?memberId=${member.id}`).set('Authorization', t.auth(Role.Officer)).expect(200);
      expect(list.body).toMatchObject({ total: 1, items: [{ id: created.body.id, supplierId: supplier.id }] });
      await t.http.delete(`/api/pact-supplier-links/${created.body.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(204);
      expect((await membership(supplier.id)).pactStatus).toBe('NOT_MEMBER');
      await t.http.delete(`/api/pact-supplier-links/${created.body.id}`).set('Authorization', t.auth(Role.PactOffice)).expect(404);
    });

    it.each([
      [{}, 'supplierId'],
      [{ supplierId: 'abc' }, 'supplierId'],
      [{ supplierId: '00000000-0000-4000-8000-000000000000', memberId: 7 }, 'memberId'],
    ])('refuses %p with a 400 naming %s', async (body, field) => {
      const res = await link(body).expect(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    });

    it('answers 404 for an unknown supplier', async () => {
      await link({ supplierId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    });
  });

  describe('invitations', () => {
    it('marks an awarded non-member INVITED, records a refusal, and allows a new invitation later', async () => {
      const supplier = await createAwardedSupplier(t, { orgNumber: next() });
      const invited = await invite({ supplierId: supplier.id, invitedOn: today(-10), note: 'Inbjudan till vd' }).expect(201);
      expect(invited.body).toMatchObject({ supplierId: supplier.id, invitedOn: today(-10), outcome: 'PENDING', outcomeOn: null });
      expect(await membership(supplier.id)).toMatchObject({ pactStatus: 'INVITED', awarded: true, link: null });
      const twice = await invite({ supplierId: supplier.id, invitedOn: today() }).expect(409);
      expect(twice.body.message).toMatch(/pending invitation/);

      const declined = await outcome(invited.body.id, { outcome: 'DECLINED', outcomeOn: today(-2), note: 'Inte i år' }).expect(201);
      expect(declined.body).toMatchObject({ outcome: 'DECLINED', outcomeOn: today(-2), outcomeNote: 'Inte i år', link: null });
      expect((await membership(supplier.id)).pactStatus).toBe('NOT_MEMBER');
      await outcome(invited.body.id, { outcome: 'NO_RESPONSE', outcomeOn: today() }).expect(409);
      await invite({ supplierId: supplier.id, invitedOn: today() }).expect(201);

      const audit = await t.http.get(`/api/audit?entityType=pact_invitation&entityId=${invited.body.id}`).set('Authorization', t.auth(Role.PactOffice));
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['OUTCOME', 'CREATE']);
    });

    it('closes a pending invitation as JOINED when the supplier registers as a member with its number', async () => {
      const number = next();
      const supplier = await createAwardedSupplier(t, { orgNumber: number });
      const invited = await invite({ supplierId: supplier.id, invitedOn: today(-30) }).expect(201);
      const member = await createMember(t, { orgNumber: number });
      expect(member.autoLinkedSupplier).toMatchObject({ supplierId: supplier.id, linkedAutomatically: true });
      const status = await membership(supplier.id);
      expect(status.pactStatus).toBe('MEMBER');
      expect(status.invitations).toEqual([expect.objectContaining({ id: invited.body.id, outcome: 'JOINED', outcomeOn: today(), memberId: member.id })]);
    });

    it('records JOINED with the member a subsidiary joined as, linking it by hand', async () => {
      const group = await createMember(t, { orgNumber: next(), name: 'Koncern Två AB' });
      const supplier = await createAwardedSupplier(t, { orgNumber: next() });
      const invited = await invite({ supplierId: supplier.id, invitedOn: today(-30) }).expect(201);
      const missing = await outcome(invited.body.id, { outcome: 'JOINED', outcomeOn: today() }).expect(400);
      expect(missing.body.fields).toMatchObject([{ field: 'memberId', messages: [expect.stringMatching(/memberId is required for JOINED/)] }]);
      const joined = await outcome(invited.body.id, { outcome: 'JOINED', outcomeOn: today(), memberId: group.id }).expect(201);
      expect(joined.body).toMatchObject({ outcome: 'JOINED', memberId: group.id, link: { memberId: group.id, matchedBy: 'MANUAL' } });
      expect((await membership(supplier.id)).pactStatus).toBe('MEMBER');
    });

    it('invites only awarded suppliers that are not members', async () => {
      const notAwarded = await createSupplier(t, { orgNumber: next() });
      const res = await invite({ supplierId: notAwarded.id, invitedOn: today() }).expect(409);
      expect(res.body.message).toMatch(/no awarded contract/);
      const number = next();
      const member = await createAwardedSupplier(t, { orgNumber: number });
      await createMember(t, { orgNumber: number });
      const linked = await invite({ supplierId: member.id, invitedOn: today() }).expect(409);
      expect(linked.body.message).toMatch(/already linked/);
      await invite({ supplierId: '00000000-0000-4000-8000-000000000000', invitedOn: today() }).expect(404);
    });

    it.each([
      [{ invitedOn: today(1) }, 'invitedOn', /invitedOn must not be after today/],
      [{ invitedOn: '2026-1-5' }, 'invitedOn', /calendar date/],
      [{ supplierId: 'x' }, 'supplierId', /supplierId must be a UUID/],
    ])('refuses the invitation %p with a 400 naming %s', async (override, field, pattern) => {
      const supplier = await createAwardedSupplier(t, { orgNumber: next() });
      const res = await invite({ supplierId: supplier.id, invitedOn: today(), ...override }).expect(400);
      expect(res.body.message).toMatch(pattern);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    });

    it.each([
      [{ outcome: 'PENDING' }, 'outcome', /outcome must be one of the following values: JOINED, DECLINED, NO_RESPONSE/],
      [{ outcome: 'MAYBE' }, 'outcome', /outcome must be one of/],
      [{ outcomeOn: today(-6) }, 'outcomeOn', /outcomeOn must not be before the invitation/],
      [{ outcomeOn: today(1) }, 'outcomeOn', /outcomeOn must not be after today/],
      [{ memberId: '00000000-0000-4000-8000-000000000000' }, 'memberId', /only given for the outcome JOINED/],
    ])('refuses the outcome %p with a 400 naming %s', async (override, field, pattern) => {
      const supplier = await createAwardedSupplier(t, { orgNumber: next() });
      const invited = await invite({ supplierId: supplier.id, invitedOn: today(-5) }).expect(201);
      const res = await outcome(invited.body.id, { outcome: 'DECLINED', outcomeOn: today(), ...override }).expect(400);
      expect(res.body.message).toMatch(pattern);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      expect((await membership(supplier.id)).pactStatus).toBe('INVITED');
    });

    it('lists invitations by outcome', async () => {
      const res = await t.http.get('/api/pact-invitations?outcome=JOINED&limit=200').set('Authorization', t.auth(Role.Officer)).expect(200);
      expect(res.body.total).toBeGreaterThanOrEqual(2);
      expect(res.body.items.every((i: { outcome: string }) => i.outcome === 'JOINED')).toBe(true);
    });
  });

  it('lets officers read but not link or invite, and refuses supplier tokens (403)', async () => {
    const supplier = await createAwardedSupplier(t, { orgNumber: next() });
    await link({ supplierId: supplier.id }, Role.Officer).expect(403);
    await invite({ supplierId: supplier.id, invitedOn: today() }, Role.Officer).expect(403);
    const own = t.auth(Role.Supplier, supplier.id);
    await t.http.get(`/api/suppliers/${supplier.id}/pact-membership`).set('Authorization', own).expect(403);
    await t.http.post('/api/pact-invitations').set('Authorization', own).send({ supplierId: supplier.id, invitedOn: today() }).expect(403);
    await t.http.post('/api/pact-supplier-links').set('Authorization', own).send({ supplierId: supplier.id }).expect(403);
  });
});
