import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { UuidParam } from '../common/uuid-param';
import { ClausesService } from './clauses.service';
import { ClauseDto, ClauseVersionDto, CreateClauseDto, UpdateClauseDto } from './dto/clause.dto';

const versionParam = new ParseIntPipe({
  exceptionFactory: () => new ValidationFailedException([fieldError('version', 'FIELD_NOT_WHOLE_NUMBER')]),
});

@ApiTags('clauses')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@ApiNotFoundResponse({ type: ApiError })
@Controller()
export class ClausesController {
  constructor(private readonly clauses: ClausesService) {}

  @Post('procurements/:id/clauses')
  @Roles(Role.Officer)
  @ApiOperation({ summary: 'Add a clause to a draft procurement; it gets the next clause number' })
  @ApiCreatedResponse({ type: ClauseDto })
  @ApiConflictResponse({ type: ApiError, description: 'The procurement is no longer a draft' })
  create(@UuidParam('id') id: string, @Body() dto: CreateClauseDto, @CurrentUser() user: AuthUser): Promise<ClauseDto> {
    return this.clauses.create(id, dto, user);
  }

  @Get('procurements/:id/clauses')
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOkResponse({ type: [ClauseDto], description: 'In clause-number order, each with its current version' })
  list(@UuidParam('id') id: string): Promise<ClauseDto[]> {
    return this.clauses.listForProcurement(id);
  }

  @Get('clauses/:id')
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOkResponse({ type: ClauseDto })
  get(@UuidParam('id') id: string): Promise<ClauseDto> {
    return this.clauses.get(id);
  }

  @Patch('clauses/:id')
  @Roles(Role.Officer)
  @ApiOperation({
    summary: 'Change a clause: in place while the procurement is a draft; once published, a new version with a changeReason',
  })
  @ApiOkResponse({ type: ClauseDto })
  @ApiConflictResponse({ type: ApiError, description: 'The procurement is completed or cancelled' })
  update(@UuidParam('id') id: string, @Body() dto: UpdateClauseDto, @CurrentUser() user: AuthUser): Promise<ClauseDto> {
    return this.clauses.update(id, dto, user);
  }

  @Delete('clauses/:id')
  @HttpCode(204)
  @Roles(Role.Officer)
  @ApiOperation({ summary: 'Remove a clause from a draft; the following clauses are renumbered' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ApiError, description: 'The procurement is no longer a draft' })
  remove(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.clauses.remove(id, user);
  }

  @Get('clauses/:id/versions')
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOkResponse({ type: [ClauseVersionDto], description: 'Every version, oldest first' })
  versions(@UuidParam('id') id: string): Promise<ClauseVersionDto[]> {
    return this.clauses.listVersions(id);
  }

  @Get('clauses/:id/versions/:version')
  @Roles(Role.Officer, Role.PactOffice)
  @ApiOkResponse({ type: ClauseVersionDto })
  version(@UuidParam('id') id: string, @Param('version', versionParam) version: number): Promise<ClauseVersionDto> {
    return this.clauses.getVersion(id, version);
  }
}
