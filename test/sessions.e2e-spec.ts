import { Role } from '../src/auth/role';
import { createTestApp, TestApp } from './support/test-app';
import { createUser, signIn } from './support/user-factories';

describe('Sessions: sign-in link, cookie, CSRF, expiry', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('signs in with a one-time link and answers GET /api/me from the session', async () => {
    const user = await createUser(t, { role: Role.Officer, status: 'INVITED', name: 'Anna Andersson' });
    const session = await signIn(t, user.id);
    const me = await t.http.get('/api/me').set('Cookie', session.cookie).expect(200);
    expect(me.body).toMatchObject({ id: user.id, email: user.email, name: 'Anna Andersson', role: 'officer', via: 'session', supplierId: null });
    expect(me.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [account] = await t.dataSource.query(`SELECT status, last_sign_in_at FROM user_account WHERE id = $1`, [user.id]);
    expect(account.status).toBe('ACTIVE');
    expect(account.last_sign_in_at).not.toBeNull();
  });
});
