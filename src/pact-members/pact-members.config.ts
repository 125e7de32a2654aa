import { ConfigService } from '@nestjs/config';
import { AppConfig } from '../config/app-config';

/** Injection token for {@link PactMembersConfig}. */
export const PACT_MEMBERS_CONFIG = Symbol('PACT_MEMBERS_CONFIG');

/** The register's settings, validated with the rest at start (MEMBER_EXPIRING_WITHIN_DAYS, CHECK_IN_OVERDUE_MONTHS). */
export interface PactMembersConfig {
  /** A letter ending within this many days of today makes its member EXPIRING; 0 turns that off. */
  expiringWithinDays: number;
  /** A current member whose last check-in (årlig avstämning) is older than this is overdue. */
  checkInOverdueMonths: number;
}

export function pactMembersConfig(config: ConfigService<AppConfig, true>): PactMembersConfig {
  return {
    expiringWithinDays: config.get('memberExpiringWithinDays', { infer: true }),
    checkInOverdueMonths: config.get('checkInOverdueMonths', { infer: true }),
  };
}
