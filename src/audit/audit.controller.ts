import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { Page } from '../common/pagination';
import { AuditService } from './audit.service';
import { AuditEventDto, AuditEventPageDto, ListAuditEventsQueryDto } from './dto/audit-event.dto';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(Role.PactOffice)
  @ApiOkResponse({ type: AuditEventPageDto, description: 'Newest first; filter by entity to see one record’s history' })
  list(@Query() query: ListAuditEventsQueryDto): Promise<Page<AuditEventDto>> {
    return this.audit.list(query);
  }
}
