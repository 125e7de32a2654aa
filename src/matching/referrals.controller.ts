import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
} from '@nestjs/swagger';
import { VacancyAction } from '../access/access-policy';
import { MayOnVacancy } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { ListReferralsQueryDto, RecordOutcomeDto, ReferralDto, ReferralPageDto } from './dto/referral.dto';
import { ReferralsService } from './referrals.service';

@ApiTags('matching')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names the field' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such referral, or one to another supplier’s vacancy' })
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Get()
  @MayOnVacancy(VacancyAction.Read)
  @ApiOperation({ summary: 'Referrals, newest first; a supplier sees those to its own vacancies only' })
  @ApiOkResponse({ type: ReferralPageDto })
  list(@Query() query: ListReferralsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<ReferralDto>> {
    return this.referrals.list(query, user);
  }

  @Get(':id')
  @MayOnVacancy(VacancyAction.Read)
  @ApiOkResponse({ type: ReferralDto })
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<ReferralDto> {
    return this.referrals.get(id, user);
  }

  @Post(':id/outcome')
  @HttpCode(200)
  @MayOnVacancy(VacancyAction.Employ)
  @ApiOperation({
    summary: 'Record what came of the referral (its employer). HIRED on a vacancy tied to a clause becomes that clause’s placement report, its target group attested',
  })
  @ApiOkResponse({ type: ReferralDto })
  @ApiForbiddenResponse({ type: ApiError, description: 'Not the employer’s side of this vacancy' })
  @ApiConflictResponse({ type: ApiError, description: 'The outcome would move back, or is already final (HIRED, NOT_HIRED)' })
  recordOutcome(@UuidParam('id') id: string, @Body() dto: RecordOutcomeDto, @CurrentUser() user: AuthUser): Promise<ReferralDto> {
    return this.referrals.recordOutcome(id, dto, user);
  }
}
