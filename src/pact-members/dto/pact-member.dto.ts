import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsOrgNumber } from '../../common/org-number/is-org-number.decorator';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { PactMember } from '../entities/pact-member.entity';
import { MemberStatus, PactActivity, PactMemberKind, SizeBand } from '../pact-member.types';
import { SupplierLinkDto } from './supplier-link.dto';
import { trim } from '../../common/text';

export class CreatePactMemberDto {
  @ApiProperty({ example: 'Bygg & Fastighet Stockholm AB', maxLength: 200 })
  @trim @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @IsOrgNumber()
  orgNumber: string;

  @ApiProperty({ enum: PactMemberKind, example: PactMemberKind.Company })
  @IsEnum(PactMemberKind)
  kind: PactMemberKind;

  @ApiProperty({ example: 'Bygg', description: 'Sector (bransch)', maxLength: 100 })
  @trim @IsString() @IsNotEmpty() @MaxLength(100)
  sector: string;

  @ApiProperty({ enum: SizeBand, example: SizeBand.Employees50To249, description: 'Number of employees' })
  @IsEnum(SizeBand)
  sizeBand: SizeBand;

  @ApiProperty({ example: 'Anna Lind', maxLength: 200 })
  @trim @IsString() @IsNotEmpty() @MaxLength(200)
  contactName: string;

  @ApiProperty({ example: 'anna.lind@byggfastighet.se' })
  @trim @IsEmail() @MaxLength(254)
  contactEmail: string;

  @ApiPropertyOptional({ example: '08-123 456 78' })
  @IsOptional() @trim @Matches(/^\+?[\d\s-]{5,40}$/, { message: 'contactPhone must be a phone number such as 08-123 456 78', context: { code: 'FIELD_PHONE', params: { example: '08-123 456 78' } } })
  contactPhone?: string;
}

export class UpdatePactMemberDto extends PartialType(CreatePactMemberDto) {}

export class ListPactMembersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: MemberStatus, description: 'Derived from the current letter of intent and today' })
  @IsOptional() @IsEnum(MemberStatus)
  status?: MemberStatus;

  @ApiPropertyOptional({ enum: PactActivity, description: 'An activity in the current letter of intent' })
  @IsOptional() @IsEnum(PactActivity)
  activity?: PactActivity;

  @ApiPropertyOptional({ enum: PactMemberKind })
  @IsOptional() @IsEnum(PactMemberKind)
  kind?: PactMemberKind;

  @ApiPropertyOptional({ example: 'Bygg', description: 'Sector, any letter case' })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(100)
  sector?: string;

  @ApiPropertyOptional({ example: 'bygg', description: 'Part of the name or organisation number' })
  @IsOptional() @trim @IsString() @MaxLength(100)
  q?: string;
}

/** The dates and activities of the member's current letter of intent. */
export class CurrentLetterDto {
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ example: '2026-01-15' }) validFrom: string;
  @ApiProperty({ example: '2028-01-14' }) validTo: string;
  @ApiProperty({ enum: PactActivity, isArray: true, example: [PactActivity.JobPartner, PactActivity.SocialClause] })
  activities: PactActivity[];
}

/** A member row with what the list query derives for it. */
export interface MemberRow {
  member: PactMember;
  currentLetter: CurrentLetterDto | null;
  status: MemberStatus;
  lastCheckInOn: string | null;
}

export class PactMemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Bygg & Fastighet Stockholm AB' }) name: string;
  @ApiProperty({ example: '556036-0793' }) orgNumber: string;
  @ApiProperty({ enum: PactMemberKind, example: PactMemberKind.Company }) kind: PactMemberKind;
  @ApiProperty({ example: 'Bygg' }) sector: string;
  @ApiProperty({ enum: SizeBand, example: SizeBand.Employees50To249 }) sizeBand: SizeBand;
  @ApiProperty({ example: 'Anna Lind' }) contactName: string;
  @ApiProperty({ example: 'anna.lind@byggfastighet.se' }) contactEmail: string;
  @ApiProperty({ nullable: true, example: '08-123 456 78' }) contactPhone: string | null;
  @ApiProperty({ enum: MemberStatus, example: MemberStatus.Active }) status: MemberStatus;
  @ApiProperty({ type: CurrentLetterDto, nullable: true }) currentLetter: CurrentLetterDto | null;
  @ApiProperty({ nullable: true, example: '2026-02-10', description: 'Date of the latest annual check-in' })
  lastCheckInOn: string | null;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) updatedAt: string;

  static from(row: MemberRow): PactMemberDto {
    const { member } = row;
    return {
      id: member.id,
      name: member.name,
      orgNumber: member.orgNumber,
      kind: member.kind,
      sector: member.sector,
      sizeBand: member.sizeBand,
      contactName: member.contactName,
      contactEmail: member.contactEmail,
      contactPhone: member.contactPhone,
      status: row.status,
      currentLetter: row.currentLetter,
      lastCheckInOn: row.lastCheckInOn,
      createdAt: member.createdAt.toISOString(),
      updatedAt: member.updatedAt.toISOString(),
    };
  }
}

export class CreatedPactMemberDto extends PactMemberDto {
  @ApiProperty({
    type: SupplierLinkDto,
    nullable: true,
    description: 'Set when a supplier with the same organisation number was linked to the new member automatically',
  })
  autoLinkedSupplier: SupplierLinkDto | null;
}

export class PactMemberPageDto extends PageMetaDto {
  @ApiProperty({ type: [PactMemberDto] }) items: PactMemberDto[];
}
