import { Controller, Get, HttpStatus } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { ApiError } from '../common/errors/api-error';
import { DatabaseProbe } from './database-probe';
import { CodedException } from '../common/errors/coded-exception';
import '../common/errors/error.messages';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseProbe) {}

  @Get()
  @Public()
  @ApiOkResponse({ schema: { example: { status: 'ok', database: 'up' } } })
  @ApiServiceUnavailableResponse({ type: ApiError })
  async health(): Promise<{ status: 'ok'; database: 'up' }> {
    if (!(await this.database.isUp())) throw new CodedException(HttpStatus.SERVICE_UNAVAILABLE, 'ERROR_DB_UNAVAILABLE');
    return { status: 'ok', database: 'up' };
  }
}
