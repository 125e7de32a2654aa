import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { SupportContact } from '../contracting-units/support-contact';
import { ScreeningThresholds } from '../procurements/screening';
import { loadScreeningThresholds } from '../procurements/screening-config';
import { loadOidcSettings, OidcSettings } from '../oidc/oidc-config';

const EXPIRING_DAYS = { message: 'MEMBER_EXPIRING_WITHIN_DAYS must be a whole number of days from 0 to 730' };
const DAILY_RUN_HOUR = { message: 'DAILY_RUN_HOUR must be an hour from 0 to 23 (Stockholm time)' };
const OVERDUE_MONTHS = { message: 'CHECK_IN_OVERDUE_MONTHS must be a whole number of months from 1 to 60' };

/** Raw environment variables the service understands, validated at start. */
class EnvironmentVariables {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsOptional() @IsString() @MinLength(1)
  DATA_DIR?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(65535)
  EMBEDDED_PG_PORT?: number;

  @IsOptional() @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET?: string;

  @IsOptional()
  @Matches(/^\d+[smhd]$/, { message: 'TOKEN_TTL must be a duration such as 30m, 12h or 7d' })
  TOKEN_TTL?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  DB_POOL_SIZE?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(60000)
  DB_POOL_WAIT_MS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3600000)
  STATEMENT_TIMEOUT_MS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  CSV_UPLOADS_PER_SUPPLIER?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  RATE_LIMIT_PER_MINUTE?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(10) @Max(60000)
  RATE_LIMIT_FLUSH_MS?: number;

  @IsOptional()
  @Matches(/^\d+(kb|mb)$/, { message: 'BODY_LIMIT must be a size such as 100kb or 1mb' })
  BODY_LIMIT?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(60000)
  SHUTDOWN_GRACE_MS?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1024) @Max(52428800)
  EVIDENCE_MAX_BYTES?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  EVIDENCE_MAX_FILES_PER_REPORT?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1024)
  EVIDENCE_MAX_BYTES_PER_SUPPLIER?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(365)
  REPORT_GRACE_DAYS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(365)
  REFERRAL_OUTCOME_DAYS?: number;

  @IsOptional() @Transform(({ value }) => String(value).toLowerCase()) @IsIn(['error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL?: string;

  @IsOptional() @Type(() => Number) @IsInt(EXPIRING_DAYS) @Min(0, EXPIRING_DAYS) @Max(730, EXPIRING_DAYS)
  MEMBER_EXPIRING_WITHIN_DAYS?: number;

  @IsOptional() @Type(() => Number) @IsInt(OVERDUE_MONTHS) @Min(1, OVERDUE_MONTHS) @Max(60, OVERDUE_MONTHS)
  CHECK_IN_OVERDUE_MONTHS?: number;
  @IsOptional()
  @Matches(/^\s*(ACCEPTED|PENDING|QUESTIONED)(\s*,\s*(ACCEPTED|PENDING|QUESTIONED))*\s*$/i, {
    message: 'RESULTS_COUNT_VERIFICATION must be a comma-separated list of ACCEPTED, PENDING, QUESTIONED',
  })
  RESULTS_COUNT_VERIFICATION?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3600)
  RESULTS_TALLY_FOLD_SECONDS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1440)
  OUTCOME_REFRESH_MINUTES?: number;

  @IsOptional() @Type(() => Number) @IsInt(DAILY_RUN_HOUR) @Min(0, DAILY_RUN_HOUR) @Max(23, DAILY_RUN_HOUR)
  DAILY_RUN_HOUR?: number;

  @IsOptional() @IsString() @MaxLength(200, { message: 'ANNUAL_REPORT_UNIT must be a contracting unit name of at most 200 characters' })
  ANNUAL_REPORT_UNIT?: string;

  @IsOptional() @IsString()
  NODE_ENV?: string;

  @IsOptional()
  @Matches(/^https?:\/\/\S*[^/\s]$/, { message: 'PUBLIC_URL must be the http(s) address users open, without a trailing slash' })
  PUBLIC_URL?: string;

  @IsOptional()
  @Matches(/^(true|false|\d{1,2}|[\w.:/, -]+)$/i, { message: 'TRUST_PROXY must be true, false, a number of proxies or a list of proxy addresses' })
  TRUST_PROXY?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1440)
  SESSION_IDLE_MINUTES?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(720)
  SESSION_ABSOLUTE_HOURS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(3650)
  API_KEY_MAX_DAYS?: number;
  @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsOptional() @MaxLength(300)
  @Matches(/^([^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, { message: 'MAIL_FROM must be an address such as Stockholms stad <no-reply@stockholm.se>' })
  MAIL_FROM?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(50)
  MAIL_MAX_ATTEMPTS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3600)
  MAIL_SEND_SECONDS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  SIGN_IN_CODE_PER_ADDRESS_PER_HOUR?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000)
  SIGN_IN_CODE_PER_IP_PER_HOUR?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(365)
  REMINDER_REPORT_DUE_DAYS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(365)
  REMINDER_OVERDUE_REPEAT_DAYS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(365)
  REMINDER_REMEDY_DUE_DAYS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(730)
  REMINDER_LETTER_EXPIRING_DAYS?: number;

  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(365)
  REMINDER_CHECK_IN_DAYS?: number;
}

