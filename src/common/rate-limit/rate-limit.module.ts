import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { getOptionsToken, getStorageToken, ThrottlerModuleOptions } from '@nestjs/throttler';
import { DataSource } from 'typeorm';
import { BatchedThrottlerStorage } from './batched-throttler.storage';
import { RateLimitGuard } from './rate-limit.guard';

@Module({})
export class RateLimitModule {
  /**
   * The guard's options and storage are provided here rather than through ThrottlerModule, so the
   * storage is a provider of this module: its shutdown flush runs before the global TypeORM module
   * closes the database.
   */
  static forRoot(requestsPerMinute: number, flushMs: number): DynamicModule {
    const options: ThrottlerModuleOptions = { throttlers: [{ name: 'per-minute', ttl: 60_000, limit: requestsPerMinute }] };
    return {
      module: RateLimitModule,
      providers: [
        { provide: getOptionsToken(), useValue: options },
        { provide: getStorageToken(), inject: [DataSource], useFactory: (dataSource: DataSource) => new BatchedThrottlerStorage(dataSource, flushMs) },
        // Registered after AuthModule's guard, so it sees the verified token holder.
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
