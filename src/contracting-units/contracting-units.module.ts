import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyModule } from '../reporting/idempotency/idempotency.module';
import { CONTRACTING_UNITS_CONFIG, contractingUnitsConfig } from './contracting-units.config';
import { ContractingUnitsController } from './contracting-units.controller';
import { ContractingUnitsService } from './contracting-units.service';
import { ContractingUnit } from './entities/contracting-unit.entity';

/** The contracting units' support contacts and letterheads, which the tender documents and the annual report print. */
@Module({
  imports: [TypeOrmModule.forFeature([ContractingUnit]), IdempotencyModule],
  controllers: [ContractingUnitsController],
  providers: [
    ContractingUnitsService,
    { provide: CONTRACTING_UNITS_CONFIG, useFactory: contractingUnitsConfig, inject: [ConfigService] },
  ],
  exports: [ContractingUnitsService],
})
export class ContractingUnitsModule {}
