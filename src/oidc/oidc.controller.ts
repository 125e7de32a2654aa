import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { OidcStartQueryDto } from './dto/oidc-start.dto';
import { StaffSignInService } from './staff-sign-in.service';

const FAILURE = 'On failure: 302 to `/#/sign-in?error=<code>` (oidc_unavailable, oidc_failed, no_email, no_role, account_disabled, supplier_account, account_mismatch), nobody signed in';

@ApiTags('sign-in')
@Controller('auth/oidc')
export class OidcController {
  constructor(private readonly staffSignIn: StaffSignInService) {}

  @Get('start')
  @Public()
  @ApiOperation({ summary: 'City staff: sign in with the city’s identity provider (OpenID Connect)' })
  @ApiFoundResponse({ description: `302 to the provider's sign-in page. ${FAILURE}` })
  async start(@Query() query: OidcStartQueryDto, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.redirect(302, await this.staffSignIn.start(req, res, query.returnTo));
  }

  /**
   * The provider's answer. Its parameters are not a DTO: openid-client checks them (state, code,
   * `iss`, `error`), and OAuth 2.0 requires a client to ignore parameters it does not know.
   */
  @Get('callback')
  @Public()
  @ApiOperation({ summary: 'Where the identity provider sends the browser back; sets the session cookie' })
  @ApiFoundResponse({ description: `302 to the page asked for at the start, signed in. ${FAILURE}` })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    res.redirect(302, await this.staffSignIn.finish(req, res));
  }
}
