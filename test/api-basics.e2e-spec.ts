import { Role } from '../src/auth/role';
import { createTestApp, TestApp } from './support/test-app';

describe('API basics: health, errors, auth, docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({}, { acceptLanguage: 'en' });
  });
  afterAll(() => t.close());

  it('answers health with the database up, without a token', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers an unknown route with a 404 in the error shape', async () => {
    const res = await t.http.get('/api/no-such-thing').set('Authorization', t.auth(Role.Admin)).expect(404);
    expect(res.body).toEqual({
      statusCode: 404, error: 'Not Found', code: 'ERROR_ROUTE_NOT_FOUND',
      params: { method: 'GET', path: '/api/no-such-thing' }, message: expect.stringContaining('/api/no-such-thing'),
    });
  });

  it('answers malformed JSON with a 400 in the error shape', async () => {
    const res = await t.http
      .post('/api/suppliers')
      .set('Authorization', t.auth(Role.Officer))
      .set('Content-Type', 'application/json')
      .send('{"name": "Bygg AB",')
      .expect(400);
    expect(res.body).toEqual({ statusCode: 400, error: 'Bad Request', code: 'ERROR_BAD_JSON', message: expect.stringMatching(/JSON/) });
  });

  it('refuses a request without a token with 401', async () => {
    const res = await t.http.get('/api/suppliers').expect(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized', message: expect.stringMatching(/bearer token/i) });
  });

  it('refuses a token that is not signed by the service with 401', async () => {
    const other = await createTestApp({}, { acceptLanguage: 'en' });
    try {
      const foreign = other.token(Role.Admin);
      const res = await t.http.get('/api/suppliers').set('Authorization', `Bearer ${foreign}`).expect(401);
      expect(res.body.message).toBe('The bearer token is invalid');
    } finally {
      await other.close();
    }
  });

  it('refuses a garbage token and a non-bearer scheme with 401', async () => {
    await t.http.get('/api/suppliers').set('Authorization', 'Bearer not.a.token').expect(401);
    await t.http.get('/api/suppliers').set('Authorization', 'Basic dXNlcjpwYXNz').expect(401);
  });

  it('refuses an expired token with 401 saying so', async () => {
    const tokens = t.app.get((await import('../src/auth/token.service')).TokenService);
    const expired = tokens.issue({ role: Role.Admin, expiresIn: '1s' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const res = await t.http.get('/api/suppliers').set('Authorization', `Bearer ${expired}`).expect(401);
    expect(res.body.message).toBe('The bearer token has expired');
  });

  it('refuses a token it accepted once the token has expired (verified tokens are kept only until their expiry)', async () => {
    const tokens = t.app.get((await import('../src/auth/token.service')).TokenService);
    const token = tokens.issue({ role: Role.Admin, expiresIn: '2s' });
    await t.http.get('/api/suppliers').set('Authorization', `Bearer ${token}`).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const res = await t.http.get('/api/suppliers').set('Authorization', `Bearer ${token}`).expect(401);
    expect(res.body.message).toBe('The bearer token has expired');
  });

  it('serves the OpenAPI document with every route under /api and bearer auth', async () => {
    const res = await t.http.get('/api/docs-json').expect(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/suppliers', '/api/suppliers/{id}']),
    );
    expect(Object.keys(res.body.paths).every((path) => path.startsWith('/api/'))).toBe(true);
    expect(res.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    await t.http.get('/api/docs').expect(200).expect('Content-Type', /html/);
  });
});
