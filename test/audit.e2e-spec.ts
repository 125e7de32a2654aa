import { Role } from '../src/auth/role';
import { createSupplier, orgNumber } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Audit trail: the pact office reads who changed what and when', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records a create and an update with the actor, before and after', async () => {
    const supplier = await createSupplier(t, { orgNumber: orgNumber(900), name: 'Före AB' });
    const officerToken = t.token(Role.Officer);
    await t.http.patch(`/api/suppliers/${supplier.id}`).set('Authorization', `Bearer ${officerToken}`).send({ name: 'Efter AB' }).expect(200);

    const res = await t.http
      .get(`/api/audit?entityType=supplier&entityId=${supplier.id}`)
      .set('Authorization', t.auth(Role.PactOffice))
      .expect(200);
    expect(res.body.total).toBe(2);
    const [update, create] = res.body.items;
    expect(create).toMatchObject({ action: 'CREATE', actorRole: 'officer', before: null, after: { name: 'Före AB' } });
    expect(update).toMatchObject({
      action: 'UPDATE',
      actorRole: 'officer',
      actorSub: expect.stringMatching(/^officer-/),
      before: { name: 'Före AB' },
      after: { name: 'Efter AB' },
    });
  });

  it('records nothing for a refused change', async () => {
    const supplier = await createSupplier(t, { orgNumber: orgNumber(901) });
    await t.http.patch(`/api/suppliers/${supplier.id}`).set('Authorization', t.auth(Role.Officer)).send({ contactEmail: 'bad' }).expect(400);
    const res = await t.http.get(`/api/audit?entityId=${supplier.id}`).set('Authorization', t.auth(Role.Admin)).expect(200);
    expect(res.body.items.map((e: { action: string }) => e.action)).toEqual(['CREATE']);
  });

  it('is closed to officers and suppliers', async () => {
    await t.http.get('/api/audit').set('Authorization', t.auth(Role.Officer)).expect(403);
    await t.http.get('/api/audit').set('Authorization', t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001')).expect(403);
  });

  it('refuses a bad entity id filter with a 400 naming it', async () => {
    const res = await t.http.get('/api/audit?entityId=nope').set('Authorization', t.auth(Role.PactOffice)).expect(400);
    expect(res.body.fields[0].field).toBe('entityId');
  });
});
