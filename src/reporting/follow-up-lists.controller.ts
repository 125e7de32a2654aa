import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import {
  ClauseDeviationDto,
  ClauseDeviationPageDto,
  ClauseDeviationsQueryDto,
  OverdueReportDto,
  OverdueReportPageDto,
  OverdueReportsQueryDto,
  PendingReportDto,
  PendingReportPageDto,
  QuestionedReportDto,
  QuestionedReportPageDto,
  QuestionedReportsQueryDto,
} from './dto/follow-up-lists.dto';
import { FollowUpListsService } from './follow-up-lists.service';
import { ReaderLang } from '../common/http/reader-lang.decorator';
import { Lang } from '../common/i18n';

@ApiTags('follow-up')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid filter; `fields` names it' })
@Controller('follow-up')
export class FollowUpListsController {
  constructor(private readonly lists: FollowUpListsService) {}

  @Get('overdue-reports')
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Reporting periods past their due date without a submitted report, oldest first' })
  @ApiOkResponse({ type: OverdueReportPageDto })
  overdue(@Query() query: OverdueReportsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<OverdueReportDto>> {
    return this.lists.overdueReports(query, user);
  }

  @Get('clauses')
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Clauses by follow-up status; by default those AT_RISK or NOT_FULFILLED, most severe first' })
  @ApiOkResponse({ type: ClauseDeviationPageDto })
  clauses(@Query() query: ClauseDeviationsQueryDto, @CurrentUser() user: AuthUser, @ReaderLang() lang: Lang): Promise<Page<ClauseDeviationDto>> {
    return this.lists.clauseDeviations(query, user, lang);
  }

  @Get('pending-reports')
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Reports waiting for the pact office’s verdict, oldest first' })
  @ApiOkResponse({ type: PendingReportPageDto })
  pending(@Query() query: QuestionedReportsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<PendingReportDto>> {
    return this.lists.pendingReports(query, user);
  }

  @Get('questioned-reports')
  @Roles(Role.PactOffice, Role.Supplier)
  @ApiOperation({ summary: 'Reports the pact office has questioned; a supplier token sees its own, to answer them' })
  @ApiOkResponse({ type: QuestionedReportPageDto })
  questioned(@Query() query: QuestionedReportsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<QuestionedReportDto>> {
    return this.lists.questionedReports(query, user);
  }
}
