import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class OidcStartQueryDto {
  @ApiPropertyOptional({
    description: 'The page to return to after sign-in, a path of this service (e.g. `/#/contracts`); any other address is ignored',
    maxLength: 2000,
  })
  @IsOptional() @IsString() @MaxLength(2000)
  returnTo?: string;
}
