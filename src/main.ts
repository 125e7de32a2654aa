import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { resolveSigningSecret } from './auth/signing-secret';
import { ConfigError, loadConfig } from './config/app-config';
import { openDatabase } from './database/database';

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = loadConfig(process.env);
  const logger = new Logger('Bootstrap');
  Logger.overrideLogger(LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1));

  const database = await openDatabase(config);
  logger.log(database.embedded ? `Embedded PostgreSQL running with data in ${config.dataDir}` : 'Using DATABASE_URL');
  const app = await NestFactory.create(
    AppModule.forRoot({ config, databaseUrl: database.url, signingSecret: resolveSigningSecret(config) }),
    { bufferLogs: true },
  );
  configureApp(app);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing requests and stopping`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen(config.port);
  logger.log(`Listening on http://localhost:${config.port}/api (docs at /api/docs), started in ${Date.now() - started} ms`);
}

bootstrap().catch((error: unknown) => {
  // One clear line for configuration and start-up problems, not a stack trace.
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`social-clauses could not start: ${message}`);
  process.exit(1);
});
