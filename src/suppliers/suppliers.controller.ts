import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { CreateSupplierDto, ListSuppliersQueryDto, SupplierDto, SupplierPageDto, UpdateSupplierDto } from './dto/supplier.dto';
import { SuppliersService } from './suppliers.service';

@ApiTags('suppliers')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@Controller('suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Post()
  @Roles(Role.Officer)
  @ApiCreatedResponse({ type: SupplierDto })
  @ApiConflictResponse({ type: ApiError, description: 'A supplier with that organisation number exists' })
  create(@Body() dto: CreateSupplierDto, @CurrentUser() user: AuthUser): Promise<SupplierDto> {
    return this.suppliers.create(dto, user);
  }

  @Get()
  @May(Action.Read)
  @ApiOkResponse({ type: SupplierPageDto, description: 'A supplier token sees only its own supplier' })
  list(@Query() query: ListSuppliersQueryDto, @CurrentUser() user: AuthUser): Promise<Page<SupplierDto>> {
    return this.suppliers.list(query, user);
  }

  @Get(':id')
  @May(Action.Read)
  @ApiOkResponse({ type: SupplierDto })
  @ApiNotFoundResponse({ type: ApiError, description: 'No such supplier, or not the token’s own' })
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<SupplierDto> {
    return this.suppliers.get(id, user);
  }

  @Patch(':id')
  @May(Action.ManageSupplier)
  @ApiOkResponse({ type: SupplierDto })
  @ApiNotFoundResponse({ type: ApiError })
  @ApiConflictResponse({ type: ApiError })
  update(@UuidParam('id') id: string, @Body() dto: UpdateSupplierDto, @CurrentUser() user: AuthUser): Promise<SupplierDto> {
    return this.suppliers.update(id, dto, user);
  }
}
