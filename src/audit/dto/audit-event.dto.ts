import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { AuditEvent } from '../entities/audit-event.entity';

export class ListAuditEventsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ example: 'procurement' })
  @IsOptional() @IsString() @Matches(/^[a-z_]{1,50}$/, { message: 'entityType must be a name such as procurement or clause' })
  entityType?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  entityId?: string;
}

export class AuditEventDto {
  @ApiProperty({ example: '42' }) id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ example: 'officer-3f2c…' }) actorSub: string;
  @ApiProperty({ example: 'officer' }) actorRole: string;
  @ApiProperty({ nullable: true, type: String, example: 'Anna Andersson', description: 'The acting user’s name; null for development tokens and the CLI' })
  actorName: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'anna.andersson@stockholm.se' }) actorEmail: string | null;
  @ApiProperty({ example: 'procurement' }) entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({ example: 'STATUS_CHANGE' }) action: string;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, example: { status: 'DRAFT' } })
  before: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, example: { status: 'PUBLISHED' } })
  after: Record<string, unknown> | null;

  static from(event: AuditEvent, actor?: { name: string; email: string }): AuditEventDto {
    return {
      id: String(event.id),
      occurredAt: event.occurredAt.toISOString(),
      actorSub: event.actorSub,
      actorRole: event.actorRole,
      actorName: actor?.name ?? null,
      actorEmail: actor?.email ?? null,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: event.before,
      after: event.after,
    };
  }
}

export class AuditEventPageDto extends PageMetaDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
}
