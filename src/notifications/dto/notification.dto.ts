import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { NOTIFICATION_KINDS, NotificationKind, SUBJECT_TYPES, SubjectType } from '../notification-kinds';

export class ListNotificationsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Only the unread ones' })
  // The raw query string: implicit conversion would make the string "false" true.
  @IsOptional() @Transform(({ obj, key }) => ({ true: true, false: false })[String(obj[key])] ?? obj[key])
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind' }) kind: NotificationKind;
  @ApiProperty({ example: 'Rapport ifrågasatt – SLK-2027-0042', description: 'The e-mail subject, in your current language' })
  title: string;
  @ApiProperty({ description: 'The e-mail text (plain text), in your current language' }) text: string;
  @ApiProperty({ example: 'https://sociala-klausuler.stockholm.se/#/contracts/…', description: 'Where in the web interface to act' })
  link: string;
  @ApiProperty({ enum: SUBJECT_TYPES }) subjectType: SubjectType;
  @ApiProperty({ example: '7c0c…', description: 'Which record; for clause_outcome `<contractId>:<clauseId>`, for digest the ISO week' })
  subjectId: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) contractId: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) readAt: string | null;
  @ApiProperty({ description: 'Whether it was also sent by e-mail' }) emailed: boolean;
}

export class NotificationPageDto extends PageMetaDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
}

export class UnreadCountDto {
  @ApiProperty({ example: 3 }) unread: number;
}

export class MarkedReadDto {
  @ApiProperty({ example: 3, description: 'How many were unread until now' }) marked: number;
}

export class KindSettingDto {
  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind' }) kind: NotificationKind;
  @ApiProperty({ description: 'false: switched off, neither in the list nor by e-mail' }) enabled: boolean;
}

export class NotificationSettingsDto {
  @ApiProperty({ type: [KindSettingDto], description: 'Every kind your role receives' }) kinds: KindSettingDto[];
}

export class UpdateNotificationSettingsDto {
  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind', isArray: true, description: 'The kinds to switch off; every other kind is on' })
  @IsArray() @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @IsIn(NOTIFICATION_KINDS, { each: true, message: `each of muted must be one of ${NOTIFICATION_KINDS.join(', ')}` })
  muted: NotificationKind[];
}
