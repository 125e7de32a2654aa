import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { Page, PaginationQueryDto } from '../common/pagination';
import { ScheduledRunDto, ScheduledRunPageDto } from './dto/scheduled-run.dto';
import { ScheduledRunRepository } from './scheduled-run.repository';

@ApiTags('scheduling')
@Controller('scheduled-runs')
export class ScheduledRunsController {
  constructor(private readonly runs: ScheduledRunRepository) {}

  /** Staff see whether the daily run (outcome refresh and reminders) went through, and what it sent. */
  @Get()
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOkResponse({ type: ScheduledRunPageDto, description: 'The latest runs, newest day first' })
  async list(@Query() query: PaginationQueryDto): Promise<Page<ScheduledRunDto>> {
    const page = await this.runs.latest(query);
    return { ...page, items: page.items.map(ScheduledRunDto.from) };
  }
}
