import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContractingUnitsModule } from '../contracting-units/contracting-units.module';
import { ProcurementsModule } from '../procurements/procurements.module';
import { ClausesController } from './clauses.controller';
import { ClausesService } from './clauses.service';
import { Clause } from './entities/clause.entity';
import { ClauseVersion } from './entities/clause-version.entity';
import { TenderDocumentsController } from './tender-documents.controller';
import { TenderDocumentsService } from './tender-documents.service';

@Module({
  imports: [TypeOrmModule.forFeature([Clause, ClauseVersion]), ProcurementsModule, ContractingUnitsModule],
  controllers: [ClausesController, TenderDocumentsController],
  providers: [ClausesService, TenderDocumentsService],
  exports: [ClausesService],
})
export class ClausesModule {}
