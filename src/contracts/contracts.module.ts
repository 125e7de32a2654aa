import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { ClauseVersion } from '../clauses/entities/clause-version.entity';
import { Clause } from '../clauses/entities/clause.entity';
import { Procurement } from '../procurements/entities/procurement.entity';
import { ReportingPeriod } from '../reporting/entities/reporting-period.entity';
import { UsersModule } from '../users/users.module';
import { ContractsController } from './contracts.controller';
import { ContractsService } from './contracts.service';
import { Contract } from './entities/contract.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Contract, Procurement, Clause, ClauseVersion, ReportingPeriod]), AccessModule, UsersModule],
  controllers: [ContractsController],
  providers: [ContractsService],
  exports: [ContractsService],
})
export class ContractsModule {}
