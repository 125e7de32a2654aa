import { Role } from '../src/auth/role';
import { hashOfSecret } from '../src/auth/secrets';
import { UsersService } from '../src/users/users.service';
import { createSupplier } from './support/factories';
import { createPublishedProcurement } from './support/followup-factories';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, signIn, SignedIn } from './support/user-factories';

describe('Users: invitations and who manages whom', () => {
  let t: TestApp;
  let supplierA: string;
  let supplierB: string;
  let admin: SignedIn;
  let officer: SignedIn;
  let supplierAdminA: SignedIn;
  beforeAll(async () => {
    t = await createTestApp();
    supplierA = (await createSupplier(t, { orgNumber: '556000-0035', name: 'Alfa Städ AB' })).id;
    supplierB = (await createSupplier(t, { orgNumber: '556000-0043', name: 'Beta Bygg AB' })).id;
    admin = await signIn(t, (await createUser(t, { role: Role.Admin, name: 'Ada Admin' })).id);
    officer = await signIn(t, (await createUser(t, { role: Role.Officer, name: 'Olle Officer' })).id);
    supplierAdminA = await signIn(t, (await createUser(t, { supplierId: supplierA, supplierAdmin: true, name: 'Alma Alfa' })).id);
  });
  afterAll(() => t.close());

  const as = (s: SignedIn) => ({ Cookie: s.cookie, 'X-CSRF-Token': s.csrf });
  let n = 0;
  const address = () => `invitee-${++n}-${Date.now()}@example.se`;

  it('lets an admin invite staff: INVITED, no link in the answer, the creator and the inviter recorded', async () => {
    const email = address();
    const res = await t.http.post('/api/users').set(as(admin)).send({ email, name: 'Petra Pakt', role: 'pact_office' }).expect(201);
    expect(res.body).toMatchObject({ email, name: 'Petra Pakt', role: 'pact_office', status: 'INVITED', supplierId: null, language: 'sv', lastSignInAt: null });
    expect(JSON.stringify(res.body)).not.toMatch(/sign-in\/link/);
    const links = await t.dataSource.query(`SELECT expires_at - created_at AS valid FROM sign_in_link WHERE user_id = $1`, [res.body.id]);
    expect(links).toHaveLength(1);
    expect(links[0].valid).toMatchObject({ days: 7 });
    const audit = await t.http.get(`/api/audit?entityId=${res.body.id}`).set('Cookie', admin.cookie).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'CREATE', actorSub: expect.stringMatching(/^user:/), actorName: 'Ada Admin', actorRole: 'admin' });
  });

  it('refuses a second account for the same address, whatever its case', async () => {
    const email = address();
    await t.http.post('/api/users').set(as(admin)).send({ email, name: 'Först', role: 'officer' }).expect(201);
    await t.http.post('/api/users').set(as(admin)).send({ email: email.toUpperCase(), name: 'Andra', role: 'officer' }).expect(409);
  });

  it('names the offending field of bad input', async () => {
    const bad = async (body: object) => (await t.http.post('/api/users').set(as(admin)).send(body).expect(400)).body.fields.map((f: { field: string }) => f.field);
    expect(await bad({ email: 'not an address', name: 'X', role: 'officer' })).toEqual(['email']);
    expect(await bad({ email: address(), name: 'X', role: 'boss' })).toEqual(['role']);
    expect(await bad({ email: address(), name: 'X', role: 'supplier' })).toEqual(['supplierId']);
    expect(await bad({ email: address(), name: 'X', role: 'officer', supplierId: supplierA })).toEqual(['supplierId']);
    expect(await bad({ email: address(), name: 'X', role: 'supplier', supplierId: '00000000-0000-4000-8000-000000000000' })).toEqual(['supplierId']);
  });

  it('lets officers invite supplier users only', async () => {
    const res = await t.http.post('/api/users').set(as(officer)).send({ email: address(), name: 'Sara Säljare', role: 'supplier', supplierId: supplierB, supplierAdmin: true }).expect(201);
    expect(res.body).toMatchObject({ supplierId: supplierB, supplierName: 'Beta Bygg AB', supplierAdmin: true });
    await t.http.post('/api/users').set(as(officer)).send({ email: address(), name: 'Ny Handläggare', role: 'officer' }).expect(403);
    const list = await t.http.get('/api/users').set('Cookie', officer.cookie).expect(200);
    expect(list.body.items.every((u: { role: string }) => u.role === 'supplier')).toBe(true);
  });

  it('lets a supplier’s administrator invite and list its own colleagues only', async () => {
    const res = await t.http.post('/api/users').set(as(supplierAdminA)).send({ email: address(), name: 'Kalle Kollega', role: 'supplier' }).expect(201);
    expect(res.body.supplierId).toBe(supplierA);
    await t.http.post('/api/users').set(as(supplierAdminA)).send({ email: address(), name: 'X', role: 'supplier', supplierId: supplierB }).expect(404);
    await t.http.post('/api/users').set(as(supplierAdminA)).send({ email: address(), name: 'X', role: 'officer' }).expect(403);
    const list = await t.http.get('/api/users').set('Cookie', supplierAdminA.cookie).expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(2);
    expect(list.body.items.every((u: { supplierId: string }) => u.supplierId === supplierA)).toBe(true);
  });

  it('hides another supplier’s users from a supplier’s administrator (404), and users from a plain supplier user (403)', async () => {
    const other = await createUser(t, { supplierId: supplierB });
    await t.http.get(`/api/users/${other.id}`).set('Cookie', supplierAdminA.cookie).expect(404);
    await t.http.patch(`/api/users/${other.id}`).set(as(supplierAdminA)).send({ status: 'DISABLED' }).expect(404);
    await t.http.post(`/api/users/${other.id}/invitation`).set(as(supplierAdminA)).expect(404);
    await t.http.get(`/api/users/${other.id}/api-keys`).set('Cookie', supplierAdminA.cookie).expect(403);
    const [row] = await t.dataSource.query(`SELECT status FROM user_account WHERE id = $1`, [other.id]);
    expect(row.status).toBe('ACTIVE');
    const plain = await signIn(t, (await createUser(t, { supplierId: supplierA })).id);
    await t.http.get('/api/users').set('Cookie', plain.cookie).expect(403);
    const staff = await createUser(t, { role: Role.PactOffice });
    await t.http.get(`/api/users/${staff.id}`).set('Cookie', officer.cookie).expect(404);
  });

  it('lets a supplier’s administrator disable a colleague, who is refused at once, but not themselves', async () => {
    const colleague = await createUser(t, { supplierId: supplierA });
    const session = await signIn(t, colleague.id);
    const res = await t.http.patch(`/api/users/${colleague.id}`).set(as(supplierAdminA)).send({ status: 'DISABLED' }).expect(200);
    expect(res.body.status).toBe('DISABLED');
    await t.http.get('/api/me').set('Cookie', session.cookie).expect(401);
    const me = await t.http.get('/api/me').set('Cookie', supplierAdminA.cookie).expect(200);
    const self = await t.http.patch(`/api/users/${me.body.id}`).set(as(supplierAdminA)).send({ status: 'DISABLED' }).expect(400);
    expect(self.body.fields).toEqual([expect.objectContaining({ field: 'status' })]);
    await t.http.patch(`/api/users/${colleague.id}`).set(as(supplierAdminA)).send({ role: 'officer', supplierId: null }).expect(403);
  });

  it('lets admins change a role and supplier; enabling an account that never signed in makes it INVITED again', async () => {
    const user = await createUser(t, { supplierId: supplierA, supplierAdmin: true, status: 'INVITED' });
    const moved = await t.http.patch(`/api/users/${user.id}`).set(as(admin)).send({ role: 'officer', supplierId: null }).expect(200);
    expect(moved.body).toMatchObject({ role: 'officer', supplierId: null, supplierAdmin: false });
    await t.http.patch(`/api/users/${user.id}`).set(as(admin)).send({ status: 'DISABLED' }).expect(200);
    const enabled = await t.http.patch(`/api/users/${user.id}`).set(as(admin)).send({ status: 'ACTIVE' }).expect(200);
    expect(enabled.body.status).toBe('INVITED');
    const audit = await t.dataSource.query(`SELECT before->>'role' AS before, after->>'role' AS after FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE' ORDER BY id LIMIT 1`, [user.id]);
    expect(audit[0]).toEqual({ before: 'supplier', after: 'officer' });
  });

  it('sends a new invitation with a new link; not to a disabled user', async () => {
    const user = await createUser(t, { supplierId: supplierB, status: 'INVITED' });
    const res = await t.http.post(`/api/users/${user.id}/invitation`).set(as(officer)).expect(201);
    expect(res.body).toEqual({ userId: user.id, email: user.email, validUntil: expect.any(String) });
    expect(new Date(res.body.validUntil).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    await t.dataSource.query(`UPDATE user_account SET status = 'DISABLED' WHERE id = $1`, [user.id]);
    await t.http.post(`/api/users/${user.id}/invitation`).set(as(officer)).expect(409);
  });

  it('replays an invitation sent twice with the same Idempotency-Key', async () => {
    const body = { email: address(), name: 'Ida Idempotent', role: 'supplier', supplierId: supplierA };
    const first = await t.http.post('/api/users').set(as(officer)).set('Idempotency-Key', 'invite-ida').send(body).expect(201);
    const again = await t.http.post('/api/users').set(as(officer)).set('Idempotency-Key', 'invite-ida').send(body).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    const links = await t.dataSource.query(`SELECT count(*)::int AS n FROM sign_in_link WHERE user_id = $1`, [first.body.id]);
    expect(links[0].n).toBe(1);
  });

  it('never stores a sign-in link token, only its hash', async () => {

    const user = await createUser(t);
    const token = (await t.app.get(UsersService).signInLink(user.id)).split('/').pop() as string;
    const rows = await t.dataSource.query(`SELECT hash FROM sign_in_link WHERE user_id = $1`, [user.id]);
    expect(rows).toEqual([{ hash: hashOfSecret(token) }]);
  });

  it('offers an invitation to the supplier’s contact at award, saying whether the address has an account', async () => {
    const award = async (supplierId: string) => {
      const procurement = await createPublishedProcurement(t, undefined, { publishedOn: '2026-01-01' });
      const res = await t.http.post(`/api/procurements/${procurement.id}/award`).set('Authorization', t.auth(Role.Officer))
        .send({ supplierId, startDate: '2026-01-01', endDate: '2026-12-31' }).expect(201);
      return res.body.supplierContactInvitation;
    };
    const fresh = await createSupplier(t, { orgNumber: '556000-0050', contactEmail: 'anbud@gamma.se' });
    expect(await award(fresh.id)).toEqual({ email: 'anbud@gamma.se', alreadyUser: false });
    await t.http.post('/api/users').set(as(officer)).send({ email: 'ANBUD@gamma.se', name: 'Gamma Kontakt', role: 'supplier', supplierId: fresh.id, supplierAdmin: true }).expect(201);
    expect(await award(fresh.id)).toEqual({ email: 'anbud@gamma.se', alreadyUser: true });
  });
});
