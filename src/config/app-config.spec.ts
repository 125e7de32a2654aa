import { DEFAULT_SCREENING_THRESHOLDS } from '../procurements/screening';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      embeddedPgPort: 54329,
      jwtSecret: undefined,
      tokenTtl: '12h',
      dbPoolSize: 10,
      dbPoolWaitMs: 5000,
      statementTimeoutMs: 15000,
      csvUploadsPerSupplier: 2,
      rateLimitPerMinute: 1200,
      rateLimitFlushMs: 1000,
      bodyLimit: '100kb',
      shutdownGraceMs: 500,
      logLevel: 'log',
      memberExpiringWithinDays: 90,
      checkInOverdueMonths: 12,
      evidenceMaxBytes: 5 * 1024 * 1024,
      evidenceMaxFilesPerReport: 10,
      evidenceMaxBytesPerSupplier: 200 * 1024 * 1024,
      reportGraceDays: 30,
      referralOutcomeDays: 14,
      resultsCountVerification: ['ACCEPTED', 'PENDING'],
      resultsTallyFoldSeconds: 10,
      outcomeRefreshMinutes: 60,
      dailyRunHour: 6,
      screening: DEFAULT_SCREENING_THRESHOLDS,
      annualReportUnit: 'Stadsledningskontoret',
      defaultSupportContact: { unit: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', phone: '08-508 00 508' },
      production: false,
      publicUrl: 'http://localhost:3000',
      trustProxy: false,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      apiKeyMaxDays: 365,
      oidcEnabled: false,
      mail: { smtpUrl: undefined, from: 'Stockholms stad <no-reply@stockholm.se>', maxAttempts: 8, sendSeconds: 5 },
      signInCodes: { perAddressPerHour: 5, perIpPerHour: 30 },
      reminders: { reportDueDays: 7, overdueRepeatDays: 7, remedyDueDays: 5, letterExpiringDays: 60, checkInDays: 30 },
    });
  });

  it('reads when reminders go out, refusing a repeat of no days', () => {
    expect(loadConfig({
      REMINDER_REPORT_DUE_DAYS: '3', REMINDER_OVERDUE_REPEAT_DAYS: '14', REMINDER_REMEDY_DUE_DAYS: '0',
      REMINDER_LETTER_EXPIRING_DAYS: '90', REMINDER_CHECK_IN_DAYS: '10',
    }).reminders).toEqual({ reportDueDays: 3, overdueRepeatDays: 14, remedyDueDays: 0, letterExpiringDays: 90, checkInDays: 10 });
    expect(() => loadConfig({ REMINDER_OVERDUE_REPEAT_DAYS: '0' })).toThrow(/REMINDER_OVERDUE_REPEAT_DAYS/);
    expect(() => loadConfig({ REMINDER_REPORT_DUE_DAYS: '-1' })).toThrow(/REMINDER_REPORT_DUE_DAYS/);
    expect(() => loadConfig({ REMINDER_LETTER_EXPIRING_DAYS: 'soon' })).toThrow(/REMINDER_LETTER_EXPIRING_DAYS/);
    expect(() => loadConfig({ REMINDER_CHECK_IN_DAYS: '366' })).toThrow(/REMINDER_CHECK_IN_DAYS/);
  });

  it('reads the hour of the daily run, refusing one that is not on the clock', () => {
    expect(loadConfig({ DAILY_RUN_HOUR: '0' }).dailyRunHour).toBe(0);
    expect(loadConfig({ DAILY_RUN_HOUR: '23' }).dailyRunHour).toBe(23);
    expect(() => loadConfig({ DAILY_RUN_HOUR: '24' })).toThrow('DAILY_RUN_HOUR must be an hour from 0 to 23 (Stockholm time) (got "24")');
    expect(() => loadConfig({ DAILY_RUN_HOUR: 'six' })).toThrow(/DAILY_RUN_HOUR/);
  });

  it('reads the sign-in settings', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://sociala-klausuler.stockholm.se',
      TRUST_PROXY: '1',
      SESSION_IDLE_MINUTES: '15',
      SESSION_ABSOLUTE_HOURS: '8',
      API_KEY_MAX_DAYS: '90',
    });
    expect(config).toMatchObject({
      production: true, publicUrl: 'https://sociala-klausuler.stockholm.se', trustProxy: 1,
      sessionIdleMinutes: 15, sessionAbsoluteHours: 8, apiKeyMaxDays: 90,
    });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => loadConfig({ PUBLIC_URL: 'https://example.se/' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'example.se' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
    expect(() => loadConfig({ API_KEY_MAX_DAYS: 'ever' })).toThrow(/API_KEY_MAX_DAYS/);
  });

  it('reads the mail settings, never repeating the SMTP URL, which may hold a password', () => {
    expect(loadConfig({ SMTP_URL: 'smtps://user:pw@mail.example:465', MAIL_FROM: 'no-reply@example.se', MAIL_MAX_ATTEMPTS: '3' }).mail)
      .toEqual({ smtpUrl: 'smtps://user:pw@mail.example:465', from: 'no-reply@example.se', maxAttempts: 3, sendSeconds: 5 });
    expect(() => loadConfig({ SMTP_URL: 'http://user:secret@mail.example' })).toThrow(/^Invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL$/);
    expect(() => loadConfig({ MAIL_FROM: 'Stockholms stad' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ MAIL_MAX_ATTEMPTS: '0' })).toThrow(/MAIL_MAX_ATTEMPTS/);
    expect(loadConfig({ SIGN_IN_CODE_PER_ADDRESS_PER_HOUR: '2', SIGN_IN_CODE_PER_IP_PER_HOUR: '9' }).signInCodes)
      .toEqual({ perAddressPerHour: 2, perIpPerHour: 9 });
    expect(() => loadConfig({ SIGN_IN_CODE_PER_IP_PER_HOUR: 'many' })).toThrow(/SIGN_IN_CODE_PER_IP_PER_HOUR/);
  });

  it('reads the unit whose letterhead the annual report carries', () => {
    expect(loadConfig({ ANNUAL_REPORT_UNIT: ' Socialförvaltningen ' }).annualReportUnit).toBe('Socialförvaltningen');
    expect(() => loadConfig({ ANNUAL_REPORT_UNIT: 'x'.repeat(201) })).toThrow(/ANNUAL_REPORT_UNIT/);
  });

  it('reads the follow-up limits', () => {
    expect(loadConfig({ EVIDENCE_MAX_BYTES: '2048', REPORT_GRACE_DAYS: '14' })).toMatchObject({ evidenceMaxBytes: 2048, reportGraceDays: 14 });
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES: '10' })).toThrow(/EVIDENCE_MAX_BYTES/);
    expect(loadConfig({ EVIDENCE_MAX_FILES_PER_REPORT: '3', EVIDENCE_MAX_BYTES_PER_SUPPLIER: '1048576' }))
      .toMatchObject({ evidenceMaxFilesPerReport: 3, evidenceMaxBytesPerSupplier: 1048576 });
    expect(() => loadConfig({ EVIDENCE_MAX_FILES_PER_REPORT: '0' })).toThrow(/EVIDENCE_MAX_FILES_PER_REPORT/);
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES_PER_SUPPLIER: 'lots' })).toThrow(/EVIDENCE_MAX_BYTES_PER_SUPPLIER/);
  });

  it('reads the database and upload limits', () => {
    expect(loadConfig({ DB_POOL_WAIT_MS: '250', STATEMENT_TIMEOUT_MS: '0', CSV_UPLOADS_PER_SUPPLIER: '1' })).toMatchObject({
      dbPoolWaitMs: 250, statementTimeoutMs: 0, csvUploadsPerSupplier: 1,
    });
    expect(() => loadConfig({ DB_POOL_WAIT_MS: '0' })).toThrow(/DB_POOL_WAIT_MS/);
    expect(() => loadConfig({ STATEMENT_TIMEOUT_MS: '-1' })).toThrow(/STATEMENT_TIMEOUT_MS/);
    expect(() => loadConfig({ CSV_UPLOADS_PER_SUPPLIER: '0' })).toThrow(/CSV_UPLOADS_PER_SUPPLIER/);
  });

  it('reads which verification statuses count in the results, and refuses unknown ones', () => {
    expect(loadConfig({ RESULTS_COUNT_VERIFICATION: ' accepted ' }).resultsCountVerification).toEqual(['ACCEPTED']);
    expect(() => loadConfig({ RESULTS_COUNT_VERIFICATION: 'ACCEPTED,REJECTED' })).toThrow(/RESULTS_COUNT_VERIFICATION/);
  });

  it('reads and converts values that are set', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      DATA_DIR: '/var/lib/sc',
      TOKEN_TTL: '30m',
      DB_POOL_SIZE: '25',
      LOG_LEVEL: 'DEBUG',
      MEMBER_EXPIRING_WITHIN_DAYS: '0',
      CHECK_IN_OVERDUE_MONTHS: '6',
      SCREENING_LABOUR_COST_PERCENT_WORKS: '40',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      dataDir: '/var/lib/sc',
      tokenTtl: '30m',
      dbPoolSize: 25,
      logLevel: 'debug',
      memberExpiringWithinDays: 0,
      checkInOverdueMonths: 6,
      screening: { labourCostPercentWorks: 40 },
    });
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must be a postgres/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32/],
    [{ TOKEN_TTL: 'forever' }, /TOKEN_TTL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, /RATE_LIMIT_PER_MINUTE/],
    [{ RATE_LIMIT_FLUSH_MS: '0' }, /RATE_LIMIT_FLUSH_MS/],
    [{ BODY_LIMIT: 'huge' }, /BODY_LIMIT/],
    [{ MEMBER_EXPIRING_WITHIN_DAYS: 'ninety' }, /MEMBER_EXPIRING_WITHIN_DAYS must be a whole number of days from 0 to 730 \(got "ninety"\)/],
    [{ MEMBER_EXPIRING_WITHIN_DAYS: '-1' }, /MEMBER_EXPIRING_WITHIN_DAYS/],
    [{ CHECK_IN_OVERDUE_MONTHS: '0' }, /CHECK_IN_OVERDUE_MONTHS must be a whole number of months from 1 to 60/],
    [{ CHECK_IN_OVERDUE_MONTHS: '1.5' }, /CHECK_IN_OVERDUE_MONTHS/],
    [{ SCREENING_MEDIUM_INTENSITY_VOLUME_PERCENT: '101' }, /SCREENING_MEDIUM_INTENSITY_VOLUME_PERCENT must be a whole number from 0 to 100/],
    [{ SCREENING_SEK_PER_FULL_TIME_MONTH: '1000000' }, /SCREENING_SEK_PER_FULL_TIME_MONTH is replaced by SCREENING_LABOUR_COST_SEK_PER_FULL_TIME_MONTH/],
  ])('refuses %p with one line naming the variable', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toMatch(pattern);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('never echoes the signing secret in the error', () => {
    expect(() => loadConfig({ JWT_SECRET: 'tooshort-secret' })).toThrow(/^((?!tooshort-secret).)*$/);
  });
});
