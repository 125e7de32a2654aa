import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AddressInfo } from 'net';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { configureApp } from '../app.setup';
import { Role } from '../auth/role';
import { resolveSigningSecret } from '../auth/signing-secret';
import { TokenService } from '../auth/token.service';
import { AppConfig } from '../config/app-config';
import { Notifier } from '../notifications/notifier';
import { RecipientsRepository } from '../notifications/recipients.repository';
import { reminderSettings } from '../notifications/reminders/sweep';
import { describeDailyRun, runDaily } from '../scheduling/daily-run';
import { UsersService } from '../users/users.service';
import { buildCity } from './build-city';
import { CityClient } from './city-client';
import { CityRewindRepository } from './city-rewind.repository';

const BY = 'demo-data';

/**
 * Builds the demo city on the database: starts the service in this process on a free local port,
 * makes every record through its HTTP API as the role that would make it, runs the day's run (the
 * outcomes and the reminders due) and returns what an operator reads, ending with a one-time
 * sign-in link per demo user. Development tokens drive it, so it is refused in production.
 */
export async function runDemoCity(config: AppConfig, databaseUrl: string, options: { seed: number; today: string }): Promise<string[]> {
  if (config.production) throw new Error('The demo city is for development and trials; it is refused when NODE_ENV=production');
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl, signingSecret: resolveSigningSecret(config) }),
    { logger: ['error'] },
  );
  configureApp(app, config);
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const tokens = app.get(TokenService);
    const api = new CityClient(`http://127.0.0.1:${port}`, (role: Role, supplierId?: string) => tokens.issue({ role, supplierId, subject: BY }));
    const dataSource = app.get(DataSource);
    const city = await buildCity(api, new CityRewindRepository(dataSource), options.today, options.seed);
    const deps = { notifier: app.get(Notifier), recipients: app.get(RecipientsRepository), settings: reminderSettings(config) };
    const daily = await runDaily(dataSource, options.today, deps, BY, { force: true });
    const users = app.get(UsersService);
    const links: string[] = [];
    for (const user of city.users) links.push(`  ${user.role.padEnd(11)} ${user.name} <${user.email}>`, `    ${await users.signInLink(user.id)}`);
    return [
      `Built the demo city as of ${options.today}: ${city.units} contracting units, ${city.suppliers} suppliers, ${city.procurements} procurements, ` +
        `${city.contracts} awarded contracts with ${city.reports} reports, ${city.members} pact members, ` +
        `${city.matching.vacancies} vacancies with ${city.matching.referrals} referrals, ${city.matching.events} recruitment events`,
      ...describeDailyRun(daily),
      'Open one link per browser (or private window) to sign in; each works once, for 7 days:',
      ...links,
    ];
  } finally {
    await app.close();
  }
}
