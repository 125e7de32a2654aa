import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { ContractingUnitsModule } from '../contracting-units/contracting-units.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportingModule } from '../reporting/reporting.module';
import { BreachLettersService } from './breach-letters.service';
import { BreachesController } from './breaches.controller';
import { BreachesRepository } from './breaches.repository';
import { BreachesService } from './breaches.service';
import { ContractBreachesController } from './contract-breaches.controller';
import { BreachDecision } from './entities/breach-decision.entity';
import { RemedyRequest } from './entities/remedy-request.entity';
import { PenaltyCalculator } from './penalty-calculator';

/** Breach handling: remedy request, recovery plan, penalty or waiver, and their letters. */
@Module({
  imports: [TypeOrmModule.forFeature([RemedyRequest, BreachDecision]), ReportingModule, ContractingUnitsModule, AccessModule, NotificationsModule],
  controllers: [BreachesController, ContractBreachesController],
  providers: [BreachesService, BreachesRepository, PenaltyCalculator, BreachLettersService],
})
export class BreachesModule {}
