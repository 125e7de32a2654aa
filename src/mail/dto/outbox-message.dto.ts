import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { OUTBOX_STATUSES, OutboxMessage, OutboxStatus } from '../outbox.repository';

export class ListOutboxQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: OUTBOX_STATUSES })
  @IsOptional() @IsIn(OUTBOX_STATUSES, { message: `status must be one of ${OUTBOX_STATUSES.join(', ')}` })
  status?: OutboxStatus;
}

export class OutboxMessageDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'SIGN_IN_CODE' }) kind: string;
  @ApiProperty({ example: 'anna.berg@stadservice.se' }) to: string;
  @ApiProperty({ enum: ['sv', 'en'] }) lang: string;
  @ApiProperty({ example: 'Din inloggningskod: 042137' }) subject: string;
  @ApiProperty({ description: 'The plain-text body as sent (or to be sent)' }) text: string;
  @ApiProperty({ enum: OUTBOX_STATUSES }) status: OutboxStatus;
  @ApiProperty({ example: 1, description: 'Delivery attempts so far' }) attempts: number;
  @ApiProperty({ description: 'When a PENDING message is next tried' }) nextAttemptAt: string;
  @ApiProperty({ nullable: true, type: String, example: '451 Try again later' }) lastError: string | null;
  @ApiProperty({ nullable: true, type: String }) sentAt: string | null;
  @ApiProperty() createdAt: string;

  static from(message: OutboxMessage): OutboxMessageDto {
    return {
      id: message.id,
      kind: message.kind,
      to: message.to,
      lang: message.lang,
      subject: message.subject,
      text: message.text,
      status: message.status,
      attempts: message.attempts,
      nextAttemptAt: message.nextAttemptAt.toISOString(),
      lastError: message.lastError,
      sentAt: message.sentAt?.toISOString() ?? null,
      createdAt: message.createdAt.toISOString(),
    };
  }
}

export class OutboxMessagePageDto extends PageMetaDto {
  @ApiProperty({ type: [OutboxMessageDto] }) items: OutboxMessageDto[];
}
