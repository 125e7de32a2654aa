import { Body, Controller, Get, Patch, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { UuidParam } from '../common/uuid-param';
import { ActivityReportsService } from './activity-reports.service';
import {
  CreateDialogueMeetingDto,
  CreateInitiativeProgressDto,
  DialogueMeetingDto,
  InitiativeProgressDto,
  UpdateDialogueMeetingDto,
  UpdateInitiativeProgressDto,
} from './dto/activity-report.dto';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from './idempotency/idempotency.decorator';

@ApiTags('reporting')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input, or a personal identity number anywhere in it; `fields` names the field' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such contract, clause or report, or not the supplier token’s own' })
@Controller('contracts/:contractId/clauses/:clauseId')
export class ActivityReportsController {
  constructor(private readonly reports: ActivityReportsService) {}

  @Post('dialogue-meetings')
  @May(Action.Report)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Report a meeting held under a dialogue clause, with its outcome' })
  @ApiCreatedResponse({ type: DialogueMeetingDto })
  async createMeeting(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Body() dto: CreateDialogueMeetingDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.reports.createMeeting(contractId, clauseId, dto, user, idem));
  }

  @Get('dialogue-meetings')
  @May(Action.Read)
  @ApiOkResponse({ type: [DialogueMeetingDto] })
  listMeetings(@UuidParam('contractId') contractId: string, @UuidParam('clauseId') clauseId: string, @CurrentUser() user: AuthUser): Promise<DialogueMeetingDto[]> {
    return this.reports.listMeetings(contractId, clauseId, user);
  }

  @Patch('dialogue-meetings/:reportId')
  @May(Action.Report)
  @ApiOkResponse({ type: DialogueMeetingDto, description: 'A questioned meeting goes back to PENDING' })
  @ApiConflictResponse({ type: ApiError, description: 'The report is ACCEPTED (only the pact office can void it) or was withdrawn' })
  updateMeeting(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('reportId') id: string,
    @Body() dto: UpdateDialogueMeetingDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DialogueMeetingDto> {
    return this.reports.updateMeeting(contractId, clauseId, id, dto, user);
  }

  @Post('initiative-progress')
  @May(Action.Report)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Report progress on a milestone of an integration initiative clause' })
  @ApiCreatedResponse({ type: InitiativeProgressDto })
  async createProgress(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Body() dto: CreateInitiativeProgressDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.reports.createProgress(contractId, clauseId, dto, user, idem));
  }

  @Get('initiative-progress')
  @May(Action.Read)
  @ApiOkResponse({ type: [InitiativeProgressDto] })
  listProgress(@UuidParam('contractId') contractId: string, @UuidParam('clauseId') clauseId: string, @CurrentUser() user: AuthUser): Promise<InitiativeProgressDto[]> {
    return this.reports.listProgress(contractId, clauseId, user);
  }

  @Patch('initiative-progress/:reportId')
  @May(Action.Report)
  @ApiOkResponse({ type: InitiativeProgressDto, description: 'A questioned report goes back to PENDING' })
  @ApiConflictResponse({ type: ApiError, description: 'The report is ACCEPTED (only the pact office can void it) or was withdrawn' })
  updateProgress(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('reportId') id: string,
    @Body() dto: UpdateInitiativeProgressDto,
    @CurrentUser() user: AuthUser,
  ): Promise<InitiativeProgressDto> {
    return this.reports.updateProgress(contractId, clauseId, id, dto, user);
  }
}
