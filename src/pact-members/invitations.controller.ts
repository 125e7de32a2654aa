import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
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
  CreateInvitationDto,
  InvitationDto,
  InvitationPageDto,
  InvitationWithLinkDto,
  ListInvitationsQueryDto,
  RecordInvitationOutcomeDto,
} from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('pact members')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller('pact-invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Mark an awarded supplier that is not a member as INVITED to join the pact' })
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Not awarded, already a member, or an invitation is pending' })
  create(@Body() dto: CreateInvitationDto, @CurrentUser() user: AuthUser): Promise<InvitationDto> {
    return this.invitations.create(dto, user);
  }

  @Get()
  @Roles(Role.PactOffice, Role.Officer)
  @ApiOkResponse({ type: InvitationPageDto })
  list(@Query() query: ListInvitationsQueryDto): Promise<Page<InvitationDto>> {
    return this.invitations.list(query);
  }

  @Post(':id/outcome')
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Record how a pending invitation ended; JOINED links the supplier to its member' })
  @ApiCreatedResponse({ type: InvitationWithLinkDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The invitation already has an outcome' })
  recordOutcome(
    @UuidParam('id') id: string,
    @Body() dto: RecordInvitationOutcomeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<InvitationWithLinkDto> {
    return this.invitations.recordOutcome(id, dto, user);
  }
}
