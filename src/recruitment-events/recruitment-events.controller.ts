import { Body, Controller, Get, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from '../reporting/idempotency/idempotency.decorator';
import {
  CreateRecruitmentEventDto,
  ListRecruitmentEventsQueryDto,
  RecruitmentEventDto,
  RecruitmentEventPageDto,
  UpdateRecruitmentEventDto,
} from './dto/recruitment-event.dto';
import { RecruitmentEventsService } from './recruitment-events.service';

@ApiTags('recruitment events')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller('recruitment-events')
export class RecruitmentEventsController {
  constructor(private readonly events: RecruitmentEventsService) {}

  @Post()
  @Roles(Role.Matcher, Role.PactOffice)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Record a recruitment event (rekryteringstillfälle): participants, attendance by gender and age band, outcomes as counts' })
  @ApiCreatedResponse({ type: RecruitmentEventDto })
  async create(
    @Body() dto: CreateRecruitmentEventDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.events.create(dto, user, idem));
  }

  @Get()
  @Roles(Role.Matcher, Role.PactOffice, Role.Officer, Role.Supplier)
  @ApiOperation({ summary: 'Recruitment events, newest first; a supplier sees the events it took part in' })
  @ApiOkResponse({ type: RecruitmentEventPageDto })
  list(@Query() query: ListRecruitmentEventsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<RecruitmentEventDto>> {
    return this.events.list(query, user);
  }

  @Get(':id')
  @Roles(Role.Matcher, Role.PactOffice, Role.Officer, Role.Supplier)
  @ApiOkResponse({ type: RecruitmentEventDto })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such event, or a supplier that did not take part' })
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<RecruitmentEventDto> {
    return this.events.get(id, user);
  }

  @Patch(':id')
  @Roles(Role.Matcher, Role.PactOffice)
  @ApiOperation({ summary: 'Correct an event; a list given (participants, attendance) replaces the whole list' })
  @ApiOkResponse({ type: RecruitmentEventDto })
  @ApiNotFoundResponse({ type: ApiError })
  update(@UuidParam('id') id: string, @Body() dto: UpdateRecruitmentEventDto, @CurrentUser() user: AuthUser): Promise<RecruitmentEventDto> {
    return this.events.update(id, dto, user);
  }
}
