import { Role } from '../src/auth/role';
import { loadConfig } from '../src/config/app-config';
import { Notifier } from '../src/notifications/notifier';
import { RecipientsRepository } from '../src/notifications/recipients.repository';
import { reminderSettings, ReminderSweep } from '../src/notifications/reminders/sweep';
import { SWEEPS } from '../src/notifications/reminders/sweeps';
import { DailyRunService } from '../src/scheduling/daily-run.service';
import { DailyRunDeps, runDaily } from '../src/scheduling/daily-run';
import { ScheduledRunRepository } from '../src/scheduling/scheduled-run.repository';
import { runCli } from './support/cli';
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

  describe('runDaily', () => {
    const deps = (sweeps?: ReminderSweep[]): DailyRunDeps => ({
      notifier: t.app.get(Notifier), recipients: new RecipientsRepository(), settings: reminderSettings(loadConfig({})), sweeps,
    });

    it('claims the day, refreshes the outcomes, runs every sweep and records DONE with a count per kind', async () => {
      const result = await runDaily(t.dataSource, '2027-02-01', deps(), 'cli:anna');
      expect(result).toMatchObject({ ran: true, status: 'DONE', attempt: 1 });
      const run = await runs.find('daily', '2027-02-01');
      expect(run).toMatchObject({ status: 'DONE', claimedBy: 'cli:anna', lastError: null, finishedAt: expect.any(Date) });
      expect(run!.summary).toEqual({
        outcomesRefreshed: expect.any(Number), failed: {}, notifications: Object.fromEntries(SWEEPS.map((sweep) => [sweep.kind, 0])),
      });
      expect(await runDaily(t.dataSource, '2027-02-01', deps(), 'cli:bo')).toMatchObject({ ran: false, current: { status: 'DONE', claimedBy: 'cli:anna' } });
    });

    it('runs the other steps when one fails, marks the day FAILED with the error, and the next run retries it', async () => {
      let calls = 0;
      const flaky: ReminderSweep = {
        kind: 'FLAKY',
        run: async () => {
          calls += 1;
          if (calls === 1) throw new Error('mail template missing');
          return 4;
        },
      };
      const steady: ReminderSweep = { kind: 'STEADY', run: async () => 1 };
      const failed = await runDaily(t.dataSource, '2027-02-02', deps([flaky, steady]), 'cli:anna');
      expect(failed).toMatchObject({ ran: true, status: 'FAILED', summary: { notifications: { STEADY: 1 }, failed: { FLAKY: 'mail template missing' } } });
      expect(await runs.find('daily', '2027-02-02')).toMatchObject({ status: 'FAILED', lastError: 'FLAKY: mail template missing' });

      const retried = await runDaily(t.dataSource, '2027-02-02', deps([flaky, steady]), 'service:b:1');
      expect(retried).toMatchObject({ ran: true, status: 'DONE', attempt: 2, summary: { notifications: { FLAKY: 4, STEADY: 1 }, failed: {} } });
      expect(await runs.find('daily', '2027-02-02')).toMatchObject({ status: 'DONE', attempts: 2, lastError: null });
    });

    it('is what the CLI runs, printing one line per kind; a bad date is refused naming the option', async () => {
      await expect(runCli(t, ['daily', '--today', '2027-02-30'])).rejects.toThrow('--today must be a date such as 2027-03-31 (got 2027-02-30)');
      const lines = await runCli(t, ['daily', '--today', '2027-02-03']);
      expect(lines[0]).toBe('Daily run of 2027-02-03: DONE (attempt 1)');
      expect(lines).toEqual(expect.arrayContaining(SWEEPS.map((sweep) => `  ${sweep.kind}: 0`)));
    });

    it('is started by a service tick from DAILY_RUN_HOUR, Stockholm time; before it a tick only refreshes outcomes', async () => {
      const service = t.app.get(DailyRunService);
      await service.tick(new Date('2027-02-04T04:59:00Z')); // 05:59 in Stockholm
      expect(await runs.find('daily', '2027-02-04')).toBeUndefined();
      await service.tick(new Date('2027-02-04T05:00:00Z')); // 06:00
      expect(await runs.find('daily', '2027-02-04')).toMatchObject({ status: 'DONE', claimedBy: expect.stringMatching(/^service:.+:\d+$/) });
      await service.tick(new Date('2027-02-04T09:00:00Z'));
      expect(await runs.find('daily', '2027-02-04')).toMatchObject({ attempts: 1 });
    });
  });

  describe('GET /api/scheduled-runs', () => {
    it('lists the latest runs, newest day first, with their summary', async () => {
      await runs.claim('daily', '2099-01-11', 'cli:anna', 600);
      await runs.claim('daily', '2099-01-12', 'cli:anna', 600);
      await runs.finish('daily', '2099-01-12', 1, { outcomesRefreshed: 3, notifications: { REPORT_DUE_SOON: 2 } }, null);
      const res = await t.http.get('/api/scheduled-runs?limit=2').set('Authorization', t.auth(Role.Officer)).expect(200);
      expect(res.body).toMatchObject({ limit: 2, offset: 0 });
      expect(res.body.items[0]).toEqual({
        job: 'daily', runDate: '2099-01-12', status: 'DONE', attempts: 1, claimedBy: 'cli:anna',
        startedAt: expect.any(String), finishedAt: expect.any(String),
        summary: { outcomesRefreshed: 3, notifications: { REPORT_DUE_SOON: 2 } }, lastError: null,
      });
      expect(res.body.items[1]).toMatchObject({ runDate: '2099-01-11', status: 'RUNNING', finishedAt: null, summary: null });
    });

    it('is for staff: a supplier gets 403, bad paging 400 naming the field', async () => {
      await t.http.get('/api/scheduled-runs').set('Authorization', t.auth(Role.Supplier, '00000000-0000-4000-8000-000000000001')).expect(403);
      await t.http.get('/api/scheduled-runs').set('Authorization', t.auth(Role.PactOffice)).expect(200);
      const bad = await t.http.get('/api/scheduled-runs?limit=0').set('Authorization', t.auth(Role.PactOffice)).expect(400);
      expect(JSON.stringify(bad.body)).toContain('limit');
    });
  });
});
