import { randomBytes } from 'crypto';
import { Role } from '../src/auth/role';
import request, { Response } from 'supertest';
import { createSupplier, orgNumber } from './support/factories';
import { freePort, ServiceProcess, startServiceProcess } from './support/service-process';
import { sessionCookieSet, StaffSignInBrowser } from './support/staff-sign-in-browser';
import { createAppOn, createMigratedDatabase, TestApp } from './support/test-app';
import { startTestOidcProvider, TestOidcAccount, TestOidcProvider } from './support/test-oidc-provider';
import { createUser } from './support/user-factories';

/**
 * City staff sign in through a real OpenID provider (oidc-provider) with the real relying party
 * (openid-client): both ESM-only, so the provider and the service run as child processes, and an
 * in-process instance on the same database reads what they wrote, as a second instance would.
 */
const CLIENT_ID = 'social-clauses';
const CLIENT_SECRET = randomBytes(24).toString('base64url');
const staff = (email: string, groups: string[], extra: Partial<TestOidcAccount['claims']> = {}): TestOidcAccount => ({
  claims: { email, email_verified: true, name: `Namn ${email.split('@')[0]}`, groups, ...extra },
});
const ACCOUNTS: Record<string, TestOidcAccount> = {
  officer: staff('olle.officer@stockholm.se', ['all-staff', 'sc-officers']),
  pact: staff('pia.pact@stockholm.se', ['sc-pact']),
  admin: staff('ada.admin@stockholm.se', ['sc-officers', 'sc-admins']),
  nogroup: staff('nils.nogroup@stockholm.se', ['all-staff']),
  existing: staff('Erik.Existing@Stockholm.se', []),
  promoted: staff('pelle.promoted@stockholm.se', ['sc-admins']),
  disabled: staff('dora.disabled@stockholm.se', ['sc-officers']),
  supplier: staff('sara@leverantor.se', ['sc-officers']),
  unverified: staff('ulla.unverified@stockholm.se', ['sc-officers'], { email_verified: false }),
  tove: staff('tove.twin@stockholm.se', ['sc-officers']),
  impostor: staff('tove.twin@stockholm.se', ['sc-officers']),
  tampered: staff('tim.tampered@stockholm.se', ['sc-officers']),
  slow: staff('siv.slow@stockholm.se', ['sc-officers']),
  replayed: staff('rut.replayed@stockholm.se', ['sc-officers']),
};

