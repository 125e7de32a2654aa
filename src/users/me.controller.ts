import { Controller, Get, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { AuthUser, Role } from '../auth/role';
import { MeDto } from './dto/me.dto';
import { UsersService } from './users.service';

@ApiTags('sign-in')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles(Role.Officer, Role.PactOffice, Role.Matcher, Role.Supplier)
  @ApiOperation({ summary: 'Who is signed in, and (sessions) the CSRF token for writes' })
  @ApiOkResponse({ type: MeDto })
  me(@Req() req: AuthenticatedRequest): Promise<MeDto> {
    return this.users.me(req.user as AuthUser, req.authSession?.csrfToken);
  }
}
