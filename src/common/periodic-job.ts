import { Logger } from '@nestjs/common';

/**
 * Runs `work` every `seconds` (and once at once when `immediately`), never two runs at a time; a
 * failed run is logged and tried again at the next tick. The timer does not keep the process
 * alive; `stop` waits for a run in progress, so a shutdown never cuts one off.
 */
export class PeriodicJob {
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly work: () => Promise<unknown>,
  ) {}

  start(seconds: number, immediately = false): void {
    if (seconds <= 0) return;
    if (immediately) this.tick();
    this.timer = setInterval(() => this.tick(), seconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.work()
      .catch((error: unknown) => this.logger.warn(`${this.what} failed, retried later: ${String(error)}`))
      .finally(() => (this.running = undefined));
  }
}
