import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import './report-errors.messages';
import { UuidParam } from '../common/uuid-param';
import { ReportingPeriodDto } from '../contracts/dto/contract.dto';
import { ClauseFollowUpService } from './clause-follow-up.service';
import { AsOfQueryDto, ClauseStatusDto, CreateRecoveryPlanDto, RecoveryPlanDto, SubmitPeriodDto } from './dto/clause-follow-up.dto';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from './idempotency/idempotency.decorator';
import { ReaderLang } from '../common/http/reader-lang.decorator';
import { Lang } from '../common/i18n';

const periodNumber = new ParseIntPipe({
  exceptionFactory: () => new ValidationFailedException([fieldError('number', 'PERIOD_NUMBER_FORMAT')]),
});

@ApiTags('follow-up')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such contract or clause, or not the supplier token’s own' })
@Controller('contracts/:contractId/clauses/:clauseId')
export class ClauseFollowUpController {
  constructor(private readonly followUp: ClauseFollowUpService) {}

  @Get('status')
  @May(Action.Read)
  @ApiOperation({ summary: 'NOT_STARTED, ON_TRACK, AT_RISK, FULFILLED or NOT_FULFILLED, with the reasons and numbers' })
  @ApiOkResponse({ type: ClauseStatusDto })
  status(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Query() query: AsOfQueryDto,
    @CurrentUser() user: AuthUser,
    @ReaderLang() lang: Lang,
  ): Promise<ClauseStatusDto> {
    return this.followUp.status(contractId, clauseId, user, lang, query.asOf);
  }

  @Post('recovery-plans')
  @May(Action.Report)
  @ApiIdempotent()
  @ApiOperation({ summary: 'File a recovery plan (åtgärdsplan) for a clause that is AT_RISK' })
  @ApiCreatedResponse({ type: RecoveryPlanDto })
  @ApiConflictResponse({ type: ApiError, description: 'The clause is not AT_RISK' })
  async fileRecoveryPlan(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Body() dto: CreateRecoveryPlanDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.followUp.fileRecoveryPlan(contractId, clauseId, dto, user, idem));
  }

  @Get('recovery-plans')
  @May(Action.Read)
  @ApiOkResponse({ type: [RecoveryPlanDto], description: 'Newest first' })
  recoveryPlans(@UuidParam('contractId') contractId: string, @UuidParam('clauseId') clauseId: string, @CurrentUser() user: AuthUser): Promise<RecoveryPlanDto[]> {
    return this.followUp.recoveryPlans(contractId, clauseId, user);
  }

  @Post('periods/:number/submission')
  @May(Action.Report)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Submit the report for a reporting period; an unsubmitted period past its due date is overdue' })
  @ApiCreatedResponse({ type: ReportingPeriodDto })
  @ApiConflictResponse({ type: ApiError, description: 'Already submitted, or the period has not begun' })
  async submitPeriod(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Param('number', periodNumber) number: number,
    @Body() dto: SubmitPeriodDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.followUp.submitPeriod(contractId, clauseId, number, dto, user, idem));
  }
}
