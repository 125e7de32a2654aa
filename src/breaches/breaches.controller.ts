import { Body, Controller, Get, Header, Post, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { UuidParam } from '../common/uuid-param';
import { CreateRecoveryPlanDto, RecoveryPlanDto } from '../reporting/dto/clause-follow-up.dto';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from '../reporting/idempotency/idempotency.decorator';
import { BreachesService } from './breaches.service';
import { BreachLettersService } from './breach-letters.service';
import { BreachDto, PenaltyCalculationDto } from './dto/breach.dto';
import { CreateRemedyRequestDto, DecideBreachDto, LetterQueryDto, PenaltyQueryDto, WithdrawRemedyRequestDto } from './dto/breach-requests.dto';

/** Breach handling of one clause of a contract: remedy request, recovery plan, decision or withdrawal, letters. */
@ApiTags('breaches')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such contract, clause or remedy request, or not the supplier token’s own' })
@Controller('contracts/:contractId/clauses/:clauseId/breaches')
export class BreachesController {
  constructor(
    private readonly breaches: BreachesService,
    private readonly letters: BreachLettersService,
  ) {}

  @Post()
  @May(Action.HandleBreach)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Request remedy (begäran om rättelse): what is missing, by when (default today + the clause’s remedy period)' })
  @ApiCreatedResponse({ type: BreachDto })
  @ApiConflictResponse({ type: ApiError, description: 'The clause already has an OPEN request, or the contract has not started' })
  async request(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Body() dto: CreateRemedyRequestDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.breaches.request(contractId, clauseId, dto, user, idem));
  }

  @Get()
  @May(Action.Read)
  @ApiOperation({ summary: 'The clause’s remedy requests, newest first' })
  @ApiOkResponse({ type: [BreachDto], description: 'A decision’s calculation in `lang`' })
  list(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Query() query: LetterQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BreachDto[]> {
    return this.breaches.listForClause(contractId, clauseId, user, query.lang);
  }

  @Get(':breachId')
  @May(Action.Read)
  @ApiOkResponse({ type: BreachDto, description: 'A decision’s calculation in `lang`' })
  get(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('breachId') breachId: string,
    @Query() query: LetterQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BreachDto> {
    return this.breaches.get(contractId, clauseId, breachId, user, query.lang);
  }

  @Post(':breachId/recovery-plan')
  @May(Action.Report)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Answer an OPEN remedy request with a recovery plan (åtgärdsplan); the newest plan counts' })
  @ApiCreatedResponse({ type: RecoveryPlanDto })
  @ApiConflictResponse({ type: ApiError, description: 'The request is not OPEN' })
  async fileRecoveryPlan(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('breachId') breachId: string,
    @Body() dto: CreateRecoveryPlanDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.breaches.fileRecoveryPlan(contractId, clauseId, breachId, dto, user, idem));
  }

  @Get(':breachId/penalty')
  @May(Action.Read)
  @ApiOperation({ summary: 'What a PENALTY decision would be at asOf (default today), with the arithmetic' })
  @ApiOkResponse({ type: PenaltyCalculationDto })
  penalty(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('breachId') breachId: string,
    @Query() query: PenaltyQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PenaltyCalculationDto> {
    return this.breaches.penalty(contractId, clauseId, breachId, query, user);
  }

  @Post(':breachId/decision')
  @May(Action.HandleBreach)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Decide after the remedy date: PENALTY as computed at asOf, or WAIVED with a motivation' })
  @ApiCreatedResponse({ type: BreachDto })
  @ApiConflictResponse({ type: ApiError, description: 'Not OPEN, asOf before the due date, or PENALTY on a clause without penalty terms' })
  async decide(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('breachId') breachId: string,
    @Body() dto: DecideBreachDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.breaches.decide(contractId, clauseId, breachId, dto, user, idem));
  }

  @Post(':breachId/withdrawal')
  @May(Action.HandleBreach)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Withdraw an OPEN remedy request, with the reason' })
  @ApiCreatedResponse({ type: BreachDto })
  @ApiConflictResponse({ type: ApiError, description: 'The request is not OPEN' })
  async withdraw(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('breachId') breachId: string,
    @Body() dto: WithdrawRemedyRequestDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.breaches.withdraw(contractId, clauseId, breachId, dto, user, idem));
  }

  @Get(':breachId/letter.pdf')
  @May(Action.Read)
  @ApiOperation({ summary: 'The remedy request letter to the supplier (PDF, sv or en)' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Cache-Control', 'no-store')
  async letter(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('breachId') breachId: string,
    @Query() query: LetterQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    const { pdf, filename } = await this.letters.remedyLetter(contractId, clauseId, breachId, query.lang, user);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"` });
  }

  @Get(':breachId/decision.pdf')
  @May(Action.Read)
  @ApiOperation({ summary: 'The decision letter (PDF, sv or en); 404 before a decision' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Cache-Control', 'no-store')
  async decisionLetter(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('breachId') breachId: string,
    @Query() query: LetterQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    const { pdf, filename } = await this.letters.decisionLetter(contractId, clauseId, breachId, query.lang, user);
    return new StreamableFile(pdf, { type: 'application/pdf', disposition: `inline; filename="${filename}"` });
  }
}
