import { Role } from '../src/auth/role';
import { hashOfSecret } from '../src/auth/secrets';
import { createSupplier } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { createApiKey, createUser, secondInstance, signIn, SignedIn } from './support/user-factories';

describe('API keys: shown once, stored hashed, expiring, revocable', () => {
  let t: TestApp;
  let supplierA: string;
  let supplierB: string;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
    supplierA = (await createSupplier(t, { orgNumber: '556000-0035' })).id;
    supplierB = (await createSupplier(t, { orgNumber: '556000-0043' })).id;
  });
  afterAll(() => t.close());

  const bearer = (key: string) => `Bearer ${key}`;
  const write = (s: SignedIn) => ({ Cookie: s.cookie, 'X-CSRF-Token': s.csrf });
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  it('answers the key once; later lists show only its prefix, and the table holds only its hash', async () => {
    const session = await signIn(t, (await createUser(t, { supplierId: supplierA })).id);
    const created = await t.http.post('/api/me/api-keys').set(write(session)).send({ name: 'Lönesystemet', expiresAt: inDays(90) }).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), name: 'Lönesystemet', prefix: created.body.key.slice(0, 12), key: expect.stringMatching(/^sck_[A-Za-z0-9_-]{43}$/), expiresAt: expect.any(String) });
    const list = await t.http.get('/api/me/api-keys').set('Cookie', session.cookie).expect(200);
    expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, prefix: created.body.prefix, revokedAt: null, lastUsedAt: null })]);
    expect(JSON.stringify(list.body)).not.toContain(created.body.key);
    const rows = await t.dataSource.query(`SELECT row_to_json(k)::text AS row, hash FROM api_key k WHERE id = $1`, [created.body.id]);
    expect(rows[0].hash).toBe(hashOfSecret(created.body.key));
    expect(rows[0].row).not.toContain(created.body.key.slice(12));
    const replies = await t.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE response_body::text LIKE $1`, [`%${created.body.key.slice(12)}%`]);
    expect(replies[0].n).toBe(0);
  });

  it('signs a system in as its user, recording the last use at most once a minute', async () => {
    const user = await createUser(t, { supplierId: supplierA, name: 'Erik Ek' });
    const { id, key } = await createApiKey(t, await signIn(t, user.id));
    const me = await t.http.get('/api/me').set('Authorization', bearer(key)).expect(200);
    expect(me.body).toMatchObject({ id: user.id, name: 'Erik Ek', via: 'api-key', supplierId: supplierA });
    expect(me.body.csrfToken).toBeUndefined();
    const [first] = await t.dataSource.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [id]);
    expect(first.last_used_at).not.toBeNull();
    await t.http.get('/api/me').set('Authorization', bearer(key)).expect(200);
    const [second] = await t.dataSource.query(`SELECT last_used_at FROM api_key WHERE id = $1`, [id]);
    expect(second.last_used_at).toEqual(first.last_used_at);
  });

  it('lets a supplier’s key reach its own supplier only', async () => {
    const { key } = await createApiKey(t, await signIn(t, (await createUser(t, { supplierId: supplierA })).id));
    await t.http.get(`/api/suppliers/${supplierA}`).set('Authorization', bearer(key)).expect(200);
    await t.http.get(`/api/suppliers/${supplierB}`).set('Authorization', bearer(key)).expect(404);
  });

  it('refuses a revoked key on the next request', async () => {
    const session = await signIn(t, (await createUser(t)).id);
    const { id, key } = await createApiKey(t, session);
    await t.http.get('/api/me').set('Authorization', bearer(key)).expect(200);
    await t.http.delete(`/api/me/api-keys/${id}`).set(write(session)).expect(204);
    const res = await t.http.get('/api/me').set('Authorization', bearer(key)).expect(401);
    expect(res.body.message).toMatch(/revoked or expired/);
    const list = await t.http.get('/api/me/api-keys').set('Cookie', session.cookie).expect(200);
    expect(list.body[0].revokedAt).not.toBeNull();
  });

  it('refuses an expired key, and an unknown or malformed one', async () => {
    const { id, key } = await createApiKey(t, await signIn(t, (await createUser(t)).id));
    await t.dataSource.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    await t.http.get('/api/me').set('Authorization', bearer(key)).expect(401);
    await t.http.get('/api/me').set('Authorization', bearer(`sck_${'A'.repeat(43)}`)).expect(401);
    await t.http.get('/api/me').set('Authorization', bearer('sck_short')).expect(401);
  });

  it('refuses a disabled user’s keys on the next request, on another instance too', async () => {
    const admin = await signIn(t, (await createUser(t, { role: Role.Admin })).id);
    const user = await createUser(t, { supplierId: supplierA });
    const { key } = await createApiKey(t, await signIn(t, user.id));
    const other = await secondInstance(t);
    try {
      await other.http.get('/api/me').set('Authorization', bearer(key)).expect(200);
      await t.http.patch(`/api/users/${user.id}`).set(write(admin)).send({ status: 'DISABLED' }).expect(200);
      await other.http.get('/api/me').set('Authorization', bearer(key)).expect(401);
      await t.http.get('/api/me').set('Authorization', bearer(key)).expect(401);
      await t.http.patch(`/api/users/${user.id}`).set(write(admin)).send({ status: 'ACTIVE' }).expect(200);
      await other.http.get('/api/me').set('Authorization', bearer(key)).expect(200);
    } finally {
      await other.close();
    }
  });

  it('needs an expiry in the future and at most API_KEY_MAX_DAYS ahead, and a name', async () => {
    const session = await signIn(t, (await createUser(t)).id);
    const post = (body: object) => t.http.post('/api/me/api-keys').set(write(session)).send(body).expect(400);
    expect((await post({ name: 'ERP' })).body.fields).toMatchObject([expect.objectContaining({ field: 'expiresAt' })]);
    expect((await post({ name: 'ERP', expiresAt: inDays(366) })).body.fields).toMatchObject([{ field: 'expiresAt', messages: ['expiresAt must be at most 365 days ahead'] }]);
    expect((await post({ name: 'ERP', expiresAt: inDays(-1) })).body.fields).toMatchObject([{ field: 'expiresAt', messages: ['expiresAt must be in the future'] }]);
    expect((await post({ name: 'ERP', expiresAt: 'next year' })).body.fields).toMatchObject([expect.objectContaining({ field: 'expiresAt' })]);
    expect((await post({ name: ' ', expiresAt: inDays(10) })).body.fields).toMatchObject([expect.objectContaining({ field: 'name' })]);
    expect((await post({ name: 'ERP', expiresAt: inDays(10), key: 'sck_mine' })).body.fields).toMatchObject([expect.objectContaining({ field: 'key' })]);
  });

  it('creates keys only from a signed-in session: not from a key, not for a development token', async () => {
    const { key } = await createApiKey(t, await signIn(t, (await createUser(t)).id));
    const body = { name: 'ERP', expiresAt: inDays(10) };
    await t.http.post('/api/me/api-keys').set('Authorization', bearer(key)).send(body).expect(403);
    await t.http.post('/api/me/api-keys').set('Authorization', t.auth(Role.Officer)).send(body).expect(403);
  });

  it('lets no one revoke another user’s key from their own list (404)', async () => {
    const { id, key } = await createApiKey(t, await signIn(t, (await createUser(t, { supplierId: supplierA })).id));
    const otherSupplier = await signIn(t, (await createUser(t, { supplierId: supplierB, supplierAdmin: true })).id);
    await t.http.delete(`/api/me/api-keys/${id}`).set(write(otherSupplier)).expect(404);
    await t.http.get('/api/me').set('Authorization', bearer(key)).expect(200);
  });

  it('lets admins list and revoke anyone’s keys, and no one else', async () => {
    const user = await createUser(t, { supplierId: supplierA });
    const { id, key } = await createApiKey(t, await signIn(t, user.id));
    const officer = await signIn(t, (await createUser(t, { role: Role.Officer })).id);
    await t.http.get(`/api/users/${user.id}/api-keys`).set('Cookie', officer.cookie).expect(403);
    await t.http.delete(`/api/users/${user.id}/api-keys/${id}`).set(write(officer)).expect(403);
    const admin = await signIn(t, (await createUser(t, { role: Role.Admin })).id);
    const list = await t.http.get(`/api/users/${user.id}/api-keys`).set('Cookie', admin.cookie).expect(200);
    expect(list.body.map((k: { id: string }) => k.id)).toEqual([id]);
    await t.http.get(`/api/users/00000000-0000-4000-8000-000000000000/api-keys`).set('Cookie', admin.cookie).expect(404);
    await t.http.delete(`/api/users/${user.id}/api-keys/${id}`).set(write(admin)).expect(204);
    await t.http.get('/api/me').set('Authorization', bearer(key)).expect(401);
    const audit = await t.dataSource.query(`SELECT actor_sub, actor_user_id FROM audit_event WHERE entity_type = 'api_key' AND entity_id = $1 AND action = 'REVOKE'`, [id]);
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_sub).toMatch(/^user:/);
  });
});
