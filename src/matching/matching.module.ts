import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportingModule } from '../reporting/reporting.module';
import { Referral } from './entities/referral.entity';
import { Vacancy } from './entities/vacancy.entity';
import { MatchingRepository } from './matching.repository';
import { ReferralsController } from './referrals.controller';
import { ReferralsService } from './referrals.service';
import { VacanciesController } from './vacancies.controller';
import { VacanciesService } from './vacancies.service';

/** Matching (issue 18): employers' vacancies, the matching unit's referrals by code, and what came of them. */
@Module({
  imports: [TypeOrmModule.forFeature([Vacancy, Referral]), AccessModule, ReportingModule, NotificationsModule],
  controllers: [VacanciesController, ReferralsController],
  providers: [MatchingRepository, VacanciesService, ReferralsService],
  exports: [VacanciesService, ReferralsService],
})
export class MatchingModule {}
