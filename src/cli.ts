import 'reflect-metadata';
import { JwtService } from '@nestjs/jwt';
import { userInfo } from 'os';
import { parseArgs } from 'util';
import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { resolveSigningSecret } from './auth/signing-secret';
import { Role } from './auth/role';
import { TokenService } from './auth/token.service';
import { loadConfig } from './config/app-config';
import { openDatabase } from './database/database';
import { dataSourceOptions } from './database/data-source-options';
import { runMigrationsExclusively } from './database/run-migrations';
import { runDemoCity } from './demo-city/demo-city';
import { defaultPlacements } from './results/demo-data/generate';
import { loadDemoData, progressBar } from './results/demo-data/load';
import { refreshDueOutcomes } from './reporting/clause-outcomes';
import { todayInStockholm } from './common/calendar';
import { isCalendarDate } from './common/calendar-date';
import { OutboxRepository } from './mail/outbox.repository';
import { OutboxDelivery } from './mail/outbox-delivery';
import { Notifier } from './notifications/notifier';
import { RecipientsRepository } from './notifications/recipients.repository';
import { reminderSettings } from './notifications/reminders/sweep';
import { describeDailyRun, runDaily } from './scheduling/daily-run';
import { outboxListing, outboxListingOptions } from './mail/outbox-listing';
import { UserAccount } from './users/entities/user-account.entity';
import { addUser, cliOperator, listUsers } from './users/users-cli';
import { redactStoredPersonalData, scanStoredPersonalData, StoredPersonalData } from './common/personal-data/stored-personal-data';

const USAGE = `Usage: npm run cli -- <command>
  users add --email <address> [--name <name>] --role <admin|officer|pact_office|matcher|supplier> [--supplier <id>] [--supplier-admin] [--language sv|en]
        Create an invited user (or, for an existing address, a new invitation) and print a one-time
        sign-in link valid 7 days (last line): how the first admin signs in.
  users list
        List every user: e-mail, name, role, status, supplier, last sign-in.
  token --role <admin|officer|pact_office|matcher|supplier> [--supplier <id>] [--subject <name>] [--expires <30m|12h|7d>]
        Development only (refused when NODE_ENV=production): print a signed bearer token (last line).
  migrate
        Run pending database migrations and exit.
  demo-data [--seed <S>]
        Run migrations, then build a small demo city through the service's own API: contracting units
        with letterheads, suppliers, procurements at every stage, awarded contracts in every follow-up
        status with reports verified, questioned and withdrawn, remedy requests, pact members with
        letters and check-ins, vacancies with referrals at every outcome and recruitment events, the
        day's run; prints a one-time sign-in link per demo user (admin, officer, pact office, matcher,
        two suppliers). Refused when the city is already there.
  demo-data --procurements <N> [--placements <M>] [--seed <S>]
        Run migrations, then load a deterministic synthetic data set: N procurements 2019–2026 with
        clauses, awards and reports, M placements (default N × 40/3), seed S (default 1), with the
        clause outcomes the rules give today stored as the service stores them.
  refresh-outcomes [--today YYYY-MM-DD]
        Re-evaluate the clause outcomes due (never evaluated, or not yet on that day), as the service
        does once a day; --today evaluates as of another day.
  daily [--today YYYY-MM-DD] [--force]
        The day's run, as the service starts it each morning: refresh the clause outcomes due, send
        the reminders and alerts due that day (each once, however often it runs), print what it did
        per kind; then, with SMTP_URL set, deliver the outbox. A day already DONE is skipped unless
        --force; --today runs as of another day (operators catching up, tests, the demo data).
  personal-data scan
        List every stored text (audit rows, idempotency responses and evidence file names included)
        holding a personal identity number: table, column, row, JSON path; never the value.
  personal-data redact [--by <name>]
        Replace each such number with [borttaget] in one transaction, with an audit row per text
        (table, column, row, by whom, when; never the value). --by defaults to the OS user.
  outbox [--status <PENDING|SENT|FAILED>] [--limit <N>] [--text]
        List the e-mail outbox, newest first (N, default 50): when, status, attempts, kind, to,
        subject, and with --text each message's text. Without SMTP_URL messages stay PENDING here.`;

