import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdempotencyService } from '../reporting/idempotency/idempotency.service';
import { CONTRACTING_UNITS_CONFIG, contractingUnitsConfig } from './contracting-units.config';
import { ContractingUnitsController } from './contracting-units.controller';
import { ContractingUnitsService } from './contracting-units.service';
import { ContractingUnit } from './entities/contracting-unit.entity';

/** The contracting units' support contacts and letterheads, which the tender documents and the annual report print. */
@Module({
  imports: [TypeOrmModule.forFeature([ContractingUnit])],
  controllers: [ContractingUnitsController],
  providers: [
    ContractingUnitsService,
    IdempotencyService,
    { provide: CONTRACTING_UNITS_CONFIG, useFactory: contractingUnitsConfig, inject: [ConfigService] },
  ],
  exports: [ContractingUnitsService],
})
export class ContractingUnitsModule {}
