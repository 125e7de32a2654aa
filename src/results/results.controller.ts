import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { ContractingUnitsService } from '../contracting-units/contracting-units.service';
import { AnnualReportQueryDto, ResultsQueryDto } from './dto/results-query.dto';
import { MatchingResultsResponseDto, ResultsDto } from './dto/results.dto';
import { TrendDto } from './dto/trend.dto';
import { resolveQuarterRange } from './quarters';
import { renderAnnualReport } from './annual-report-pdf';
import { resultsCsv } from './results-csv';
import { todayInStockholm } from '../common/calendar';
import { resolvePeriod, yearPeriod } from './period';
import { ResultsService } from './results.service';
import { attachmentDisposition } from '../common/http/content-disposition';

const PERIOD_RULES =
  'A procurement counts in the period it was published (published_at, Stockholm time) and never when CANCELLED. ' +
  'A placement counts as offered in the period of its offered_date and as filled in the period of its start_date, ' +
  'so a placement offered in one year and filled the next counts in both years accordingly. ' +
  'Placements under a cancelled procurement never count; only reports whose verification status is listed in ' +
  '`countedVerificationStatuses` (env RESULTS_COUNT_VERIFICATION, default ACCEPTED,PENDING) count. ' +
  'Clause fulfilment concerns the clauses of the procurements counted in the period, with all their counted reports to date.';

const MATCHING_RULES =
  'A referral counts as offered in the period of its offered_on and as filled (hired) in the period of its hired_start_date; ' +
  'vacancies by created_on, referrals by referred_on, interviews by interviewed_on, not hired by not_hired_on. ' +
  'Days to hire run from the vacancy’s created_on to the referral’s hired_on (the day the hire was agreed). ' +
  'With `unit`, only vacancies tied to a contract of that unit count; Jobbpartner agreements and recruitment events belong to no unit. ' +
  'See docs/matching.md, Results.';

/** Not-fulfilled clauses listed in the annual report. */
const ANNUAL_REPORT_LIST_LIMIT = 15;

@ApiTags('results')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid period; `fields` names the field' })
@Roles(Role.PactOffice, Role.Officer)
@Controller()
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly units: ContractingUnitsService,
  ) {}

  @Get('results')
  @ApiOperation({
    summary: 'The pact results (the five measures, split by gender, age band and establishment programme), the Jobbpartner measures and the matching figures',
    description: `${PERIOD_RULES} ${MATCHING_RULES}`,
  })
  @ApiOkResponse({ type: ResultsDto })
  get(@Query() query: ResultsQueryDto): Promise<ResultsDto> {
    return this.results.results(resolvePeriod(query, new Date()));
  }

  @Get('results/matching')
  @Roles(Role.Matcher, Role.PactOffice)
  @ApiOperation({
    summary: 'The Jobbpartner measures and the matching figures alone (the `jobbpartner` and `matching` sections of the results)',
    description: MATCHING_RULES,
  })
  @ApiOkResponse({ type: MatchingResultsResponseDto })
  matching(@Query() query: ResultsQueryDto): Promise<MatchingResultsResponseDto> {
    return this.results.matching(resolvePeriod(query, new Date()));
  }

  @Get('results/trend')
  @ApiOperation({
    summary: 'The five measures per calendar quarter, for a trend chart',
    description:
      'Quarters from the one of `from` through the one of `to` (default: the twelve quarters ending with the current year), ' +
      `at most 40, every quarter listed with zeros when nothing happened. ${PERIOD_RULES}`,
  })
  @ApiOkResponse({ type: TrendDto })
  trend(@Query() query: ResultsQueryDto): Promise<TrendDto> {
    return this.results.trend(resolveQuarterRange(query, new Date()));
  }

  @Get('results.csv')
  @ApiOperation({
    summary: 'The same figures as CSV for Swedish Excel (UTF-8 with BOM, `;`, decimal comma, CRLF)',
    description: PERIOD_RULES,
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'One row per figure: Från;Till;Enhet;Mått;Uppdelning;Kategori;Värde', schema: { type: 'string' } })
  async csv(@Query() query: ResultsQueryDto, @Res({ passthrough: true }) res: Response): Promise<string> {
    const period = resolvePeriod(query, new Date());
    const csv = resultsCsv(await this.results.results(period));
    // Set only on success (not with @Header), so an error keeps its JSON content type.
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', attachmentDisposition(`resultat-${period.from}-${period.to}.csv`));
    return csv;
  }

  @Get('results/annual-report.pdf')
  @ApiOperation({
    summary: 'Annual report (årsrapport) of a calendar year as PDF, in Swedish, with the letterhead of the contracting unit ANNUAL_REPORT_UNIT when it has one',
    description: PERIOD_RULES,
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'PDF document', schema: { type: 'string', format: 'binary' } })
  async annualReport(@Query() query: AnnualReportQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const year = query.year ?? Number(todayInStockholm(new Date()).slice(0, 4)) - 1;
    const period = yearPeriod(year, query.unit);
    const [results, notFulfilled, letterhead] = await Promise.all([
      this.results.results(period),
      this.results.notFulfilled(period, ANNUAL_REPORT_LIST_LIMIT),
      this.units.annualReportLetterhead(),
    ]);
    const pdf = await renderAnnualReport(year, results, notFulfilled, letterhead?.image ?? null);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', attachmentDisposition(`arsrapport-${year}.pdf`));
    return new StreamableFile(pdf);
  }
}
