import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { LinkMatch } from '../pact-member.types';

export class CreateSupplierLinkDto {
  @ApiProperty({ format: 'uuid', description: 'The supplier to link' })
  @IsUUID()
  supplierId: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The member to link to when the organisation numbers differ (e.g. a subsidiary); omit to match by organisation number',
  })
  @IsOptional() @IsUUID()
  memberId?: string;
}

export class ListSupplierLinksQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  supplierId?: string;
}

/** Names the raw link row carries so the response can say what was linked to what. */
export interface SupplierLinkRow {
  id: string;
  memberId: string;
  memberName: string;
  supplierId: string;
  supplierName: string;
  orgNumber: string;
  matchedBy: LinkMatch;
  linkedAt: Date;
}

export class SupplierLinkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) memberName: string;
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ example: 'Städ & Service i Stockholm AB' }) supplierName: string;
  @ApiProperty({ enum: LinkMatch, example: LinkMatch.OrgNumber }) matchedBy: LinkMatch;
  @ApiProperty({ example: true, description: 'True when linked because the organisation numbers are the same' })
  linkedAutomatically: boolean;
  @ApiProperty({
    example: 'Linked automatically: supplier Städ & Service i Stockholm AB and member Städ & Service i Stockholm AB share organisation number 556036-0793',
  })
  message: string;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) linkedAt: string;

  static from(row: SupplierLinkRow): SupplierLinkDto {
    const automatic = row.matchedBy === LinkMatch.OrgNumber;
    return {
      id: row.id,
      memberId: row.memberId,
      memberName: row.memberName,
      supplierId: row.supplierId,
      supplierName: row.supplierName,
      matchedBy: row.matchedBy,
      linkedAutomatically: automatic,
      message: automatic
        ? `Linked automatically: supplier ${row.supplierName} and member ${row.memberName} share organisation number ${row.orgNumber}`
        : `Linked by hand: supplier ${row.supplierName} to member ${row.memberName}`,
      linkedAt: row.linkedAt.toISOString(),
    };
  }
}

export class SupplierLinkPageDto extends PageMetaDto {
  @ApiProperty({ type: [SupplierLinkDto] }) items: SupplierLinkDto[];
}
