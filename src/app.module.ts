import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { BreachesModule } from './breaches/breaches.module';
import { RateLimitModule } from './common/rate-limit/rate-limit.module';
import { ClausesModule } from './clauses/clauses.module';
import { ContractingUnitsModule } from './contracting-units/contracting-units.module';
import { ContractsModule } from './contracts/contracts.module';
import { AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { MigrationsOnStart } from './database/migrations-on-start';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { MatchingModule } from './matching/matching.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OidcModule } from './oidc/oidc.module';
import { PactMembersModule } from './pact-members/pact-members.module';
import { ProcurementsModule } from './procurements/procurements.module';
import { RecruitmentEventsModule } from './recruitment-events/recruitment-events.module';
import { ReportingModule } from './reporting/reporting.module';
import { ResultsModule } from './results/results.module';
import { SchedulingModule } from './scheduling/scheduling.module';
import { SignInCodesModule } from './sign-in-codes/sign-in-codes.module';
import { SuppliersModule } from './suppliers/suppliers.module';
import { UsersModule } from './users/users.module';
import { WebModule } from './web/web.module';

export interface AppRuntime {
  config: AppConfig;
  /** The database actually used: DATABASE_URL, or the embedded server's URL. */
  databaseUrl: string;
  signingSecret: string;
}

@Module({})
export class AppModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => runtime.config] }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(runtime.databaseUrl, runtime.config.dbPoolSize, {
            poolWaitMs: runtime.config.dbPoolWaitMs,
            statementTimeoutMs: runtime.config.statementTimeoutMs,
          }),
          autoLoadEntities: true,
        }),
        AuthModule.forRoot(runtime.signingSecret, runtime.config.tokenTtl),
        RateLimitModule.forRoot(runtime.config.rateLimitPerMinute, runtime.config.rateLimitFlushMs),
        AuditModule,
        HealthModule,
        SuppliersModule,
        UsersModule,
        OidcModule,
        ContractingUnitsModule,
        PactMembersModule,
        ProcurementsModule,
        ClausesModule,
        ContractsModule,
        ReportingModule,
        MatchingModule,
        ResultsModule,
        RecruitmentEventsModule,
        BreachesModule,
        MailModule,
        NotificationsModule,
        SchedulingModule,
        SignInCodesModule.forRoot(runtime.signingSecret),
        WebModule,
      ],
      providers: [MigrationsOnStart],
    };
  }
}
