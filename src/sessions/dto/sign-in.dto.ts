import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import '../session.messages';

export class SignInLinkDto {
  @ApiProperty({ description: 'The token at the end of the one-time link (#/sign-in/link/<token>)' })
  @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'token must be the token of a sign-in link', context: { code: 'SESSION_TOKEN_FORMAT' } })
  token: string;
}

export class SignInMethodsDto {
  @ApiProperty({ description: 'Whether staff sign in with the city’s identity provider (OpenID Connect)' }) oidc: boolean;
  @ApiProperty({ description: 'Whether suppliers sign in with a code sent by e-mail' }) emailCode: boolean;
  @ApiProperty({ description: 'Whether development tokens (CLI `token`) are accepted: never in production' }) devToken: boolean;
}
