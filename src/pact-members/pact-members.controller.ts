import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
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
import {
  CreatedPactMemberDto,
  CreatePactMemberDto,
  ListPactMembersQueryDto,
  PactMemberDto,
  PactMemberPageDto,
  UpdatePactMemberDto,
} from './dto/pact-member.dto';
import { PactMembersService } from './pact-members.service';

@ApiTags('pact members')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller('pact-members')
export class PactMembersController {
  constructor(private readonly members: PactMembersService) {}

  @Post()
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Register a pact member; a supplier with the same organisation number is linked automatically' })
  @ApiCreatedResponse({ type: CreatedPactMemberDto })
  @ApiConflictResponse({ type: ApiError, description: 'A member with that organisation number exists' })
  create(@Body() dto: CreatePactMemberDto, @CurrentUser() user: AuthUser): Promise<CreatedPactMemberDto> {
    return this.members.create(dto, user);
  }

  @Get()
  @Roles(Role.PactOffice, Role.Officer, Role.Matcher)
  @ApiOperation({ summary: 'List members by status, activity, kind, sector; search by name or organisation number' })
  @ApiOkResponse({ type: PactMemberPageDto })
  list(@Query() query: ListPactMembersQueryDto): Promise<Page<PactMemberDto>> {
    return this.members.list(query);
  }

  @Get(':id')
  @Roles(Role.PactOffice, Role.Officer)
  @ApiOkResponse({ type: PactMemberDto })
  @ApiNotFoundResponse({ type: ApiError })
  get(@UuidParam('id') id: string): Promise<PactMemberDto> {
    return this.members.get(id);
  }

  @Patch(':id')
  @Roles(Role.PactOffice)
  @ApiOkResponse({ type: PactMemberDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'Another member has that organisation number' })
  update(@UuidParam('id') id: string, @Body() dto: UpdatePactMemberDto, @CurrentUser() user: AuthUser): Promise<PactMemberDto> {
    return this.members.update(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Remove a member registered by mistake, with its letters, check-ins and supplier links' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ApiError })
  remove(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.members.remove(id, user);
  }
}
