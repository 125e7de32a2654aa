import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { VacancyAction } from '../access/access-policy';
import { MayOnVacancy } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from '../reporting/idempotency/idempotency.decorator';
import { CreateReferralDto, ReferralDto } from './dto/referral.dto';
import { CreateVacancyDto, ListVacanciesQueryDto, UpdateVacancyDto, VacancyDto, VacancyPageDto } from './dto/vacancy.dto';
import { ReferralsService } from './referrals.service';
import { VacanciesService } from './vacancies.service';

@ApiTags('matching')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input, or a personal identity number anywhere in it; `fields` names the field' })
@ApiForbiddenResponse({ type: ApiError, description: 'The role may not take this action (a supplier never refers; staff act as employer for pact members only)' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such vacancy, or another supplier’s' })
@Controller('vacancies')
export class VacanciesController {
  constructor(
    private readonly vacancies: VacanciesService,
    private readonly referrals: ReferralsService,
  ) {}

  @Post()
  @MayOnVacancy(VacancyAction.Employ)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Post a vacancy: a supplier for itself (optionally tied to a placements clause of its contract), city staff for a pact member' })
  @ApiCreatedResponse({ type: VacancyDto })
  async create(
    @Body() dto: CreateVacancyDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.vacancies.create(dto, user, idem));
  }

  @Get()
  @MayOnVacancy(VacancyAction.Read)
  @ApiOperation({ summary: 'Vacancies by referral deadline; a supplier sees its own only' })
  @ApiOkResponse({ type: VacancyPageDto })
  list(@Query() query: ListVacanciesQueryDto, @CurrentUser() user: AuthUser): Promise<Page<VacancyDto>> {
    return this.vacancies.list(query, user);
  }

  @Get(':id')
  @MayOnVacancy(VacancyAction.Read)
  @ApiOkResponse({ type: VacancyDto })
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<VacancyDto> {
    return this.vacancies.get(id, user);
  }

  @Patch(':id')
  @MayOnVacancy(VacancyAction.Employ)
  @ApiOperation({ summary: 'Change an OPEN vacancy (its employer)' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiConflictResponse({ type: ApiError, description: 'The vacancy is FILLED or CLOSED' })
  update(@UuidParam('id') id: string, @Body() dto: UpdateVacancyDto, @CurrentUser() user: AuthUser): Promise<VacancyDto> {
    return this.vacancies.update(id, dto, user);
  }

  @Post(':id/close')
  @HttpCode(200)
  @MayOnVacancy(VacancyAction.Employ)
  @ApiOperation({ summary: 'Close the vacancy (its employer): no more referrals' })
  @ApiOkResponse({ type: VacancyDto })
  @ApiConflictResponse({ type: ApiError, description: 'The vacancy is already CLOSED' })
  close(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<VacancyDto> {
    return this.vacancies.close(id, user);
  }

  @Post(':id/referrals')
  @MayOnVacancy(VacancyAction.Refer)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Refer a candidate (matching unit): answered with the generated code the candidate shows the employer' })
  @ApiCreatedResponse({ type: ReferralDto })
  @ApiConflictResponse({ type: ApiError, description: 'The vacancy is not OPEN, or its referral deadline has passed' })
  async refer(
    @UuidParam('id') id: string,
    @Body() dto: CreateReferralDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.referrals.create(id, dto, user, idem));
  }

  @Get(':id/referrals')
  @MayOnVacancy(VacancyAction.Read)
  @ApiOperation({ summary: 'The vacancy’s referrals, in the order they were made' })
  @ApiOkResponse({ type: [ReferralDto] })
  referralsOf(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<ReferralDto[]> {
    return this.referrals.listForVacancy(id, user);
  }
}
