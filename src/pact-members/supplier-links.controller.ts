import { Body, Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
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
import { SupplierPactMembershipDto } from './dto/invitation.dto';
import { CreateSupplierLinkDto, ListSupplierLinksQueryDto, SupplierLinkDto, SupplierLinkPageDto } from './dto/supplier-link.dto';
import { InvitationsService } from './invitations.service';
import { SupplierLinksService } from './supplier-links.service';

@ApiTags('pact members')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller()
export class SupplierLinksController {
  constructor(
    private readonly links: SupplierLinksService,
    private readonly invitations: InvitationsService,
  ) {}

  @Post('pact-supplier-links')
  @Roles(Role.PactOffice)
  @ApiOperation({
    summary: 'Link a supplier to a pact member: automatically to the member with its organisation number, otherwise to the memberId given',
  })
  @ApiCreatedResponse({ type: SupplierLinkDto, description: '`linkedAutomatically` and `message` say how it was linked' })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such supplier or member, or no member with the organisation number' })
  @ApiConflictResponse({ type: ApiError, description: 'The supplier is already linked, or its number belongs to another member' })
  create(@Body() dto: CreateSupplierLinkDto, @CurrentUser() user: AuthUser): Promise<SupplierLinkDto> {
    return this.links.create(dto, user);
  }

  @Get('pact-supplier-links')
  @Roles(Role.PactOffice, Role.Officer)
  @ApiOkResponse({ type: SupplierLinkPageDto })
  list(@Query() query: ListSupplierLinksQueryDto): Promise<Page<SupplierLinkDto>> {
    return this.links.list(query);
  }

  @Delete('pact-supplier-links/:id')
  @HttpCode(204)
  @Roles(Role.PactOffice)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiError })
  remove(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.links.remove(id, user);
  }

  @Get('suppliers/:supplierId/pact-membership')
  @Roles(Role.PactOffice, Role.Officer)
  @ApiOperation({ summary: 'Whether a supplier is a pact member (MEMBER), invited to join (INVITED) or neither (NOT_MEMBER)' })
  @ApiOkResponse({ type: SupplierPactMembershipDto })
  @ApiNotFoundResponse({ type: ApiError })
  membership(@UuidParam('supplierId') supplierId: string): Promise<SupplierPactMembershipDto> {
    return this.invitations.membership(supplierId);
  }
}
