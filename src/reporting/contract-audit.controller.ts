import { Controller, Get, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventDto, AuditEventPageDto } from '../audit/dto/audit-event.dto';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page, PaginationQueryDto } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { FollowUpListsService } from './follow-up-lists.service';

@ApiTags('follow-up')
@Controller('contracts/:contractId/audit')
export class ContractAuditController {
  constructor(private readonly lists: FollowUpListsService) {}

  @Get()
  @May(Action.ReadAudit)
  @ApiOperation({ summary: 'The audit trail of a contract and everything reported on it, newest first' })
  @ApiOkResponse({ type: AuditEventPageDto })
  @ApiNotFoundResponse({ type: ApiError })
  list(@UuidParam('contractId') contractId: string, @Query() query: PaginationQueryDto, @CurrentUser() user: AuthUser): Promise<Page<AuditEventDto>> {
    return this.lists.contractAudit(contractId, query, user);
  }
}
