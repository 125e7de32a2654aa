import { Role } from '../src/auth/role';
import { dropDatabase } from './support/test-database';
import { createTestApp, TestApp } from './support/test-app';

/** One pooled connection, a short pool wait and statement timeout, so each limit is reached on purpose. */
describe('Database limits: statement timeout, bounded pool wait, health on its own connection', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ DB_POOL_SIZE: '1', DB_POOL_WAIT_MS: '300', STATEMENT_TIMEOUT_MS: '1000' }, { acceptLanguage: 'en' });
  });
  afterAll(async () => { await t.close(); });

  it('sets statement_timeout on the pooled connections and cancels a statement that runs past it', async () => {
    expect(await t.dataSource.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '1s' }]);
    await expect(t.dataSource.query('SELECT pg_sleep(3)')).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '57014' }) });
  });

  it('answers 503 with Retry-After after the pool wait, while health answers from its own connection', async () => {
    const holding = t.dataSource.query('SELECT pg_sleep(0.9)');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const [busy, health] = await Promise.all([
      t.http.get('/api/suppliers').set('Authorization', t.auth(Role.Officer)),
      t.http.get('/api/health'),
    ]);
    expect(Date.now() - started).toBeLessThan(850);
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('5');
    expect(busy.body).toEqual({ statusCode: 503, error: 'Service Unavailable', code: 'ERROR_DB_UNAVAILABLE', message: expect.stringContaining('try again') });
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'up' });
    await holding;
  });

  it('opens a new health connection when its connection was closed under it', async () => {
    await t.http.get('/api/health').expect(200);
    const [{ terminated }] = await t.dataSource.query(
      `SELECT count(*)::int AS terminated FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE application_name = 'social-clauses health' AND datname = current_database()) t`,
    );
    expect(terminated).toBe(1);
    await t.http.get('/api/health').expect(200);
  });

  it('reports the database down when it is gone', async () => {
    const url = new URL((t.dataSource.options as { url: string }).url);
    await dropDatabase(process.env.TEST_SERVER_URL as string, url.pathname.slice(1));
    const res = await t.http.get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ statusCode: 503, code: 'ERROR_DB_UNAVAILABLE', message: 'The database is unavailable; try again shortly' });
  });
});
