import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Page } from '../common/pagination';
import { ListOutboxQueryDto, OutboxMessageDto, OutboxMessagePageDto } from './dto/outbox-message.dto';
import { OutboxService } from './outbox.service';

@ApiTags('mail')
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxService) {}

  /** Admins only: the messages hold one-time sign-in links and codes. */
  @Get()
  @Roles()
  @ApiOkResponse({ type: OutboxMessagePageDto, description: 'Newest first; without SMTP_URL every message stays PENDING here' })
  list(@Query() query: ListOutboxQueryDto): Promise<Page<OutboxMessageDto>> {
    return this.outbox.list(query);
  }
}