async function token(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { role: { type: 'string' }, supplier: { type: 'string' }, subject: { type: 'string' }, expires: { type: 'string' } },
  });
  const config = loadConfig(process.env);
  if (config.production) {
    throw new Error('token is for development only and is refused when NODE_ENV=production; sign in, or create an API key');
  }
  const tokens = new TokenService(
    new JwtService({ secret: resolveSigningSecret(config), signOptions: { expiresIn: config.tokenTtl as never } }),
  );
  console.log(
    tokens.issue({ role: values.role as Role, supplierId: values.supplier, subject: values.subject, expiresIn: values.expires }),
  );
}

/**
 * Opens the database (the embedded one when DATABASE_URL is unset), hands `work` an initialised
 * data source and the database URL, and closes both again, whatever happens.
 */
async function withDatabase<T>(work: (dataSource: DataSource, url: string) => Promise<T>, entities: DataSourceOptions['entities'] = []): Promise<T> {
  const database = await openDatabase(loadConfig(process.env));
  const dataSource = new DataSource({ ...dataSourceOptions(database.url), entities });
  try {
    await dataSource.initialize();
    return await work(dataSource, database.url);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

async function migrate(): Promise<void> {
  await withDatabase(async (dataSource) => {
    const ran = await runMigrationsExclusively(dataSource);
    console.log(ran.length ? `Ran ${ran.map((m) => m.name).join(', ')}` : 'No pending migrations');
  });
}

async function demoData(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { procurements: { type: 'string' }, placements: { type: 'string' }, seed: { type: 'string' } } });
  const count = (name: string, value: string | undefined, fallback?: number): number => {
    if (value === undefined && fallback !== undefined) return fallback;
    if (!/^\d+$/.test(value ?? '')) throw new Error(`--${name} must be a whole number (got ${value ?? 'nothing'})`);
    return Number(value);
  };
  if (values.procurements === undefined && values.placements === undefined) return demoCity(count('seed', values.seed, 1));
  const procurements = count('procurements', values.procurements);
  const options = {
    procurements,
    placements: count('placements', values.placements, defaultPlacements(procurements)),
    seed: count('seed', values.seed, 1),
  };
  await withDatabase(async (dataSource, url) => {
    await runMigrationsExclusively(dataSource);
    await dataSource.destroy();
    const client = new Client({ connectionString: url });
    // A second connection folds each batch while the next one is generated and inserted.
    const fold = new Client({ connectionString: url });
    await client.connect();
    await fold.connect();
    try {
      const started = Date.now();
      const done = await loadDemoData(client, options, progressBar(options), fold);
      console.log(`Loaded ${done.procurements} procurements and ${done.placements} placements (seed ${options.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } finally {
      await fold.end();
      await client.end();
    }
  });
}

/** The small demo city, built through the service's API on the database (migrated first). */
async function demoCity(seed: number): Promise<void> {
  // Many requests in a few seconds from one process; no timers folding or refreshing meanwhile.
  const config = loadConfig({ ...process.env, RATE_LIMIT_PER_MINUTE: '1000000', RESULTS_TALLY_FOLD_SECONDS: '0', OUTCOME_REFRESH_MINUTES: '0' });
  await withDatabase(async (dataSource, url) => {
    await runMigrationsExclusively(dataSource);
    const lines = await runDemoCity(config, url, { seed, today: todayInStockholm() });
    lines.forEach((line) => console.log(line));
  });
}

async function refreshOutcomes(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { today: { type: 'string' } } });
  const today = dayArgument(values.today);
  await withDatabase(async (dataSource) => {
    await runMigrationsExclusively(dataSource);
    const refreshed = await refreshDueOutcomes(dataSource, today);
    console.log(`Refreshed the clause outcomes of ${refreshed} contracts as of ${today}`);
  });
}

/** A day given on the command line, or today in Stockholm. */
function dayArgument(value: string | undefined): string {
  const today = value ?? todayInStockholm();
  if (!isCalendarDate(today)) throw new Error(`--today must be a date such as 2027-03-31 (got ${today})`);
  return today;
}

async function daily(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { today: { type: 'string' }, force: { type: 'boolean' } } });
  const today = dayArgument(values.today);
  const config = loadConfig(process.env);
  await withDatabase(async (dataSource) => {
    await runMigrationsExclusively(dataSource);
    const outbox = new OutboxRepository(dataSource);
    const deps = { notifier: new Notifier(outbox, config.publicUrl), recipients: new RecipientsRepository(), settings: reminderSettings(config) };
    const result = await runDaily(dataSource, today, deps, `cli:${userInfo().username}`, { force: values.force });
    describeDailyRun(result).forEach((line) => console.log(line));
    const smtpUrl = config.mail.smtpUrl;
    if (smtpUrl) {
      const delivery = new OutboxDelivery(outbox, { ...config.mail, smtpUrl });
      try {
        console.log(`Delivered ${await delivery.deliverDue(Number.POSITIVE_INFINITY)} e-mails over SMTP`);
      } finally {
        delivery.close();
      }
    }
    if (result.ran && result.status === 'FAILED') throw new Error(`the daily run of ${today} FAILED; run it again to retry the failed steps`);
  });
}

const describeHit = (hit: StoredPersonalData) => [hit.table, hit.column, hit.row, hit.paths.join(',')].join('\t').trimEnd();

async function personalData(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { by: { type: 'string' } } });
  const [action] = positionals;
  if (action !== 'scan' && action !== 'redact') throw new Error('personal-data needs scan or redact');
  await withDatabase(async (dataSource) => {
    await runMigrationsExclusively(dataSource);
    if (action === 'scan') {
      const hits = await scanStoredPersonalData(dataSource);
      hits.forEach((hit) => console.log(describeHit(hit)));
      console.log(`${hits.length} stored texts hold a personal identity number${hits.length ? ' (table, column, row, paths)' : ''}`);
      return;
    }
    const by = values.by ?? userInfo().username;
    const { redacted, changedMeanwhile } = await redactStoredPersonalData(dataSource, by);
    redacted.forEach((hit) => console.log(describeHit(hit)));
    console.log(`Redacted ${redacted.length} stored texts as ${by}, with an audit row each`);
    if (changedMeanwhile.length) console.log(`${changedMeanwhile.length} texts changed while redacting: run redact again`);
  });
}

async function users(args: string[]): Promise<void> {
  const [action, ...rest] = args;
  if (action !== 'add' && action !== 'list') throw new Error('users needs add or list');
  const config = loadConfig(process.env);
  await withDatabase(async (dataSource) => {
    await runMigrationsExclusively(dataSource);
    if (action === 'list') {
      (await listUsers(dataSource)).forEach((line) => console.log(line));
      return;
    }
    const { user, link, validUntil, created } = await addUser(dataSource, rest, cliOperator(userInfo().username), config.publicUrl);
    console.log(`${created ? 'Invited' : 'New sign-in link for'} ${user.email} (${user.role}); the link works once, until ${validUntil.toISOString()}:`);
    console.log(link);
  }, [UserAccount]);
}

async function outbox(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { status: { type: 'string' }, limit: { type: 'string' }, text: { type: 'boolean' } } });
  const options = outboxListingOptions(values);
  await withDatabase(async (dataSource) => {
    await runMigrationsExclusively(dataSource);
    const page = await new OutboxRepository(dataSource).list({ status: options.status, limit: options.limit, offset: 0 });
    outboxListing(page, options).forEach((line) => console.log(line));
  });
}

export const commands: Record<string, (args: string[]) => Promise<void>> = {
  token, users, migrate, 'demo-data': demoData, 'refresh-outcomes': refreshOutcomes, daily, 'personal-data': personalData, outbox,
};

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.error(USAGE);
    process.exit(2);
  }
  await command(args);
}

// Tests import `commands`; only a run as a program parses argv and exits.
if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
