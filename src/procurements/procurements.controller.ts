import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import {
  CreateProcurementDto,
  ListProcurementsQueryDto,
  ProcurementDto,
  ProcurementPageDto,
  UpdateProcurementDto,
} from './dto/procurement.dto';
import { PublishProcurementDto } from './dto/publish.dto';
import { RecordScreeningDecisionDto, ScreeningDecisionDto, ScreeningDto } from './dto/screening.dto';
import { ProcurementsService } from './procurements.service';
import { ReaderLang } from '../common/http/reader-lang.decorator';
import { Lang } from '../common/i18n';

@ApiTags('procurements')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller('procurements')
export class ProcurementsController {
  constructor(private readonly procurements: ProcurementsService) {}

  @Post()
  @Roles(Role.Officer)
  @ApiCreatedResponse({ type: ProcurementDto })
  @ApiConflictResponse({ type: ApiError, description: 'A procurement with that reference number exists' })
  create(@Body() dto: CreateProcurementDto, @CurrentUser() user: AuthUser): Promise<ProcurementDto> {
    return this.procurements.create(dto, user);
  }

  @Get()
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOkResponse({ type: ProcurementPageDto })
  list(@Query() query: ListProcurementsQueryDto): Promise<Page<ProcurementDto>> {
    return this.procurements.list(query);
  }

  @Get(':id')
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOkResponse({ type: ProcurementDto })
  @ApiNotFoundResponse({ type: ApiError })
  get(@UuidParam('id') id: string): Promise<ProcurementDto> {
    return this.procurements.get(id);
  }

  @Patch(':id')
  @Roles(Role.Officer)
  @ApiOkResponse({ type: ProcurementDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Not a draft any more, or the reference number is taken' })
  update(@UuidParam('id') id: string, @Body() dto: UpdateProcurementDto, @CurrentUser() user: AuthUser): Promise<ProcurementDto> {
    return this.procurements.update(id, dto, user);
  }

  @Get(':id/screening')
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOperation({ summary: 'The screening recommendation for the procurement as it stands, and the latest recorded decision' })
  @ApiOkResponse({ type: ScreeningDto })
  @ApiNotFoundResponse({ type: ApiError })
  screening(@UuidParam('id') id: string, @ReaderLang() lang: Lang): Promise<ScreeningDto> {
    return this.procurements.screening(id, lang);
  }

  @Get(':id/screening-decisions')
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOkResponse({ type: [ScreeningDecisionDto], description: 'Newest first; the first one counts' })
  @ApiNotFoundResponse({ type: ApiError })
  decisions(@UuidParam('id') id: string, @ReaderLang() lang: Lang): Promise<ScreeningDecisionDto[]> {
    return this.procurements.listDecisions(id, lang);
  }

  @Post(':id/screening-decisions')
  @Roles(Role.Officer)
  @ApiOperation({ summary: 'Record whether clauses are set, with a motivation (also when none is set)' })
  @ApiCreatedResponse({ type: ScreeningDecisionDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The procurement is no longer a draft' })
  decide(
    @UuidParam('id') id: string, @Body() dto: RecordScreeningDecisionDto, @CurrentUser() user: AuthUser, @ReaderLang() lang: Lang,
  ): Promise<ScreeningDecisionDto> {
    return this.procurements.recordDecision(id, dto, user, lang);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles(Role.Officer)
  @ApiOperation({
    summary: 'DRAFT → PUBLISHED; needs a screening decision (and a clause when clauses are set); freezes the clauses',
    description: 'The body is optional: `publishedOn` defaults to today. The clause dates are re-checked against a contract starting that day.',
  })
  @ApiBody({ type: PublishProcurementDto, required: false })
  @ApiOkResponse({ type: ProcurementDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Illegal transition or not publishable; the message says why' })
  publish(
    @UuidParam('id') id: string,
    @Body() dto: PublishProcurementDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ProcurementDto> {
    return this.procurements.publish(id, dto, user);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles(Role.Officer)
  @ApiOperation({ summary: 'DRAFT, PUBLISHED or AWARDED → CANCELLED' })
  @ApiOkResponse({ type: ProcurementDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Illegal transition; the message says why' })
  cancel(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<ProcurementDto> {
    return this.procurements.cancel(id, user);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Roles(Role.Officer)
  @ApiOperation({ summary: 'AWARDED → COMPLETED' })
  @ApiOkResponse({ type: ProcurementDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Illegal transition; the message says why' })
  complete(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<ProcurementDto> {
    return this.procurements.complete(id, user);
  }
}
