import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { BulkAcceptDto, BulkAcceptResultDto, MAX_BULK_REPORTS } from './dto/bulk-verification.dto';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from './idempotency/idempotency.decorator';
import { VerificationService } from './verification.service';

@ApiTags('follow-up')
@Controller('verifications')
export class BulkVerificationController {
  constructor(private readonly verification: VerificationService) {}

  @Post('accept')
  @HttpCode(200)
  @May(Action.Verify)
  @ApiIdempotent()
  @ApiOperation({
    summary: `Accept up to ${MAX_BULK_REPORTS} reports at once, all or none`,
    description: 'Each report is accepted as PUT …/verification with status ACCEPTED would accept it. If any one is refused, none is accepted '
      + 'and the answer is that report’s error, its message starting with its place in the list (reports.3: …). Questioning needs a reason '
      + 'per report: use the single route.',
  })
  @ApiOkResponse({ type: BulkAcceptResultDto })
  @ApiBadRequestResponse({ type: ApiError, description: '`fields` names the offending item, e.g. reports.3.reportId' })
  @ApiForbiddenResponse({ type: ApiError, description: 'Only the pact office verifies reports' })
  @ApiNotFoundResponse({ type: ApiError, description: 'A listed report does not exist; nothing was accepted' })
  @ApiConflictResponse({ type: ApiError, description: 'A listed report was withdrawn or voided; nothing was accepted' })
  async accept(
    @Body() dto: BulkAcceptDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.verification.accept(dto, user, idem));
  }
}
