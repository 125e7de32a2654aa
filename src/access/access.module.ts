import { Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** The one place that decides who may do what to which record (see access-policy.ts). */
@Module({
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}
