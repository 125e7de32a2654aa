import { Body, Controller, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { UuidParam } from '../common/uuid-param';
import { ReportTypeParam } from './dto/report-path.dto';
import { VerificationDto, VerifyReportDto } from './dto/verification.dto';
import { ReportType } from './reporting.types';
import { VerificationService } from './verification.service';

@ApiTags('follow-up')
@Controller('contracts/:contractId/reports/:reportType/:reportId/verification')
export class VerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Put()
  @May(Action.Verify)
  @ApiOperation({ summary: 'Accept a report, or question it with a reason (reportType: placements, dialogue-meetings, initiative-progress)' })
  @ApiOkResponse({ type: VerificationDto })
  @ApiBadRequestResponse({ type: ApiError, description: 'A QUESTIONED verdict needs a reason' })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError, description: 'The report was withdrawn or voided' })
  verify(
    @UuidParam('contractId') contractId: string,
    @ReportTypeParam() type: ReportType,
    @UuidParam('reportId') reportId: string,
    @Body() dto: VerifyReportDto,
    @CurrentUser() user: AuthUser,
  ): Promise<VerificationDto> {
    return this.verification.verify(contractId, type, reportId, dto, user);
  }
}
