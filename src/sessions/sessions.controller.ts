import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Public, Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { UsersService } from '../users/users.service';
import { SignInLinkDto, SignInMethodsDto } from './dto/sign-in.dto';
import { SessionService } from './session.service';
import { SESSIONS_CONFIG, SessionsConfig } from './sessions.config';
import { unauthorized } from '../common/errors/coded-exception';
import './session.messages';

@ApiTags('sign-in')
@Controller('auth')
export class SessionsController {
  constructor(
    private readonly sessions: SessionService,
    private readonly users: UsersService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SESSIONS_CONFIG) private readonly config: SessionsConfig,
  ) {}

  @Get('methods')
  @Public()
  @ApiOperation({ summary: 'How people can sign in here, for the sign-in page' })
  @ApiOkResponse({ type: SignInMethodsDto })
  methods(): SignInMethodsDto {
    return { oidc: this.config.oidcEnabled, emailCode: true, devToken: !this.config.production };
  }

  @Post('link')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign in with a one-time link (invitation, first admin): sets the session cookie' })
  @ApiNoContentResponse({ description: 'Signed in; the `sid` cookie is set' })
  @ApiBadRequestResponse({ type: ApiError, description: 'token is not a sign-in link token' })
  @ApiUnauthorizedResponse({ type: ApiError, description: 'The link is unknown, used, expired or its user disabled' })
  async signInWithLink(@Body() dto: SignInLinkDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const cookie = await this.dataSource.transaction(async (manager) => {
      const userId = await this.users.spendSignInLink(manager, dto.token);
      if (!userId) throw unauthorized('SESSION_LINK_USED');
      return this.sessions.open(manager, userId);
    });
    this.sessions.setCookie(req, res, cookie);
  }

  @Post('sign-out')
  @Roles(Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier)
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session: deleted on the server, cookie cleared' })
  @ApiNoContentResponse({ description: 'Signed out' })
  signOut(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    return this.sessions.end(req, res);
  }
}
