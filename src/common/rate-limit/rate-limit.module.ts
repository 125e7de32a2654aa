import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { PostgresThrottlerStorage } from './postgres-throttler.storage';
import { RateLimitGuard } from './rate-limit.guard';

@Module({})
export class RateLimitModule {
  static forRoot(requestsPerMinute: number): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [{ name: 'per-minute', ttl: 60_000, limit: requestsPerMinute }],
            storage: new PostgresThrottlerStorage(dataSource),
          }),
        }),
      ],
      // Registered after AuthModule's guard, so it sees the verified token holder.
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}
