import { Module } from '@nestjs/common';
import { ContractingUnitsModule } from '../contracting-units/contracting-units.module';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { TallyFoldingService } from './tally-folding.service';

/** The pact office's results: the seed's five measures, CSV and the annual report. */
@Module({
  imports: [ContractingUnitsModule],
  controllers: [ResultsController],
  providers: [ResultsService, TallyFoldingService],
  exports: [TallyFoldingService],
})
export class ResultsModule {}
