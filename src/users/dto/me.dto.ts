import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '../../auth/role';

/** The signed-in person, for the web interface's header and for API clients checking their key. */
export class MeDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null for development tokens' }) id: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ example: 'Anna Andersson', description: 'The token subject for development tokens' }) name: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) supplierId: string | null;
  @ApiProperty({ nullable: true, type: String }) supplierName: string | null;
  @ApiProperty() supplierAdmin: boolean;
  @ApiProperty({ enum: ['sv', 'en'] }) language: string;
  @ApiProperty({ enum: ['session', 'api-key', 'dev-token'] }) via: string;
  @ApiPropertyOptional({ description: 'Sessions only: send it as X-CSRF-Token on every POST, PUT, PATCH and DELETE' })
  csrfToken?: string;
}
