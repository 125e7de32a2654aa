import { Role } from '../src/auth/role';
import { supplierInput } from './support/factories';
import { createTestApp, TestApp } from './support/test-app';

describe('Security basics: headers, request ids, body limit, rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '5', BODY_LIMIT: '2kb' });
  });
  afterAll(() => t.close());

  it('sends protective headers and hides the framework', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('returns the caller’s request id, or a new one', async () => {
    const echoed = await t.http.get('/api/health').set('X-Request-Id', 'abc-123').expect(200);
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const fresh = await t.http.get('/api/health').set('X-Request-Id', 'not ok <script>').expect(200);
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an oversized body with a 413 in the error shape', async () => {
    const res = await t.http
      .post('/api/suppliers')
      .set('Authorization', t.auth(Role.Officer))
      .send(supplierInput({ streetAddress: 'x'.repeat(5000) }))
      .expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large', message: expect.any(String) });
  });

  it('limits requests per token holder and answers 429 past the limit', async () => {
    const token = t.auth(Role.Officer);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await t.http.get('/api/suppliers').set('Authorization', token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await t.http.get('/api/suppliers').set('Authorization', token).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(Number(limited.headers['retry-after'] ?? limited.headers['retry-after-per-minute'])).toBeGreaterThan(0);
    // Another holder has its own budget, and public routes are not limited.
    await t.http.get('/api/suppliers').set('Authorization', t.auth(Role.PactOffice)).expect(200);
    for (let i = 0; i < 7; i++) await t.http.get('/api/health').expect(200);
  });

  it('keeps the counters in PostgreSQL, shared by every instance', async () => {
    const rows = await t.dataSource.query('SELECT count(*)::int AS n FROM rate_limit_counter');
    expect(rows[0].n).toBeGreaterThanOrEqual(2);
  });
});
