import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { JsonLogger } from './common/logging/json-logger';
import { configureApp } from './app.setup';
import { resolveSigningSecret } from './auth/signing-secret';
import { ConfigError, loadConfig } from './config/app-config';
import { openDatabase } from './database/database';

async function bootstrap(): Promise<void> {
  const started = Date.now();
  const config = loadConfig(process.env);
  Logger.overrideLogger(new JsonLogger(config.logLevel));
  const logger = new Logger('Bootstrap');

  const database = await openDatabase(config);
  logger.log(database.description);
  // A start that fails after the embedded server is up leaves it as it found it.
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl: database.url, signingSecret: resolveSigningSecret(config) }),
    { logger: new JsonLogger(config.logLevel) },
  ).catch(async (error: unknown) => {
    await database.stop();
    throw error;
  });
  configureApp(app, config);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: finishing requests and stopping`);
    // Keep serving briefly: connections accepted just before the signal may not have sent their
    // request yet, and closing the server now would reset them. Then stop accepting and let
    // requests in progress finish before the pool closes.
    await new Promise((resolve) => setTimeout(resolve, config.shutdownGraceMs));
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));

  await app.listen(config.port).catch(async (error: unknown) => {
    await app.close();
    await database.stop();
    throw error;
  });
  logger.log(`Listening on http://localhost:${config.port}/api (docs at /api/docs), started in ${Date.now() - started} ms`);
}

bootstrap().catch((error: unknown) => {
  // One clear line for configuration and start-up problems, not a stack trace.
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  console.error(`social-clauses could not start: ${message}`);
  process.exit(1);
});
