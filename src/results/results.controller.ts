import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { ResultsQueryDto } from './dto/results-query.dto';
import { ResultsDto } from './dto/results.dto';
import { resolvePeriod } from './period';
import { ResultsService } from './results.service';

const PERIOD_RULES =
  'A procurement counts in the period it was published (published_at, Stockholm time) and never when CANCELLED. ' +
  'A placement counts as offered in the period of its offered_date and as filled in the period of its start_date, ' +
  'so a placement offered in one year and filled the next counts in both years accordingly. ' +
  'Placements under a cancelled procurement never count; only reports whose verification status is listed in ' +
  '`countedVerificationStatuses` (env RESULTS_COUNT_VERIFICATION, default ACCEPTED,PENDING) count. ' +
  'Clause fulfilment concerns the clauses of the procurements counted in the period, with all their counted reports to date.';

@ApiTags('results')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid period; `fields` names the field' })
@Roles(Role.PactOffice, Role.Officer)
@Controller()
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  @Get('results')
  @ApiOperation({ summary: 'The pact results (the five measures, split by gender, age band and establishment programme)', description: PERIOD_RULES })
  @ApiOkResponse({ type: ResultsDto })
  get(@Query() query: ResultsQueryDto): Promise<ResultsDto> {
    return this.results.results(resolvePeriod(query, new Date()));
  }
}
