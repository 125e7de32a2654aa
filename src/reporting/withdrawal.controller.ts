import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { UuidParam } from '../common/uuid-param';
import { ReportTypeParam } from './dto/report-path.dto';
import { WithdrawalDto, WithdrawReportDto } from './dto/withdrawal.dto';
import { ReportType } from './reporting.types';
import { WithdrawalService } from './withdrawal.service';

@ApiTags('follow-up')
@Controller('contracts/:contractId/reports/:reportType/:reportId/withdrawal')
export class WithdrawalController {
  constructor(private readonly withdrawals: WithdrawalService) {}

  @Post()
  @May(Action.Withdraw)
  @ApiOperation({
    summary: 'Take a report back with a reason: the supplier withdraws it until it is ACCEPTED; afterwards only the pact office can void it '
      + '(reportType: placements, dialogue-meetings, initiative-progress)',
  })
  @ApiCreatedResponse({ type: WithdrawalDto })
  @ApiBadRequestResponse({ type: ApiError, description: 'The reason is missing or too long' })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such report on the contract, or not the supplier token’s own' })
  @ApiConflictResponse({ type: ApiError, description: 'Already withdrawn or voided, or ACCEPTED and the caller is the supplier' })
  withdraw(
    @UuidParam('contractId') contractId: string,
    @ReportTypeParam() type: ReportType,
    @UuidParam('reportId') reportId: string,
    @Body() dto: WithdrawReportDto,
    @CurrentUser() user: AuthUser,
  ): Promise<WithdrawalDto> {
    return this.withdrawals.withdraw(contractId, type, reportId, dto, user);
  }
}
