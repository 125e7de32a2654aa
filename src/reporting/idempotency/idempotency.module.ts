import { Module } from '@nestjs/common';
import { IdempotencyService } from './idempotency.service';

/** The stored answers of idempotent writes, for every module whose POSTs take an Idempotency-Key. */
@Module({ providers: [IdempotencyService], exports: [IdempotencyService] })
export class IdempotencyModule {}
