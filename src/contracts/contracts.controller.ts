import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { UsersService } from '../users/users.service';
import { ContractsService } from './contracts.service';
import { AwardProcurementDto } from './dto/award.dto';
import { AwardedContractDto, ContractClauseDto, ContractDto, ContractPageDto, ListContractsQueryDto } from './dto/contract.dto';

@ApiTags('contracts')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller()
export class ContractsController {
  constructor(
    private readonly contracts: ContractsService,
    private readonly users: UsersService,
  ) {}

  @Post('procurements/:id/award')
  @HttpCode(201)
  @Roles(Role.Officer)
  @ApiOperation({ summary: 'Award a published procurement to a supplier; opens follow-up of its clauses' })
  @ApiCreatedResponse({ type: AwardedContractDto, description: 'With the supplier contact’s address to offer an invitation to' })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such procurement' })
  @ApiConflictResponse({ type: ApiError, description: 'The procurement is not PUBLISHED (e.g. already awarded)' })
  async award(@UuidParam('id') id: string, @Body() dto: AwardProcurementDto, @CurrentUser() user: AuthUser): Promise<AwardedContractDto> {
    const contract = await this.contracts.award(id, dto, user);
    return { ...contract, supplierContactInvitation: await this.users.contactInvitationFor(contract.supplierId) };
  }

  @Get('contracts')
  @May(Action.Read)
  @ApiOkResponse({ type: ContractPageDto, description: 'A supplier token sees only its own contracts' })
  list(@Query() query: ListContractsQueryDto, @CurrentUser() user: AuthUser): Promise<Page<ContractDto>> {
    return this.contracts.list(query, user);
  }

  @Get('contracts/:contractId')
  @May(Action.Read)
  @ApiOkResponse({ type: ContractDto })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such contract, or not the supplier token’s own' })
  get(@UuidParam('contractId') id: string, @CurrentUser() user: AuthUser): Promise<ContractDto> {
    return this.contracts.get(id, user);
  }

  @Get('contracts/:contractId/clauses')
  @May(Action.Read)
  @ApiOkResponse({ type: [ContractClauseDto], description: 'Each clause with its latest published version and reporting schedule' })
  @ApiNotFoundResponse({ type: ApiError })
  listClauses(@UuidParam('contractId') id: string, @CurrentUser() user: AuthUser): Promise<ContractClauseDto[]> {
    return this.contracts.listClauses(id, user);
  }

  @Get('contracts/:contractId/clauses/:clauseId')
  @May(Action.Read)
  @ApiOkResponse({ type: ContractClauseDto })
  @ApiNotFoundResponse({ type: ApiError })
  getClause(
    @UuidParam('contractId') id: string,
    @UuidParam('clauseId') clauseId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ContractClauseDto> {
    return this.contracts.getClause(id, clauseId, user);
  }
}
