import { randomBytes } from 'crypto';
import { Role } from '../../src/auth/role';
import { UsersService } from '../../src/users/users.service';
import { createAppOn, TestApp } from './test-app';

export interface TestUser {
  id: string;
  email: string;
  name: string;
}

export interface UserOptions {
  role?: Role;
  supplierId?: string;
  supplierAdmin?: boolean;
  status?: 'INVITED' | 'ACTIVE' | 'DISABLED';
  language?: 'sv' | 'en';
  email?: string;
  name?: string;
}

/** A user account straight in the database (as `users add` would make it), with a unique address. */
export async function createUser(t: TestApp, options: UserOptions = {}): Promise<TestUser> {
  const role = options.role ?? (options.supplierId ? Role.Supplier : Role.Officer);
  const email = options.email ?? `user-${randomBytes(4).toString('hex')}@example.se`;
  const name = options.name ?? `Test ${role}`;
  const [row]: { id: string }[] = await t.dataSource.query(
    `INSERT INTO user_account (email, name, role, supplier_id, supplier_admin, status, language, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'test') RETURNING id`,
    [email, name, role, options.supplierId ?? null, options.supplierAdmin ?? false, options.status ?? 'ACTIVE', options.language ?? 'sv'],
  );
  return { id: row.id, email, name };
}

export interface SignedIn {
  /** The `Cookie` header value to send. */
  cookie: string;
  /** The session's CSRF token, for `X-CSRF-Token`. */
  csrf: string;
}

/** Signs a user in the way the web interface does: a one-time link, then GET /api/me for the CSRF token. */
export async function signIn(t: TestApp, userId: string): Promise<SignedIn> {
  const link = await t.app.get(UsersService).signInLink(userId);
  const token = link.split('/').pop() as string;
  const res = await t.http.post('/api/auth/link').send({ token }).expect(204);
  const cookie = sessionCookie(res.headers['set-cookie']);
  const me = await t.http.get('/api/me').set('Cookie', cookie).expect(200);
  return { cookie, csrf: me.body.csrfToken };
}

/** The `sid=…` pair of a response's Set-Cookie headers. */
export function sessionCookie(setCookie: string | string[] | undefined): string {
  const found = ([] as string[]).concat(setCookie ?? []).find((c) => c.startsWith('sid='));
  if (!found) throw new Error('No session cookie was set');
  return found.split(';')[0];
}

/** A user with an API key; returns the key as its holder would keep it. */
export async function createApiKey(t: TestApp, session: SignedIn, name = 'Lönesystemet', days = 30): Promise<{ id: string; key: string }> {
  const expiresAt = new Date(Date.now() + days * 86_400_000).toISOString();
  const res = await t.http.post('/api/me/api-keys').set('Cookie', session.cookie).set('X-CSRF-Token', session.csrf).send({ name, expiresAt }).expect(201);
  return { id: res.body.id, key: res.body.key };
}

/** Another instance of the service on the same database, as behind a load balancer. */
export function secondInstance(t: TestApp, env: Record<string, string> = {}): Promise<TestApp> {
  return createAppOn((t.dataSource.options as { url: string }).url, env);
}
