import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { Invitation } from '../entities/invitation.entity';
import { InvitationOutcome } from '../pact-member.types';
import { IsCalendarDate } from '../../common/calendar-date';
import { trim } from '../../common/text';
import { SupplierLinkDto } from './supplier-link.dto';

export class CreateInvitationDto {
  @ApiProperty({ format: 'uuid', description: 'An awarded supplier that is not linked to a pact member' })
  @IsUUID()
  supplierId: string;

  @ApiProperty({ example: '2026-03-02', description: 'The day the invitation was sent (not after today)' })
  @IsCalendarDate()
  invitedOn: string;

  @ApiPropertyOptional({ example: 'Inbjudan skickad till vd efter tilldelning av städavtalet', maxLength: 2000 })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(2000)
  note?: string;
}

const DECIDED = [InvitationOutcome.Joined, InvitationOutcome.Declined, InvitationOutcome.NoResponse];

export class RecordInvitationOutcomeDto {
  @ApiProperty({ enum: DECIDED, example: InvitationOutcome.Joined })
  @IsIn(DECIDED, { message: `outcome must be one of ${DECIDED.join(', ')}` })
  outcome: InvitationOutcome;

  @ApiProperty({ example: '2026-04-20', description: 'When the outcome became known: not before the invitation, not after today' })
  @IsCalendarDate()
  outcomeOn: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'For JOINED: the member the supplier joined as; may be omitted when a member has the supplier’s organisation number',
  })
  @IsOptional() @IsUUID()
  memberId?: string;

  @ApiPropertyOptional({ example: 'Signerade avsiktsförklaring vid vårens signeringstillfälle', maxLength: 2000 })
  @IsOptional() @trim @IsString() @IsNotEmpty() @MaxLength(2000)
  note?: string;
}

export class ListInvitationsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: InvitationOutcome })
  @IsOptional() @IsEnum(InvitationOutcome)
  outcome?: InvitationOutcome;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  supplierId?: string;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ example: '2026-03-02' }) invitedOn: string;
  @ApiProperty({ nullable: true, example: 'Inbjudan skickad till vd' }) note: string | null;
  @ApiProperty({ enum: InvitationOutcome, example: InvitationOutcome.Pending }) outcome: InvitationOutcome;
  @ApiProperty({ nullable: true, example: null }) outcomeOn: string | null;
  @ApiProperty({ nullable: true, example: null }) outcomeNote: string | null;
  @ApiProperty({ nullable: true, format: 'uuid', description: 'The member the supplier joined as' }) memberId: string | null;
  @ApiProperty({ example: 'pact_office-3f2c…' }) invitedBy: string;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) createdAt: string;
  @ApiProperty({ example: '2026-01-15T09:30:00.000Z' }) updatedAt: string;

  static from(invitation: Invitation): InvitationDto {
    return {
      id: invitation.id,
      supplierId: invitation.supplierId,
      invitedOn: invitation.invitedOn,
      note: invitation.note,
      outcome: invitation.outcome,
      outcomeOn: invitation.outcomeOn,
      outcomeNote: invitation.outcomeNote,
      memberId: invitation.memberId,
      invitedBy: invitation.invitedBy,
      createdAt: invitation.createdAt.toISOString(),
      updatedAt: invitation.updatedAt.toISOString(),
    };
  }
}

export class InvitationWithLinkDto extends InvitationDto {
  @ApiProperty({ type: SupplierLinkDto, nullable: true, description: 'The supplier’s link to the member it joined as' })
  link: SupplierLinkDto | null;
}

export class InvitationPageDto extends PageMetaDto {
  @ApiProperty({ type: [InvitationDto] }) items: InvitationDto[];
}

export enum SupplierPactStatus {
  Member = 'MEMBER',
  Invited = 'INVITED',
  NotMember = 'NOT_MEMBER',
}

/** Where a supplier stands with the pact: linked to a member, invited, or neither. */
export class SupplierPactMembershipDto {
  @ApiProperty({ format: 'uuid' }) supplierId: string;
  @ApiProperty({ enum: SupplierPactStatus, example: SupplierPactStatus.Invited }) pactStatus: SupplierPactStatus;
  @ApiProperty({ example: true, description: 'Whether the supplier has an awarded contract' }) awarded: boolean;
  @ApiProperty({ type: SupplierLinkDto, nullable: true }) link: SupplierLinkDto | null;
  @ApiProperty({ type: [InvitationDto], description: 'Invitations, newest first' }) invitations: InvitationDto[];
}
