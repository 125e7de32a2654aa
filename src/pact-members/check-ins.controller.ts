import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { PaginationQueryDto } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { CheckInsService } from './check-ins.service';
import { CheckInDto, CreateCheckInDto, OverdueCheckInPageDto, UpdateCheckInDto } from './dto/check-in.dto';

@ApiTags('pact members')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller('pact-members')
export class CheckInsController {
  constructor(private readonly checkIns: CheckInsService) {}

  @Get('check-ins/overdue')
  @Roles(Role.PactOffice, Role.Officer)
  @ApiOperation({
    summary: 'Current members whose last annual check-in (or membership start) is more than CHECK_IN_OVERDUE_MONTHS old',
  })
  @ApiOkResponse({ type: OverdueCheckInPageDto })
  overdue(@Query() query: PaginationQueryDto): Promise<OverdueCheckInPageDto> {
    return this.checkIns.overdue(query);
  }

  @Post(':memberId/check-ins')
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Record an annual check-in (årlig avstämning) with a member' })
  @ApiCreatedResponse({ type: CheckInDto })
  @ApiNotFoundResponse({ type: ApiError })
  create(@UuidParam('memberId') memberId: string, @Body() dto: CreateCheckInDto, @CurrentUser() user: AuthUser): Promise<CheckInDto> {
    return this.checkIns.create(memberId, dto, user);
  }

  @Get(':memberId/check-ins')
  @Roles(Role.PactOffice, Role.Officer)
  @ApiOkResponse({ type: [CheckInDto], description: 'Newest first' })
  @ApiNotFoundResponse({ type: ApiError })
  list(@UuidParam('memberId') memberId: string): Promise<CheckInDto[]> {
    return this.checkIns.list(memberId);
  }

  @Patch(':memberId/check-ins/:checkInId')
  @Roles(Role.PactOffice)
  @ApiOkResponse({ type: CheckInDto })
  @ApiNotFoundResponse({ type: ApiError })
  update(
    @UuidParam('memberId') memberId: string,
    @UuidParam('checkInId') checkInId: string,
    @Body() dto: UpdateCheckInDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CheckInDto> {
    return this.checkIns.update(memberId, checkInId, dto, user);
  }
}