/** Variables whose value an error message must not repeat (a secret, or a URL that may hold a password). */
const NOT_ECHOED = new Set(['JWT_SECRET', 'SMTP_URL']);

export interface AppConfig {
  port: number;
  /** Set: use that PostgreSQL server. Unset: start the embedded one in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret?: string;
  tokenTtl: string;
  dbPoolSize: number;
  /** How long a request waits for a pooled connection before it is answered 503. */
  dbPoolWaitMs: number;
  /** Longest statement the service's connections may run (0: no limit); migrations and the CLI are not limited. */
  statementTimeoutMs: number;
  /** CSV uploads one supplier may have in progress at once on one instance; more are answered 429. */
  csvUploadsPerSupplier: number;
  /** Requests per token holder per minute on routes that need a token. */
  rateLimitPerMinute: number;
  /** How often each instance adds its rate-limit counts to the shared ones and reads theirs back. */
  rateLimitFlushMs: number;
  /** Largest accepted JSON body. */
  bodyLimit: string;
  /** On SIGTERM, keep serving this long before closing, so requests on their way are answered. */
  shutdownGraceMs: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** A pact member whose letter of intent ends within this many days is EXPIRING (0: never). */
  memberExpiringWithinDays: number;
  /** A pact member's annual check-in is overdue when the last one is older than this. */
  checkInOverdueMonths: number;
  /** Largest evidence file a supplier may attach to a report. */
  evidenceMaxBytes: number;
  /** Most evidence files one report may hold. */
  evidenceMaxFilesPerReport: number;
  /** Most evidence bytes one supplier may hold across all its reports. */
  evidenceMaxBytesPerSupplier: number;
  /** Days after a reporting period ends before its report is overdue. */
  reportGraceDays: number;
  /** Days after a referral by which its employer should have recorded an outcome (HIRED or NOT_HIRED). */
  referralOutcomeDays: number;
  /** Which verification statuses of a report count in the pact results. */
  resultsCountVerification: string[];
  /** How often each instance folds the placement tally deltas (0: never; results stay right, only slower). */
  resultsTallyFoldSeconds: number;
  /**
   * How often each instance looks for clause outcomes due their daily refresh, and for a daily run
   * not yet DONE (0: never; the CLI's `daily` still runs it).
   */
  outcomeRefreshMinutes: number;
  /** From this hour (Stockholm time) an instance's tick starts the day's run: reminders go out then. */
  dailyRunHour: number;
  /** Screening thresholds (`SCREENING_*`, src/procurements/screening-config.ts). */
  screening: ScreeningThresholds;
  /** The contracting unit whose letterhead the annual report carries (none registered: no letterhead). */
  annualReportUnit: string;
  /** The support contact the clause texts name for a contracting unit that is not registered. */
  defaultSupportContact: SupportContact;
  /** NODE_ENV=production: development tokens (CLI `token`) are refused. */
  production: boolean;
  /** The address users open (sign-in links point there), without a trailing slash. */
  publicUrl: string;
  /** Express `trust proxy`: which proxies' X-Forwarded-* headers to believe (HTTPS → Secure cookies). */
  trustProxy: boolean | number | string;
  /** A session unused this long is over. */
  sessionIdleMinutes: number;
  /** A session is over this long after sign-in, however busy. */
  sessionAbsoluteHours: number;
  /** The longest an API key may be valid. */
  apiKeyMaxDays: number;
  /** Whether staff sign in with the city's OpenID Connect provider (set when one is configured). */
  oidcEnabled: boolean;
  /** Staff single sign-on (`OIDC_*`, src/oidc/oidc-config.ts); unset: off. */
  oidc?: OidcSettings;
  mail: MailConfig;
  signInCodes: SignInCodeConfig;
  reminders: ReminderConfig;
}

