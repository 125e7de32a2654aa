import { Body, Controller, Headers, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiNoContentResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { ApiError } from '../common/errors/api-error';
import { SessionService } from '../sessions/session.service';
import { EmailCodeRequestDto, EmailCodeRequestedDto, EmailCodeVerifyDto } from './dto/email-code.dto';
import { codeRequestedMessage } from './sign-in-code-rules';
import { SignInCodesService } from './sign-in-codes.service';
import { SignInLimits } from './sign-in-limits';
import { CodedException } from '../common/errors/coded-exception';
import '../sessions/session.messages';

/**
 * Supplier sign-in by e-mail code. No Idempotency-Key: a repeated request sends a fresh code in
 * place of the first and answers the same, and a code signs in once by nature.
 */
@ApiTags('sign-in')
@Controller('auth/email-code')
export class SignInCodesController {
  constructor(
    private readonly codes: SignInCodesService,
    private readonly sessions: SessionService,
    private readonly limits: SignInLimits,
  ) {}

  @Post()
  @Public()
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a one-time sign-in code to a supplier user’s e-mail address; the same answer for any address' })
  @ApiAcceptedResponse({ type: EmailCodeRequestedDto })
  @ApiBadRequestResponse({ type: ApiError, description: 'email is not an e-mail address' })
  @ApiTooManyRequestsResponse({ type: ApiError, description: 'Too many codes asked for this address or from this IP address this hour; see Retry-After' })
  async request(
    @Body() dto: EmailCodeRequestDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @Headers('accept-language') language?: string,
  ): Promise<EmailCodeRequestedDto> {
    refuseOverLimit(res, await this.limits.codeRequest(dto.email, String(req.ip)));
    await this.codes.request(dto.email);
    return { message: codeRequestedMessage(language) };
  }

  @Post('verify')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign in with the code: sets the session cookie' })
  @ApiNoContentResponse({ description: 'Signed in; the `sid` cookie is set' })
  @ApiBadRequestResponse({ type: ApiError, description: 'email or code is malformed' })
  @ApiUnauthorizedResponse({ type: ApiError, description: 'One answer for a wrong, used, expired or ended code and for an address without a supplier account' })
  @ApiTooManyRequestsResponse({ type: ApiError, description: 'Too many tries from this IP address this hour; see Retry-After' })
  async verify(@Body() dto: EmailCodeVerifyDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    refuseOverLimit(res, await this.limits.codeTry(String(req.ip)));
    this.sessions.setCookie(req, res, await this.codes.verify(dto.email, dto.code));
  }
}

function refuseOverLimit(res: Response, retryAfterSeconds: number | null): void {
  if (retryAfterSeconds === null) return;
  res.setHeader('Retry-After', String(retryAfterSeconds));
  throw new CodedException(HttpStatus.TOO_MANY_REQUESTS, 'SIGN_IN_CODE_TOO_MANY', { minutes: Math.ceil(retryAfterSeconds / 60) });
}
