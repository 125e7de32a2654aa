import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { BreachesService } from './breaches.service';
import { BreachDto, RemedyRequestListItemDto, RemedyRequestPageDto } from './dto/breach.dto';
import { LetterQueryDto, RemedyRequestListQueryDto } from './dto/breach-requests.dto';

/** A contract's remedy requests (its page) and the buyer's list of them across contracts. */
@ApiTags('breaches')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller()
export class ContractBreachesController {
  constructor(private readonly breaches: BreachesService) {}

  @Get('contracts/:contractId/breaches')
  @May(Action.Read)
  @ApiOperation({ summary: 'The remedy requests of all the contract’s clauses, newest first' })
  @ApiOkResponse({ type: [BreachDto], description: 'A decision’s calculation in `lang`' })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such contract, or not the supplier token’s own' })
  forContract(@UuidParam('contractId') contractId: string, @Query() query: LetterQueryDto, @CurrentUser() user: AuthUser): Promise<BreachDto[]> {
    return this.breaches.listForContract(contractId, user, query.lang);
  }

  @Get('follow-up/remedy-requests')
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOperation({ summary: 'Remedy requests by status (default OPEN); open ones by due date, overdue ones await a decision' })
  @ApiOkResponse({ type: RemedyRequestPageDto })
  followUp(@Query() query: RemedyRequestListQueryDto, @CurrentUser() user: AuthUser): Promise<Page<RemedyRequestListItemDto>> {
    return this.breaches.followUpList(query, user);
  }
}