/** When reminders go out (src/notifications/reminders/); a day count of 0 means on the day itself. */
export interface ReminderConfig {
  /** A report is reminded of this many days before its due date (N). */
  reportDueDays: number;
  /** An overdue report is reminded the day after its due date, then every this many days (M). */
  overdueRepeatDays: number;
  /** An open remedy request is reminded this many days before its due date. */
  remedyDueDays: number;
  /** The pact office is told of a letter of intent this many days before it ends. */
  letterExpiringDays: number;
  /** The pact office is told of an annual check-in this many days before it is due (and when overdue). */
  checkInDays: number;
}

export interface MailConfig {
  /** Set: the outbox is delivered over SMTP. Unset: messages stay in the outbox, listed for admins. */
  smtpUrl?: string;
  from: string;
  /** Delivery attempts before a message is FAILED. */
  maxAttempts: number;
  /** How often each instance delivers the due messages (0: never). */
  sendSeconds: number;
}

export interface SignInCodeConfig {
  /** Codes one e-mail address may ask for per hour, whether it has an account or not. */
  perAddressPerHour: number;
  /** Code requests, and code tries, from one IP address per hour. */
  perIpPerHour: number;
}

/** The city's employer service, which supports suppliers in finding candidates from the target groups. */
export const DEFAULT_SUPPORT_CONTACT: SupportContact = {
  unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen',
  phone: '08-508 00 508',
};

/** Thrown for bad configuration; its message is one line naming the variable. */
export class ConfigError extends Error {}

