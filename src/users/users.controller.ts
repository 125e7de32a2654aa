import { Body, Controller, Get, Patch, Post, Query, Res } from '@nestjs/common';
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
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from '../reporting/idempotency/idempotency.decorator';
import { IdempotencyService } from '../reporting/idempotency/idempotency.service';
import { CreateUserDto, InvitationDto, ListUsersQueryDto, UpdateUserDto, UserDto, UserPageDto } from './dto/user.dto';
import { UsersService } from './users.service';

/**
 * User management. Admins manage everyone; officers and the pact office suppliers' users; a
 * supplier's administrator its own supplier's users (the rules: user-rules.ts).
 */
@ApiTags('users')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such user, or not one the caller manages' })
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Get()
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier)
  @ApiOkResponse({ type: UserPageDto, description: 'By name; only the users the caller manages' })
  list(@Query() query: ListUsersQueryDto, @CurrentUser() user: AuthUser): Promise<Page<UserDto>> {
    return this.users.list(query, user);
  }

  @Post()
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Invite a user: an INVITED account, and an e-mail with a one-time sign-in link valid 7 days' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ type: ApiError, description: 'A user with the address exists' })
  async invite(
    @Body() dto: CreateUserDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.idempotency.run(user, idem, dto, (manager) => this.users.invite(manager, dto, user)));
  }

  @Get(':id')
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier)
  @ApiOkResponse({ type: UserDto })
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.users.get(id, user);
  }

  @Patch(':id')
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier)
  @ApiOperation({ summary: 'Change a user; status DISABLED refuses its sessions and API keys from the next request' })
  @ApiOkResponse({ type: UserDto })
  update(@UuidParam('id') id: string, @Body() dto: UpdateUserDto, @CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.users.update(id, dto, user);
  }

  @Post(':id/invitation')
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Send a new invitation with a new one-time link' })
  @ApiCreatedResponse({ type: InvitationDto })
  @ApiConflictResponse({ type: ApiError, description: 'The user is disabled' })
  async reinvite(
    @UuidParam('id') id: string,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.idempotency.run(user, idem, { id }, (manager) => this.users.reinvite(manager, id, user)));
  }
}
