import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClauseVersion } from '../clauses/entities/clause-version.entity';
import { Clause } from '../clauses/entities/clause.entity';
import { Procurement } from './entities/procurement.entity';
import { ScreeningDecision } from './entities/screening-decision.entity';
import { ProcurementsController } from './procurements.controller';
import { ProcurementsService } from './procurements.service';
import { PublicationGuard } from './publication-guard';
import { ScreeningThresholds } from './screening';
import { SCREENING_THRESHOLDS } from './screening-config';

@Module({
  imports: [TypeOrmModule.forFeature([Procurement, ScreeningDecision, Clause, ClauseVersion])],
  controllers: [ProcurementsController],
  providers: [
    ProcurementsService,
    PublicationGuard,
    {
      provide: SCREENING_THRESHOLDS,
      inject: [ConfigService],
      useFactory: (config: ConfigService) => config.getOrThrow<ScreeningThresholds>('screening'),
    },
  ],
  exports: [ProcurementsService],
})
export class ProcurementsModule {}
