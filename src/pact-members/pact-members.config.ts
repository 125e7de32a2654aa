import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, validateSync } from 'class-validator';
import { ConfigError } from '../config/app-config';

/** Injection token for {@link PactMembersConfig}. */
export const PACT_MEMBERS_CONFIG = Symbol('PACT_MEMBERS_CONFIG');

class PactMembersEnvironment {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(730)
  MEMBER_EXPIRING_WITHIN_DAYS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(60)
  CHECK_IN_OVERDUE_MONTHS?: number;
}

export interface PactMembersConfig {
  /** A letter ending within this many days of today makes its member EXPIRING. */
  expiringWithinDays: number;
  /** A current member whose last check-in (årlig avstämning) is older than this is overdue. */
  checkInOverdueMonths: number;
}

/** Validates the register's environment variables; a bad value is a one-line ConfigError naming it. */
export function loadPactMembersConfig(env: Record<string, string | undefined>): PactMembersConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in DEFAULTS_BY_VARIABLE && value !== undefined && value !== ''),
  );
  const vars = plainToInstance(PactMembersEnvironment, present);
  const [first] = validateSync(vars);
  if (first) {
    throw new ConfigError(
      `Invalid configuration: ${first.property} must be a whole number between ${BOUNDS[first.property]} (got "${present[first.property]}")`,
    );
  }
  return {
    expiringWithinDays: vars.MEMBER_EXPIRING_WITHIN_DAYS ?? DEFAULTS_BY_VARIABLE.MEMBER_EXPIRING_WITHIN_DAYS,
    checkInOverdueMonths: vars.CHECK_IN_OVERDUE_MONTHS ?? DEFAULTS_BY_VARIABLE.CHECK_IN_OVERDUE_MONTHS,
  };
}

const DEFAULTS_BY_VARIABLE = { MEMBER_EXPIRING_WITHIN_DAYS: 90, CHECK_IN_OVERDUE_MONTHS: 12 };
const BOUNDS: Record<string, string> = { MEMBER_EXPIRING_WITHIN_DAYS: '0 and 730', CHECK_IN_OVERDUE_MONTHS: '1 and 60' };
