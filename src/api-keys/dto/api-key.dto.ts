import { ApiProperty } from '@nestjs/swagger';
import '../api-key.messages';
import { IsISO8601, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ApiKey } from '../entities/api-key.entity';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Lönesystemet', description: 'What the key is for, so its holder can tell keys apart' })
  @IsString() @MinLength(1) @MaxLength(100) @Matches(/\S/, { message: 'name must not be blank', context: { code: 'FIELD_BLANK' } })
  name: string;

  @ApiProperty({ example: '2026-12-31T23:59:59Z', description: 'Required; in the future and at most API_KEY_MAX_DAYS (365) days ahead' })
  @IsISO8601({ strict: true }, { message: 'expiresAt must be a date or date-time such as 2026-12-31T23:59:59Z', context: { code: 'API_KEY_EXPIRY_FORMAT' } })
  expiresAt: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Lönesystemet' }) name: string;
  @ApiProperty({ example: 'sck_Xy3k9QpA', description: 'The key’s first characters' }) prefix: string;
  @ApiProperty() expiresAt: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Updated at most once a minute' }) lastUsedAt: string | null;
  @ApiProperty() createdAt: string;

  static from(key: ApiKey): ApiKeyDto {
    return {
      id: key.id,
      name: key.name,
      prefix: key.prefix,
      expiresAt: key.expiresAt.toISOString(),
      revokedAt: key.revokedAt?.toISOString() ?? null,
      lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
      createdAt: key.createdAt.toISOString(),
    };
  }
}

/** The answer to creating a key: the only time the key itself is shown. */
export class CreatedApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() prefix: string;
  @ApiProperty({ example: 'sck_…', description: 'Shown once; store it in the system that uses it' }) key: string;
  @ApiProperty() expiresAt: string;
}