describe('Staff sign-in with the city’s identity provider (OpenID Connect)', () => {
  let provider: TestOidcProvider;
  let service: ServiceProcess;
  let t: TestApp;
  let database: { url: string; drop: () => Promise<void> };
  const browser = () => new StaffSignInBrowser(service.baseUrl, provider.issuer);

  beforeAll(async () => {
    const port = await freePort();
    const callback = `http://127.0.0.1:${port}/api/auth/oidc/callback`;
    provider = await startTestOidcProvider(
      [
        { client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [callback] },
        { client_id: 'other-app', client_secret: randomBytes(24).toString('base64url'), redirect_uris: [callback] },
      ],
      ACCOUNTS,
    );
    database = await createMigratedDatabase();
    const secret = randomBytes(32).toString('hex');
    t = await createAppOn(database.url, {}, secret);
    service = await startServiceProcess(port, {
      DATABASE_URL: database.url,
      JWT_SECRET: secret,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_ROLE_MAP: 'sc-admins=admin,sc-pact=pact_office,sc-officers=officer',
      OIDC_SCOPES: 'openid email profile groups',
    });
  }, 90_000);
  afterAll(async () => {
    await service?.stop();
    await provider?.stop();
    await t?.close();
    await database?.drop();
  });

  async function me(cookie: string) {
    return (await t.http.get('/api/me').set('Cookie', cookie).expect(200)).body;
  }

  /** Refused with the code for the browser, nobody signed in, and (when given) the reason in the service's log. */
  async function expectRefused(response: Response, code: string, logged?: RegExp, logFrom = 0) {
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe(`/#/sign-in?error=${code}`);
    expect(sessionCookieSet(response)).toBeUndefined();
    if (!logged) return;
    // The child's log reaches this process through a pipe, a moment after its answer.
    for (const deadline = Date.now() + 2000; !logged.test(service.output().slice(logFrom)) && Date.now() < deadline; ) {
      await new Promise((done) => setTimeout(done, 20));
    }
    expect(service.output().slice(logFrom)).toMatch(logged);
  }

  const accountOf = async (email: string) =>
    (await t.dataSource.query(`SELECT id, role, status, name FROM user_account WHERE lower(email) = lower($1)`, [email]))[0];

  it('tells the sign-in page that staff single sign-on is on, and is off where it is not configured', async () => {
    expect((await browser().get('/api/auth/methods')).body).toEqual({ oidc: true, emailCode: true, devToken: true });
    expect((await t.http.get('/api/auth/methods').expect(200)).body).toEqual({ oidc: false, emailCode: true, devToken: true });
    const start = await t.http.get('/api/auth/oidc/start').expect(302);
    expect(start.headers.location).toBe('/#/sign-in?error=oidc_unavailable');
  });

  it('sends the browser to the provider with PKCE (S256), state, nonce and the registered redirect URI', async () => {
    const start = await browser().get('/api/auth/oidc/start?returnTo=/%23/contracts');
    expect(start.status).toBe(302);
    const url = new URL(start.headers.location);
    expect(url.origin + url.pathname).toBe(`${provider.issuer}/auth`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      scope: 'openid email profile groups',
      code_challenge_method: 'S256',
      redirect_uri: `${service.baseUrl}/api/auth/oidc/callback`,
    });
    for (const param of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(param)).toMatch(/^[\w-]{43,}$/);
    expect(start.headers['set-cookie']?.[0]).toMatch(/^oidc_attempt=[\w-]+; .*Path=\/api\/auth\/oidc; .*HttpOnly; SameSite=Lax/);
  });

  it.each([
    ['officer', Role.Officer],
    ['pact', Role.PactOffice],
    ['admin', Role.Admin],
  ])('signs in %s with the role its groups give, creating the account, and returns to the page asked for', async (login, role) => {
    const res = await browser().signIn(login, '/#/contracts?status=ACTIVE');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/#/contracts?status=ACTIVE');
    const cookie = sessionCookieSet(res) as string;
    expect(([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sid='))).toMatch(/HttpOnly; SameSite=Lax/);
    const { email, name } = ACCOUNTS[login].claims;
    expect(await me(cookie)).toMatchObject({ email, name, role, via: 'session', supplierId: null });
    const account = await accountOf(email as string);
    expect(account).toMatchObject({ role, status: 'ACTIVE' });
    const audit = await t.dataSource.query(`SELECT action, actor_sub FROM audit_event WHERE entity_id = $1 ORDER BY id`, [account.id]);
    expect(audit).toEqual([
      { action: 'CREATE', actor_sub: `user:${account.id}` },
      { action: 'LINK', actor_sub: `user:${account.id}` },
      { action: 'SIGN_IN', actor_sub: `user:${account.id}` },
    ]);
  });

  it('refuses the session of a staff member at the next request once the account is disabled', async () => {
    const cookie = sessionCookieSet(await browser().signIn('officer')) as string;
    const { id } = await me(cookie);
    await t.dataSource.query(`UPDATE user_account SET status = 'DISABLED' WHERE id = $1`, [id]);
    try {
      await t.http.get('/api/me').set('Cookie', cookie).expect(401);
      await expectRefused(await browser().signIn('officer'), 'account_disabled');
    } finally {
      await t.dataSource.query(`UPDATE user_account SET status = 'ACTIVE' WHERE id = $1`, [id]);
    }
  });

  it('signs in an existing account by its address, whatever the case, with the account’s own role when no group gives one', async () => {
    const existing = await createUser(t, { role: Role.PactOffice, email: 'erik.existing@stockholm.se', status: 'INVITED', name: 'Erik E' });
    const res = await browser().signIn('existing');
    expect(res.headers.location).toBe('/');
    expect(await me(sessionCookieSet(res) as string)).toMatchObject({ id: existing.id, role: Role.PactOffice, name: 'Erik E' });
    expect(await accountOf(existing.email)).toMatchObject({ role: Role.PactOffice, status: 'ACTIVE' });
  });

  it('gives an existing account the role its groups map to, and audits the change', async () => {
    const promoted = await createUser(t, { role: Role.Officer, email: 'pelle.promoted@stockholm.se' });
    const res = await browser().signIn('promoted');
    expect(await me(sessionCookieSet(res) as string)).toMatchObject({ id: promoted.id, role: Role.Admin });
    const [change] = await t.dataSource.query(`SELECT before, after FROM audit_event WHERE entity_id = $1 AND action = 'UPDATE'`, [promoted.id]);
    expect(change).toEqual({ before: { role: 'officer' }, after: { role: 'admin', via: 'sso' } });
  });

  it('refuses a person whose groups give no role and who has no account, and creates none', async () => {
    const from = service.output().length;
    await expectRefused(await browser().signIn('nogroup'), 'no_role', /Sign-in refused \(no_role\) for subject nogroup/, from);
    expect(await accountOf('nils.nogroup@stockholm.se')).toBeUndefined();
  });

  it('refuses a disabled account, whatever its groups, and opens no session', async () => {
    const disabled = await createUser(t, { role: Role.Officer, email: 'dora.disabled@stockholm.se', status: 'DISABLED' });
    await expectRefused(await browser().signIn('disabled'), 'account_disabled');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [disabled.id]);
    expect(n).toBe(0);
  });

  it('never signs in a supplier account this way, even with a staff group', async () => {
    const supplier = await createSupplier(t, { orgNumber: orgNumber(311) });
    await createUser(t, { supplierId: supplier.id, email: 'sara@leverantor.se' });
    await expectRefused(await browser().signIn('supplier'), 'supplier_account');
    expect(await accountOf('sara@leverantor.se')).toMatchObject({ role: Role.Supplier });
  });

  it('refuses an address the provider marks unverified', async () => {
    await expectRefused(await browser().signIn('unverified'), 'no_email');
    expect(await accountOf('ulla.unverified@stockholm.se')).toBeUndefined();
  });

  it('keeps finding a person by the provider’s subject when the address changes, and refuses another subject with the same address', async () => {
    const first = await browser().signIn('tove');
    const { id } = await me(sessionCookieSet(first) as string);
    await expectRefused(await browser().signIn('impostor'), 'account_mismatch');
    await provider.updateAccount('tove', staff('tove.andersson@stockholm.se', ['sc-officers']));
    const renamed = await browser().signIn('tove');
    expect(await me(sessionCookieSet(renamed) as string)).toMatchObject({ id, email: 'tove.twin@stockholm.se' });
  });

  it('ignores a return address on another origin', async () => {
    for (const returnTo of ['https://evil.example/#/contracts', '//evil.example/', '/\\evil.example']) {
      const res = await browser().signIn('officer', returnTo);
      expect(res.headers.location).toBe('/');
      expect(sessionCookieSet(res)).toBeDefined();
    }
  });

  it('refuses an answer with another state, and the attempt cannot be finished afterwards', async () => {
    const b = browser();
    const callback = new URL(await b.callbackFor('officer'));
    const real = callback.searchParams.get('state') as string;
    callback.searchParams.set('state', randomBytes(32).toString('base64url'));
    const from = service.output().length;
    await expectRefused(await b.get(callback.href), 'oidc_failed', /unexpected \\"state\\" response parameter value/, from);
    callback.searchParams.set('state', real);
    await expectRefused(await b.get(callback.href), 'oidc_failed', /no sign-in in progress in this browser/, from);
  });

  it('refuses the provider’s error answer (the person cancelled) and logs the provider’s error', async () => {
    const b = browser();
    const callback = new URL(await b.callbackFor('officer'));
    const error = new URL(`${callback.origin}${callback.pathname}`);
    error.search = new URLSearchParams({ error: 'access_denied', state: callback.searchParams.get('state') as string, iss: provider.issuer }).toString();
    const from = service.output().length;
    await expectRefused(await b.get(error.href), 'oidc_failed', /access_denied/, from);
  });

  it('refuses an answer arriving in another browser than the one that started (login CSRF)', async () => {
    const callback = await browser().callbackFor('officer');
    const from = service.output().length;
    await expectRefused(await browser().get(callback), 'oidc_failed', /no sign-in in progress in this browser/, from);
  });

  it('refuses a code the provider issued to another client', async () => {
    const b = browser();
    const form = await b.openSignInForm(undefined, (authorization) => authorization.searchParams.set('client_id', 'other-app'));
    const callback = await b.submitLogin(form, 'officer');
    expect(new URL(callback).searchParams.get('code')).toBeTruthy();
    const from = service.output().length;
    await expectRefused(await b.get(callback), 'oidc_failed', /invalid_grant/, from);
  });

  describe('an ID token the provider altered', () => {
    afterEach(() => provider.tamper(null));

    it('signs in when it is only signed again with the provider’s key (the control)', async () => {
      await provider.tamper({ claims: {} });
      expect(sessionCookieSet(await browser().signIn('tampered'))).toBeDefined();
    });

    const now = () => Math.floor(Date.now() / 1000);
    it.each([
      ['for another audience', () => ({ claims: { aud: 'other-app' } }), /"aud\\" \(audience\) claim/],
      ['signed with a key the provider does not publish', () => ({ foreignKey: true }), /JWT signature verification failed/],
      ['expired', () => ({ claims: { iat: now() - 900, exp: now() - 300 } }), /"exp\\" \(expiration time\) claim/],
      ['from another issuer', () => ({ claims: { iss: 'http://127.0.0.1:1' } }), /"iss\\" \(issuer\) claim/],
      ['with another nonce', () => ({ claims: { nonce: randomBytes(32).toString('base64url') } }), /"nonce\\" claim/],
    ])('is refused when %s', async (_, change, reason) => {
      await provider.tamper(change());
      const from = service.output().length;
      await expectRefused(await browser().signIn('tampered'), 'oidc_failed', reason, from);
    });
  });

  it('refuses an expired code', async () => {
    await provider.setCodeTtlSeconds(1);
    try {
      const b = browser();
      const callback = await b.callbackFor('slow');
      await new Promise((done) => setTimeout(done, 2_100));
      const from = service.output().length;
      await expectRefused(await b.get(callback), 'oidc_failed', /invalid_grant/, from);
    } finally {
      await provider.setCodeTtlSeconds(60);
    }
    expect(await accountOf('siv.slow@stockholm.se')).toBeUndefined();
  });

  it('refuses the same answer a second time, leaving the first session the only one', async () => {
    const b = browser();
    const callback = await b.callbackFor('replayed');
    expect(sessionCookieSet(await b.get(callback))).toBeDefined();
    await expectRefused(await b.get(callback), 'oidc_failed');
    const { id } = await accountOf('rut.replayed@stockholm.se');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [id]);
    expect(n).toBe(1);
  });

  it('answers a malformed start with 400 naming the field', async () => {
    const res = await browser().get('/api/auth/oidc/start?returnTo=/a&returnTo=/b');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('returnTo');
  });
});

describe('Staff sign-in while the identity provider cannot be reached', () => {
  it('sends the browser back to the sign-in page, and the service keeps answering', async () => {
    const [port, closedPort] = [await freePort(), await freePort()];
    const database = await createMigratedDatabase();
    const service = await startServiceProcess(port, {
      DATABASE_URL: database.url,
      JWT_SECRET: randomBytes(32).toString('hex'),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      OIDC_ISSUER_URL: `http://127.0.0.1:${closedPort}`,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
    });
    try {
      const http = request(service.baseUrl);
      for (let attempt = 0; attempt < 2; attempt++) {
        const start = await http.get('/api/auth/oidc/start').redirects(0).expect(302);
        expect(start.headers.location).toBe('/#/sign-in?error=oidc_unavailable');
        expect(start.headers['set-cookie']).toBeUndefined();
      }
      await http.get('/api/auth/methods').expect(200, { oidc: true, emailCode: true, devToken: true });
      expect(service.output()).toMatch(/The identity provider could not be reached/);
    } finally {
      await service.stop();
      await database.drop();
    }
  }, 90_000);
});
