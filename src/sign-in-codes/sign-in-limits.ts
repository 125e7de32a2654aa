import { createHmac } from 'crypto';
import { DataSource } from 'typeorm';
import { PostgresThrottlerStorage } from '../common/rate-limit/postgres-throttler.storage';
import { SignInCodeConfig } from '../config/app-config';

const HOUR_MS = 3_600_000;

/**
 * The hourly limits on code requests (per e-mail address and per IP address) and on code tries
 * (per IP address), counted in the rate-limit table every instance shares. An address is counted
 * whether or not it has an account, so a refusal tells nothing about that; it is kept as an HMAC,
 * not in clear.
 */
export class SignInLimits {
  private readonly counters: PostgresThrottlerStorage;

  constructor(
    dataSource: DataSource,
    private readonly config: SignInCodeConfig,
    private readonly key: Buffer,
  ) {
    this.counters = new PostgresThrottlerStorage(dataSource);
  }

  /** Counts a code request; returns the seconds to wait when over a limit, otherwise null. */
  async codeRequest(email: string, ip: string): Promise<number | null> {
    const address = createHmac('sha256', this.key).update(email.trim().toLowerCase()).digest('base64url');
    const [byIp, byAddress] = await Promise.all([
      this.count(`sign-in-code:ip:${ip}`, this.config.perIpPerHour),
      this.count(`sign-in-code:address:${address}`, this.config.perAddressPerHour),
    ]);
    return byIp ?? byAddress;
  }

  /** Counts a code try; returns the seconds to wait when over the limit, otherwise null. */
  codeTry(ip: string): Promise<number | null> {
    return this.count(`sign-in-code-try:ip:${ip}`, this.config.perIpPerHour);
  }

  private async count(key: string, limit: number): Promise<number | null> {
    const record = await this.counters.increment(key, HOUR_MS, limit, 0);
    return record.isBlocked ? Math.max(1, record.timeToBlockExpire) : null;
  }
}
