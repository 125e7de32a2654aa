import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../common/text';
import '../../sessions/session.messages';

export class EmailCodeRequestDto {
  @ApiProperty({ example: 'anna.berg@stadservice.se' })
  @trim @IsString() @MaxLength(254) @IsEmail({}, { message: 'email must be an e-mail address', context: { code: 'FIELD_E_MAIL' } })
  email: string;
}

export class EmailCodeVerifyDto extends EmailCodeRequestDto {
  @ApiProperty({ example: '042137', description: 'The six digits of the e-mail' })
  @IsString() @Matches(/^\d{6}$/, { message: 'code must be the six digits of the e-mail', context: { code: 'SIGN_IN_CODE_FORMAT' } })
  code: string;
}

export class EmailCodeRequestedDto {
  @ApiProperty({ example: 'Om adressen hör till ett konto hos en leverantör har vi skickat en inloggningskod dit. Koden gäller i 10 minuter.' })
  message: string;
}
