import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { trim } from '../../common/text';
import { LetterheadMediaType } from '../../common/letterhead';
import { ContractingUnit } from '../entities/contracting-unit.entity';
import '../contracting-unit.messages';

const PHONE = /^\+?[0-9][0-9 -]{3,28}[0-9]$/;

export class SupportContactDto {
  @ApiProperty({ example: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen', maxLength: 200, description: 'The unit or function suppliers turn to' })
  @trim @IsString() @IsNotEmpty() @MaxLength(200)
  unit: string;

  @ApiPropertyOptional({ example: 'Anna Lind', maxLength: 200 })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'jobbtorg@stockholm.se' })
  @IsOptional() @trim @IsEmail() @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '08-508 00 508', description: 'Digits, spaces and hyphens, optionally starting with +' })
  @IsOptional() @trim @Matches(PHONE, { message: 'phone must be a telephone number such as 08-508 00 508 or +46 8 508 00 508', context: { code: 'UNIT_PHONE_FORMAT' } })
  phone?: string;
}

export class CreateContractingUnitDto {
  @ApiProperty({ example: 'Arbetsmarknadsnämnden', maxLength: 200, description: 'As procurements name their contracting unit; unique whatever the letter case' })
  @trim @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiProperty({ type: SupportContactDto })
  @IsObject() @ValidateNested() @Type(() => SupportContactDto)
  supportContact: SupportContactDto;
}

/** A new `supportContact` replaces the whole contact: fields left out are cleared. Null is refused: a unit always has both. */
export class UpdateContractingUnitDto extends PartialType(CreateContractingUnitDto, { skipNullProperties: false }) {}

export class ListContractingUnitsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name', example: 'arbetsmarknad' })
  @IsOptional() @trim @IsString() @MaxLength(100)
  q?: string;
}

export class SupportContactViewDto {
  @ApiProperty({ example: 'Jobbtorg Stockholm, arbetsmarknadsförvaltningen' }) unit: string;
  @ApiProperty({ nullable: true, example: 'Anna Lind' }) name: string | null;
  @ApiProperty({ nullable: true, example: 'jobbtorg@stockholm.se' }) email: string | null;
  @ApiProperty({ nullable: true, example: '08-508 00 508' }) phone: string | null;
}

export class LetterheadInfoDto {
  @ApiProperty({ enum: ['image/png', 'image/jpeg'] }) mediaType: LetterheadMediaType;
  @ApiProperty({ example: 600, description: 'Width in pixels' }) width: number;
  @ApiProperty({ example: 160, description: 'Height in pixels' }) height: number;
  @ApiProperty() updatedAt: string;
}

export class ContractingUnitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Arbetsmarknadsnämnden' }) name: string;
  @ApiProperty({ type: SupportContactViewDto }) supportContact: SupportContactViewDto;
  @ApiProperty({ type: LetterheadInfoDto, nullable: true, description: 'The letterhead image, when one is uploaded' })
  letterhead: LetterheadInfoDto | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(unit: ContractingUnit): ContractingUnitDto {
    return {
      id: unit.id,
      name: unit.name,
      supportContact: { unit: unit.supportUnit, name: unit.supportPerson, email: unit.supportEmail, phone: unit.supportPhone },
      letterhead: letterheadInfo(unit),
      createdAt: unit.createdAt.toISOString(),
      updatedAt: unit.updatedAt.toISOString(),
    };
  }
}

/** The table's check constraint keeps the letterhead columns all set or all null. */
function letterheadInfo(unit: ContractingUnit): LetterheadInfoDto | null {
  const { letterheadType: mediaType, letterheadWidth: width, letterheadHeight: height, letterheadUpdatedAt: updatedAt } = unit;
  return mediaType && width && height && updatedAt ? { mediaType, width, height, updatedAt: updatedAt.toISOString() } : null;
}

export class ContractingUnitPageDto extends PageMetaDto {
  @ApiProperty({ type: [ContractingUnitDto] }) items: ContractingUnitDto[];
}
