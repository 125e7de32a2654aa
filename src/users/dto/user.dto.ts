import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Role, ROLES } from '../../auth/role';
import { PageMetaDto, PaginationQueryDto } from '../../common/pagination';
import { LANGUAGES, UserAccount, UserStatus } from '../entities/user-account.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'anna.andersson@bygg.se' })
  @Transform(trimmed) @IsEmail({}, { message: 'email must be an e-mail address', context: { code: 'FIELD_E_MAIL' } }) @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Anna Andersson' })
  @Transform(trimmed) @IsString() @MinLength(1, { message: 'name must not be blank', context: { code: 'FIELD_BLANK' } }) @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLES, example: 'supplier' })
  @IsEnum(Role, { message: `role must be one of ${ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for supplier users; a supplier’s administrator may leave it out (its own)' })
  @IsOptional() @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ default: false, description: 'A supplier user who may invite and disable colleagues' })
  @IsOptional() @IsBoolean()
  supplierAdmin?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'sv', description: 'The language of e-mail to the user' })
  @IsOptional() @IsIn(LANGUAGES)
  language?: 'sv' | 'en';
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trimmed) @IsString() @MinLength(1, { message: 'name must not be blank', context: { code: 'FIELD_BLANK' } }) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, description: 'Admins only' }) @IsOptional() @IsEnum(Role, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Admins only; null for staff' })
  @ValidateIf((_, value) => value !== null) @IsOptional() @IsUUID()
  supplierId?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  supplierAdmin?: boolean;

  @ApiPropertyOptional({ enum: [UserStatus.Active, UserStatus.Disabled], description: 'DISABLED is refused at the next request' })
  @IsOptional() @IsIn([UserStatus.Active, UserStatus.Disabled], { message: 'status must be ACTIVE or DISABLED' })
  status?: UserStatus.Active | UserStatus.Disabled;

  @ApiPropertyOptional({ enum: LANGUAGES }) @IsOptional() @IsIn(LANGUAGES)
  language?: 'sv' | 'en';
}

export class ListUsersQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or e-mail address' })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsEnum(Role, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ enum: UserStatus }) @IsOptional() @IsEnum(UserStatus, { message: 'status must be INVITED, ACTIVE or DISABLED' })
  status?: UserStatus;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) supplierId: string | null;
  @ApiProperty({ nullable: true, type: String }) supplierName: string | null;
  @ApiProperty() supplierAdmin: boolean;
  @ApiProperty({ enum: UserStatus }) status: UserStatus;
  @ApiProperty({ enum: LANGUAGES }) language: string;
  @ApiProperty({ nullable: true, type: String }) lastSignInAt: string | null;
  @ApiProperty() createdAt: string;

  static from(user: UserAccount, supplierName: string | null): UserDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      supplierId: user.supplierId,
      supplierName,
      supplierAdmin: user.supplierAdmin,
      status: user.status,
      language: user.language,
      lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    };
  }
}

export class UserPageDto extends PageMetaDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'When the link in the invitation stops working' }) validUntil: string;
}

/** At award: the supplier's contact address, offered for an invitation (POST /api/users with the supplier filled in). */
export class SupplierContactInvitationDto {
  @ApiProperty({ example: 'upphandling@stadservice.se' }) email: string;
  @ApiProperty({ description: 'Whether an account with the address exists already (then there is no one to invite)' }) alreadyUser: boolean;
}