/** Validates the environment and returns typed configuration with documented defaults. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, present);
  const errors = validateSync(vars, { skipMissingProperties: false });
  if (errors.length > 0) {
    const first = errors[0];
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const got = present[first.property];
    throw new ConfigError(
      `Invalid configuration: ${reason}${got === undefined || NOT_ECHOED.has(first.property) ? '' : ` (got "${got}")`}`,
    );
  }
  let screening: ScreeningThresholds;
  let oidc: OidcSettings | undefined;
  try {
    screening = loadScreeningThresholds(present);
    oidc = loadOidcSettings(present);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  return {
    port: vars.PORT ?? 3000,
    databaseUrl: vars.DATABASE_URL,
    dataDir: vars.DATA_DIR ?? './data',
    embeddedPgPort: vars.EMBEDDED_PG_PORT ?? 54329,
    jwtSecret: vars.JWT_SECRET,
    tokenTtl: vars.TOKEN_TTL ?? '12h',
    dbPoolSize: vars.DB_POOL_SIZE ?? 10,
    dbPoolWaitMs: vars.DB_POOL_WAIT_MS ?? 5000,
    statementTimeoutMs: vars.STATEMENT_TIMEOUT_MS ?? 15000,
    csvUploadsPerSupplier: vars.CSV_UPLOADS_PER_SUPPLIER ?? 2,
    rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE ?? 1200,
    rateLimitFlushMs: vars.RATE_LIMIT_FLUSH_MS ?? 1000,
    bodyLimit: vars.BODY_LIMIT ?? '100kb',
    shutdownGraceMs: vars.SHUTDOWN_GRACE_MS ?? 500,
    logLevel: (vars.LOG_LEVEL as AppConfig['logLevel']) ?? 'log',
    memberExpiringWithinDays: vars.MEMBER_EXPIRING_WITHIN_DAYS ?? 90,
    checkInOverdueMonths: vars.CHECK_IN_OVERDUE_MONTHS ?? 12,
    evidenceMaxBytes: vars.EVIDENCE_MAX_BYTES ?? 5 * 1024 * 1024,
    evidenceMaxFilesPerReport: vars.EVIDENCE_MAX_FILES_PER_REPORT ?? 10,
    evidenceMaxBytesPerSupplier: vars.EVIDENCE_MAX_BYTES_PER_SUPPLIER ?? 200 * 1024 * 1024,
    reportGraceDays: vars.REPORT_GRACE_DAYS ?? 30,
    referralOutcomeDays: vars.REFERRAL_OUTCOME_DAYS ?? 14,
    resultsCountVerification: [
      ...new Set((vars.RESULTS_COUNT_VERIFICATION ?? 'ACCEPTED,PENDING').split(',').map((s) => s.trim().toUpperCase())),
    ],
    resultsTallyFoldSeconds: vars.RESULTS_TALLY_FOLD_SECONDS ?? 10,
    outcomeRefreshMinutes: vars.OUTCOME_REFRESH_MINUTES ?? 60,
    dailyRunHour: vars.DAILY_RUN_HOUR ?? 6,
    screening,
    annualReportUnit: vars.ANNUAL_REPORT_UNIT?.trim() || 'Stadsledningskontoret',
    defaultSupportContact: DEFAULT_SUPPORT_CONTACT,
    production: vars.NODE_ENV === 'production',
    publicUrl: vars.PUBLIC_URL ?? 'http://localhost:3000',
    trustProxy: trustProxySetting(vars.TRUST_PROXY),
    sessionIdleMinutes: vars.SESSION_IDLE_MINUTES ?? 30,
    sessionAbsoluteHours: vars.SESSION_ABSOLUTE_HOURS ?? 12,
    apiKeyMaxDays: vars.API_KEY_MAX_DAYS ?? 365,
    oidcEnabled: oidc !== undefined,
    oidc,
    mail: {
      smtpUrl: vars.SMTP_URL,
      from: vars.MAIL_FROM ?? 'Stockholms stad <no-reply@stockholm.se>',
      maxAttempts: vars.MAIL_MAX_ATTEMPTS ?? 8,
      sendSeconds: vars.MAIL_SEND_SECONDS ?? 5,
    },
    signInCodes: {
      perAddressPerHour: vars.SIGN_IN_CODE_PER_ADDRESS_PER_HOUR ?? 5,
      perIpPerHour: vars.SIGN_IN_CODE_PER_IP_PER_HOUR ?? 30,
    },
    reminders: {
      reportDueDays: vars.REMINDER_REPORT_DUE_DAYS ?? 7,
      overdueRepeatDays: vars.REMINDER_OVERDUE_REPEAT_DAYS ?? 7,
      remedyDueDays: vars.REMINDER_REMEDY_DUE_DAYS ?? 5,
      letterExpiringDays: vars.REMINDER_LETTER_EXPIRING_DAYS ?? 60,
      checkInDays: vars.REMINDER_CHECK_IN_DAYS ?? 30,
    },
  };
}

/** TRUST_PROXY as Express reads it: a boolean, a hop count, or addresses/subnets as given. */
function trustProxySetting(value: string | undefined): boolean | number | string {
  if (value === undefined || /^false$/i.test(value)) return false;
  if (/^true$/i.test(value)) return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
