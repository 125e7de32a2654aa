import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LetterOfIntent } from '../entities/letter-of-intent.entity';
import { PactActivity } from '../pact-member.types';
import { IsCalendarDate } from '../../common/calendar-date';
import { trim } from '../../common/text';

export class CommitmentDto {
  @ApiProperty({ example: 'Erbjuda praktikplatser till nyanlända inom bygg', maxLength: 1000 })
  @trim @IsString() @IsNotEmpty() @MaxLength(1000)
  description: string;

  @ApiPropertyOptional({ example: 5, description: 'Numeric target, e.g. number of internships per year' })
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0)
  target?: number;

  @ApiPropertyOptional({ example: 'praktikplatser per år', maxLength: 100 })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(100)
  unit?: string;
}

/** Signs a member's first letter of intent, or revises it (which adds a version). */
export class CreateLetterOfIntentDto {
  @ApiProperty({ example: '2026-01-15', description: 'The day the letter was signed (not after today)' })
  @IsCalendarDate()
  signedOn: string;

  @ApiProperty({ example: '2026-01-15' })
  @IsCalendarDate()
  validFrom: string;

  @ApiProperty({ example: '2028-01-14', description: 'The last day the letter is valid; must be after validFrom' })
  @IsCalendarDate()
  validTo: string;

  @ApiProperty({ enum: PactActivity, isArray: true, example: [PactActivity.JobPartner, PactActivity.SocialClause] })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsEnum(PactActivity, { each: true })
  activities: PactActivity[];

  @ApiProperty({ type: [CommitmentDto], description: 'Free-text commitments (åtaganden), optionally with numeric targets' })
  @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => CommitmentDto)
  commitments: CommitmentDto[];

  @ApiPropertyOptional({ example: 'Förnyad med fler praktikplatser', description: 'Required for a revision (version 2 and later)' })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(1000)
  changeReason?: string;
}

export class LetterOfIntentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) memberId: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: true, description: 'False for versions replaced by a revision' }) current: boolean;
  @ApiProperty({ example: '2026-01-15' }) signedOn: string;
  @ApiProperty({ example: '2026-01-15' }) validFrom: string;
  @ApiProperty({ example: '2028-01-14' }) validTo: string;
  @ApiProperty({ enum: PactActivity, isArray: true, example: [PactActivity.JobPartner] }) activities: PactActivity[];
  @ApiProperty({ type: [CommitmentDto] }) commitments: CommitmentDto[];
  @ApiProperty({ nullable: true, example: null }) changeReason: string | null;
  @ApiProperty({ nullable: true, example: null, description: 'When a later version replaced this one' }) supersededAt: string | null;
  @ApiProperty({ example: 'pact_office-3f2c…' }) createdBy: string;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) createdAt: string;

  static from(letter: LetterOfIntent): LetterOfIntentDto {
    return {
      id: letter.id,
      memberId: letter.memberId,
      version: letter.version,
      current: letter.supersededAt === null,
      signedOn: letter.signedOn,
      validFrom: letter.validFrom,
      validTo: letter.validTo,
      activities: letter.activities,
      commitments: letter.commitments,
      changeReason: letter.changeReason,
      supersededAt: letter.supersededAt?.toISOString() ?? null,
      createdBy: letter.createdBy,
      createdAt: letter.createdAt.toISOString(),
    };
  }
}
