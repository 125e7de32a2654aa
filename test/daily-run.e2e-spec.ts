import { Role } from '../src/auth/role';
import { ScheduledRunRepository } from '../src/scheduling/scheduled-run.repository';
import { createTestApp, TestApp } from './support/test-app';

describe('The daily run: claimed once per day, listed for staff', () => {
  let t: TestApp;
  let runs: ScheduledRunRepository;
  beforeAll(async () => {
    t = await createTestApp();
    runs = new ScheduledRunRepository(t.dataSource);
  });
  afterAll(() => t.close());

  describe('claiming a day', () => {
    it('lets one of two racing claims win; the loser learns who has it', async () => {
      const [a, b] = await Promise.all([
        runs.claim('daily', '2027-01-10', 'cli:anna', 600),
        runs.claim('daily', '2027-01-10', 'cli:bo', 600),
      ]);
      expect([a.claimed, b.claimed].sort()).toEqual([false, true]);
      const loser = a.claimed ? b : a;
      expect(loser).toMatchObject({ claimed: false, current: { status: 'RUNNING', attempts: 1 } });
    });

    it('skips a DONE day unless forced, retries a FAILED one, and takes over a RUNNING one past its lease', async () => {
      const first = await runs.claim('daily', '2027-01-11', 'cli:anna', 600);
      expect(first).toEqual({ claimed: true, attempt: 1 });
      await runs.finish('daily', '2027-01-11', 1, { outcomesRefreshed: 0 }, null);
      expect(await runs.claim('daily', '2027-01-11', 'cli:bo', 600)).toMatchObject({ claimed: false, current: { status: 'DONE' } });
      expect(await runs.claim('daily', '2027-01-11', 'cli:bo', 600, true)).toEqual({ claimed: true, attempt: 2 });
      await runs.finish('daily', '2027-01-11', 2, {}, 'step failed');
      expect(await runs.find('daily', '2027-01-11')).toMatchObject({ status: 'FAILED', lastError: 'step failed', claimedBy: 'cli:bo' });
      expect(await runs.claim('daily', '2027-01-11', 'cli:anna', 600)).toEqual({ claimed: true, attempt: 3 });

      // A claimer that died: its lease ran out, so the next one takes the day over.
      await t.dataSource.query(`UPDATE scheduled_run SET lease_until = now() - interval '1 second' WHERE run_date = '2027-01-11'`);
      expect(await runs.claim('daily', '2027-01-11', 'service:b:2', 600)).toEqual({ claimed: true, attempt: 4 });
      // The dead attempt finishing late changes nothing; the live one's outcome stands.
      await runs.finish('daily', '2027-01-11', 3, {}, null);
      expect(await runs.find('daily', '2027-01-11')).toMatchObject({ status: 'RUNNING', attempts: 4, claimedBy: 'service:b:2' });
    });
  });

  describe('GET /api/scheduled-runs', () => {
    it('lists the latest runs, newest day first, with their summary', async () => {
      await runs.claim('daily', '2027-01-12', 'cli:anna', 600);
      await runs.finish('daily', '2027-01-12', 1, { outcomesRefreshed: 3, notifications: { REPORT_DUE_SOON: 2 } }, null);
      const res = await t.http.get('/api/scheduled-runs?limit=2').set('Authorization', t.auth(Role.Officer)).expect(200);
      expect(res.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(res.body.items[0]).toEqual({
        job: 'daily', runDate: '2027-01-12', status: 'DONE', attempts: 1, claimedBy: 'cli:anna',
        startedAt: expect.any(String), finishedAt: expect.any(String),
        summary: { outcomesRefreshed: 3, notifications: { REPORT_DUE_SOON: 2 } }, lastError: null,
      });
      expect(res.body.items[1].runDate).toBe('2027-01-11');
    });

    it('is for staff: a supplier gets 403, bad paging 400 naming the field', async () => {
      await t.http.get('/api/scheduled-runs').set('Authorization', t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001')).expect(403);
      await t.http.get('/api/scheduled-runs').set('Authorization', t.auth(Role.PactOffice)).expect(200);
      const bad = await t.http.get('/api/scheduled-runs?limit=0').set('Authorization', t.auth(Role.PactOffice)).expect(400);
      expect(JSON.stringify(bad.body)).toContain('limit');
    });
  });
});
