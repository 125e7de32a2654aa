import { Logger } from '@nestjs/common';
import { PeriodicJob } from './periodic-job';

describe('PeriodicJob', () => {
  it('runs at once when asked, never two runs at a time, logs a failure and carries on, and stop waits for a run', async () => {
    const warnings: string[] = [];
    const logger = { warn: (m: string) => warnings.push(m) } as unknown as Logger;
    let runs = 0;
    let active = 0;
    let most = 0;
    const job = new PeriodicJob(logger, 'the test job', async () => {
      runs += 1;
      active += 1;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 30));
      active -= 1;
      if (runs === 1) throw new Error('first run fails');
    });
    job.start(0.01, true);
    await new Promise((r) => setTimeout(r, 120));
    await job.stop();
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(most).toBe(1);
    expect(active).toBe(0);
    expect(warnings[0]).toBe('the test job failed, retried later: Error: first run fails');
  });

  it('does nothing with a period of 0', async () => {
    let runs = 0;
    const job = new PeriodicJob({} as Logger, 'never', async () => { runs += 1; });
    job.start(0, true);
    await job.stop();
    expect(runs).toBe(0);
  });
});
