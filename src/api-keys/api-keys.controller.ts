import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { UuidParam } from '../common/uuid-param';
import { ApiKeyService } from './api-key.service';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './dto/api-key.dto';
import { notFound } from '../common/errors/coded-exception';
import './api-key.messages';

/** The signed-in user's own API keys. */
@ApiTags('api-keys')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller('me/api-keys')
export class MyApiKeysController {
  constructor(private readonly apiKeys: ApiKeyService) {}

  @Get()
  @Roles(Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier)
  @ApiOkResponse({ type: [ApiKeyDto], description: 'Newest first, revoked and expired ones included' })
  list(@CurrentUser() user: AuthUser): Promise<ApiKeyDto[]> {
    return user.userId ? this.apiKeys.list(user.userId) : Promise.resolve([]);
  }

  @Post()
  @Roles(Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier)
  @ApiOperation({
    summary: 'Create a personal API key for a system (payroll, ERP); the key is in this answer only',
    description: 'No Idempotency-Key: a replayed answer would have to keep the key, which is never stored.',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  create(@Body() dto: CreateApiKeyDto, @CurrentUser() user: AuthUser): Promise<CreatedApiKeyDto> {
    return this.apiKeys.create(user, dto);
  }

  @Delete(':id')
  @Roles(Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier)
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key: refused from the next request on' })
  @ApiNoContentResponse({ description: 'Revoked (or already revoked)' })
  @ApiNotFoundResponse({ type: ApiError, description: 'Not one of your keys' })
  revoke(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    if (!user.userId) throw notFound('API_KEY_NOT_FOUND');
    return this.apiKeys.revoke(user.userId, id, user);
  }
}

/** Admins see and revoke anyone's keys (a leaked key, a person who left). */
@ApiTags('api-keys')
@ApiNotFoundResponse({ type: ApiError, description: 'No such user or key' })
@Controller('users/:userId/api-keys')
export class UserApiKeysController {
  constructor(private readonly apiKeys: ApiKeyService) {}

  @Get()
  @Roles()
  @ApiOkResponse({ type: [ApiKeyDto] })
  list(@UuidParam('userId') userId: string): Promise<ApiKeyDto[]> {
    return this.apiKeys.listOf(userId);
  }

  @Delete(':id')
  @Roles()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked (or already revoked)' })
  revoke(@UuidParam('userId') userId: string, @UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.apiKeys.revoke(userId, id, user);
  }
}
