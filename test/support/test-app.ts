import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'crypto';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { Role } from '../../src/auth/role';
import { TokenService } from '../../src/auth/token.service';
import { loadConfig } from '../../src/config/app-config';
import { databaseUrl, dropDatabase, templateName, withAdminClient } from './test-database';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  dataSource: DataSource;
  /** A bearer token for the role; supplier tokens need the supplier id they are bound to. */
  token(role: Role, supplierId?: string): string;
  /** Authorization header value for the role. */
  auth(role: Role, supplierId?: string): string;
  close(): Promise<void>;
}

/** Clones the template; parallel workers may briefly collide on it (55006), so retry. */
async function cloneTemplate(serverUrl: string, database: string, template: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`));
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/**
 * Starts the whole service on a fresh database cloned from the migrated template. With
 * `acceptLanguage`, every request of `http` asks for that language (a test whose assertions read
 * the API's English wording says so); otherwise requests carry none and get Swedish, the default.
 */
export async function createTestApp(env: Record<string, string> = {}, options: { acceptLanguage?: 'sv' | 'en' } = {}): Promise<TestApp> {
  const database = await createMigratedDatabase();
  const app = await createAppOn(database.url, env);
  const http = options.acceptLanguage ? withLanguage(app.http, options.acceptLanguage) : app.http;
  return { ...app, http, close: async () => { await app.close(); await database.drop(); } };
}

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options']);

/** The agent, sending Accept-Language on every request it starts; a test may still set another. */
function withLanguage(http: TestAgent, lang: string): TestAgent {
  return new Proxy(http, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || !HTTP_METHODS.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => (value as (...a: unknown[]) => request.Test).apply(target, args).set('Accept-Language', lang);
    },
  });
}

/** A new database cloned from the migrated template, for services started otherwise; dropped by the returned function. */
export async function createMigratedDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { serverUrl, runId } = testServer();
  const database = `sc_test_${runId}_${randomBytes(4).toString('hex')}`;
  await cloneTemplate(serverUrl, database, templateName(runId));
  return { url: databaseUrl(serverUrl, database), drop: () => dropDatabase(serverUrl, database) };
}

/** A new, empty database on the test server; dropped by the returned function. */
export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { serverUrl, runId } = testServer();
  const database = `sc_test_${runId}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${database}`));
  return { url: databaseUrl(serverUrl, database), drop: () => dropDatabase(serverUrl, database) };
}

/**
 * Starts the whole service on the given database, as `main.ts` does. Instances started with the
 * same `signingSecret` accept each other's tokens, like instances behind one load balancer.
 */
export async function createAppOn(
  url: string,
  env: Record<string, string> = {},
  signingSecret = randomBytes(32).toString('hex'),
): Promise<TestApp> {
  // No folding on a timer: a fold moving rows mid-test would change table fingerprints (test/fuzz);
  // tests that need folded tallies fold explicitly (TallyFoldingService.foldAll).
  const config = loadConfig({ LOG_LEVEL: 'error', RESULTS_TALLY_FOLD_SECONDS: '0', OUTCOME_REFRESH_MINUTES: '0', ...env });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl: url, signingSecret })],
  }).compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] }), config);
  await app.init();
  const tokens = app.get(TokenService);
  const token = (role: Role, supplierId?: string) => tokens.issue({ role, supplierId });
  return {
    app,
    http: request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    token,
    auth: (role, supplierId) => `Bearer ${token(role, supplierId)}`,
    close: () => app.close(),
  };
}

function testServer(): { serverUrl: string; runId: string } {
  const serverUrl = process.env.TEST_SERVER_URL;
  const runId = process.env.TEST_RUN_ID;
  if (!serverUrl || !runId) throw new Error('Integration tests need jest globalSetup (test/support/global-setup.ts)');
  return { serverUrl, runId };
}
