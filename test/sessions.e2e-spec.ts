import { Role } from '../src/auth/role';
import { hashOfSecret } from '../src/auth/secrets';
import { UsersService } from '../src/users/users.service';
import { createSupplier } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, secondInstance, signIn, SignedIn } from './support/user-factories';

describe('Sessions: sign-in link, cookie, CSRF, expiry, sign-out', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({}, { acceptLanguage: 'en' })));
  afterAll(() => t.close());

  const sessionRow = async (s: SignedIn) =>
    (await t.dataSource.query(`SELECT * FROM user_session WHERE id = $1`, [hashOfSecret(s.cookie.slice('sid='.length))]))[0];

  it('tells the sign-in page which methods there are', async () => {
    const res = await t.http.get('/api/auth/methods').expect(200);
    expect(res.body).toEqual({ oidc: false, emailCode: true, devToken: true });
  });

  it('signs an invited user in with a one-time link, activates the account and answers GET /api/me', async () => {
    const user = await createUser(t, { role: Role.Officer, status: 'INVITED', name: 'Anna Andersson' });
    const session = await signIn(t, user.id);
    const me = await t.http.get('/api/me').set('Cookie', session.cookie).expect(200);
    expect(me.body).toMatchObject({ id: user.id, email: user.email, name: 'Anna Andersson', role: 'officer', via: 'session', supplierId: null, language: 'sv' });
    expect(me.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [account] = await t.dataSource.query(`SELECT status, last_sign_in_at FROM user_account WHERE id = $1`, [user.id]);
    expect(account.status).toBe('ACTIVE');
    expect(account.last_sign_in_at).not.toBeNull();
    expect(await sessionRow(session)).toBeDefined();
  });

  it('names the supplier a supplier user acts for', async () => {
    const supplier = await createSupplier(t, { name: 'Bygg & Anläggning AB', orgNumber: '556000-0142' });
    const user = await createUser(t, { supplierId: supplier.id, supplierAdmin: true, language: 'en' });
    const session = await signIn(t, user.id);
    const me = await t.http.get('/api/me').set('Cookie', session.cookie).expect(200);
    expect(me.body).toMatchObject({ role: 'supplier', supplierId: supplier.id, supplierName: 'Bygg & Anläggning AB', supplierAdmin: true, language: 'en' });
  });

  it('sets an httpOnly, SameSite=Lax cookie on path /, Secure only when the request came over HTTPS', async () => {
    const user = await createUser(t);
    const link = async (app: TestApp, proto?: string) => {
      const token = (await t.app.get(UsersService).signInLink(user.id)).split('/').pop();
      const req = app.http.post('/api/auth/link').send({ token });
      return (proto ? req.set('X-Forwarded-Proto', proto) : req).expect(204);
    };
    const plain = ([] as string[]).concat((await link(t, 'https')).headers['set-cookie']).find((c) => c.startsWith('sid='));
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).toMatch(/Path=\//);
    expect(plain).not.toMatch(/Secure/);
    const behindProxy = await secondInstance(t, { TRUST_PROXY: '1' });
    try {
      const secure = ([] as string[]).concat((await link(behindProxy, 'https')).headers['set-cookie']).find((c) => c.startsWith('sid='));
      expect(secure).toMatch(/Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('spends a link once; a used, expired or malformed link signs no one in', async () => {
    const user = await createUser(t);

    const token = (await t.app.get(UsersService).signInLink(user.id)).split('/').pop();
    await t.http.post('/api/auth/link').send({ token }).expect(204);
    const again = await t.http.post('/api/auth/link').send({ token }).expect(401);
    expect(again.headers['set-cookie']).toBeUndefined();
    const expired = (await t.app.get(UsersService).signInLink(user.id)).split('/').pop() as string;
    await t.dataSource.query(`UPDATE sign_in_link SET expires_at = now() - interval '1 second' WHERE hash = $1`, [hashOfSecret(expired)]);
    await t.http.post('/api/auth/link').send({ token: expired }).expect(401);
    const bad = await t.http.post('/api/auth/link').send({ token: 'not a token' }).expect(400);
    expect(bad.body.fields).toMatchObject([expect.objectContaining({ field: 'token' })]);
  });

  it('refuses a cookie-authenticated write without the session’s CSRF token, and accepts it with the token', async () => {
    const session = await signIn(t, (await createUser(t)).id);
    const body = { name: 'Lönesystemet', expiresAt: new Date(Date.now() + 86_400_000).toISOString() };
    const missing = await t.http.post('/api/me/api-keys').set('Cookie', session.cookie).send(body).expect(403);
    expect(missing.body.message).toMatch(/X-CSRF-Token/);
    await t.http.post('/api/me/api-keys').set('Cookie', session.cookie).set('X-CSRF-Token', 'x'.repeat(43)).send(body).expect(403);
    await t.http.post('/api/me/api-keys').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).send(body).expect(201);
    // Reads need no token.
    await t.http.get('/api/me/api-keys').set('Cookie', session.cookie).expect(200);
  });

  it('ends a session left idle for the idle window (30 minutes) and forgets its cookie', async () => {
    const session = await signIn(t, (await createUser(t)).id);
    await t.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE id = $1`, [(await sessionRow(session)).id]);
    const res = await t.http.get('/api/me').set('Cookie', session.cookie).expect(401);
    expect(res.body.message).toMatch(/session has ended/);
    expect(([] as string[]).concat(res.headers['set-cookie'])[0]).toMatch(/^sid=;.*Expires=Thu, 01 Jan 1970/);
    expect(await sessionRow(session)).toBeUndefined();
  });

  it('keeps a used session alive, writing last_seen_at at most once a minute', async () => {
    const session = await signIn(t, (await createUser(t)).id);
    const { id } = await sessionRow(session);
    await t.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE id = $1`, [id]);
    await t.http.get('/api/me').set('Cookie', session.cookie).expect(200);
    const touched = (await sessionRow(session)).last_seen_at as Date;
    expect(Date.now() - touched.getTime()).toBeLessThan(60_000);
    await t.http.get('/api/me').set('Cookie', session.cookie).expect(200);
    expect((await sessionRow(session)).last_seen_at).toEqual(touched);
  });

  it('ends a session at its absolute end however busy it is', async () => {
    const session = await signIn(t, (await createUser(t)).id);
    const row = await sessionRow(session);
    expect(row.expires_at.getTime() - row.created_at.getTime()).toBe(12 * 3_600_000);
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [row.id]);
    await t.http.get('/api/me').set('Cookie', session.cookie).expect(401);
  });

  it('signs out: the session is deleted and the cookie cleared', async () => {
    const session = await signIn(t, (await createUser(t)).id);
    await t.http.post('/api/auth/sign-out').set('Cookie', session.cookie).expect(403);
    const res = await t.http.post('/api/auth/sign-out').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).expect(204);
    expect(([] as string[]).concat(res.headers['set-cookie'])[0]).toMatch(/^sid=;/);
    expect(await sessionRow(session)).toBeUndefined();
    await t.http.get('/api/me').set('Cookie', session.cookie).expect(401);
  });

  it('refuses a disabled user’s session on the next request, on another instance too', async () => {
    const admin = await signIn(t, (await createUser(t, { role: Role.Admin })).id);
    const user = await createUser(t, { role: Role.PactOffice });
    const session = await signIn(t, user.id);
    const other = await secondInstance(t);
    try {
      await other.http.get('/api/me').set('Cookie', session.cookie).expect(200);
      await t.http.patch(`/api/users/${user.id}`).set('Cookie', admin.cookie).set('X-CSRF-Token', admin.csrf).send({ status: 'DISABLED' }).expect(200);
      await other.http.get('/api/me').set('Cookie', session.cookie).expect(401);
      await t.http.get('/api/me').set('Cookie', session.cookie).expect(401);
    } finally {
      await other.close();
    }

    const token = (await t.app.get(UsersService).signInLink(user.id)).split('/').pop();
    await t.http.post('/api/auth/link').send({ token }).expect(401);
  });

  it('answers GET /api/me for a development token with a made-up account', async () => {
    const me = await t.http.get('/api/me').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    expect(me.body).toMatchObject({ id: null, email: null, role: 'pact_office', via: 'dev-token', supplierAdmin: false });
    expect(me.body.csrfToken).toBeUndefined();
  });

  it('refuses development tokens in production, where sessions still work', async () => {
    const production = await secondInstance(t, { NODE_ENV: 'production' });
    try {
      const res = await production.http.get('/api/me').set('Authorization', t.auth(Role.Admin)).expect(401);
      expect(res.body.code).toBe('AUTH_DEV_TOKEN_IN_PRODUCTION');
      expect((await production.http.get('/api/auth/methods').expect(200)).body.devToken).toBe(false);
      const session = await signIn(production, (await createUser(t)).id);
      await production.http.get('/api/me').set('Cookie', session.cookie).expect(200);
    } finally {
      await production.close();
    }
  });

  it('reads the cookie value of the session only as a hash', async () => {
    const session = await signIn(t, (await createUser(t)).id);
    const cookieValue = session.cookie.slice('sid='.length);
    const rows = await t.dataSource.query(`SELECT row_to_json(s)::text AS row FROM user_session s`);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r: { row: string }) => r.row.includes(cookieValue))).toBe(false);
  });

  it('refuses the session of a user marked disabled in the database, without waiting for it to be deleted', async () => {
    const user = await createUser(t);
    const session = await signIn(t, user.id);
    await t.dataSource.query(`UPDATE user_account SET status = 'DISABLED' WHERE id = $1`, [user.id]);
    await t.http.get('/api/me').set('Cookie', session.cookie).expect(401);
  });
});
