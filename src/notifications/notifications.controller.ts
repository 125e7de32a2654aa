import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { UuidParam } from '../common/uuid-param';
import {
  ListNotificationsQueryDto, MarkedReadDto, NotificationPageDto, NotificationSettingsDto, UnreadCountDto, UpdateNotificationSettingsDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

const OWN = 'Your own only: a notification of another user is, for you, no notification (404).';
const ACCOUNT_ONLY = { type: ApiError, description: 'A development token: notifications belong to user accounts' };

/** The signed-in user's reminders and alerts (also sent by e-mail). */
@ApiTags('notifications')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@ApiForbiddenResponse(ACCOUNT_ONLY)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher)
  @ApiOperation({ summary: 'Your notifications, newest first', description: `Title and text in your current language. ${OWN}` })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@Query() query: ListNotificationsQueryDto, @CurrentUser() user: AuthUser): Promise<NotificationPageDto> {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher)
  @ApiOperation({ summary: 'How many of your notifications are unread' })
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher)
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all your notifications read' })
  @ApiOkResponse({ type: MarkedReadDto })
  markAllRead(@CurrentUser() user: AuthUser): Promise<MarkedReadDto> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher)
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of your notifications read', description: OWN })
  @ApiNoContentResponse({ description: 'Read (or already read)' })
  @ApiNotFoundResponse({ type: ApiError, description: 'Not one of your notifications' })
  markRead(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.notifications.markRead(user, id);
  }
}

/** Which kinds of notification the signed-in user receives (Inställningar → Aviseringar). */
@ApiTags('notifications')
@ApiForbiddenResponse(ACCOUNT_ONLY)
@Controller('me/notification-settings')
export class NotificationSettingsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher)
  @ApiOperation({ summary: 'Each kind your role receives, and whether you have it on' })
  @ApiOkResponse({ type: NotificationSettingsDto })
  get(@CurrentUser() user: AuthUser): Promise<NotificationSettingsDto> {
    return this.notifications.settings(user);
  }

  @Put()
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier, Role.Matcher)
  @ApiOperation({ summary: 'Switch kinds off: the ones named are off, every other one on', description: 'A kind switched off is neither listed nor e-mailed.' })
  @ApiOkResponse({ type: NotificationSettingsDto })
  @ApiBadRequestResponse({ type: ApiError, description: 'An unknown kind, or one your role does not receive (`muted`)' })
  put(@Body() dto: UpdateNotificationSettingsDto, @CurrentUser() user: AuthUser): Promise<NotificationSettingsDto> {
    return this.notifications.updateSettings(user, dto);
  }
}
