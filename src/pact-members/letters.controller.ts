import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { UuidParam } from '../common/uuid-param';
import { CreateLetterOfIntentDto, LetterOfIntentDto } from './dto/letter-of-intent.dto';
import { LettersService } from './letters.service';

const versionParam = new ParseIntPipe({
  exceptionFactory: () => new ValidationFailedException([fieldError('version', 'FIELD_NOT_WHOLE_NUMBER')]),
});

@ApiTags('pact members')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such member or version' })
@Controller('pact-members/:memberId/letters')
export class LettersController {
  constructor(private readonly letters: LettersService) {}

  @Post()
  @Roles(Role.PactOffice)
  @ApiOperation({ summary: 'Record a signed letter of intent; for a member that has one, a revision with a reason' })
  @ApiCreatedResponse({ type: LetterOfIntentDto })
  create(
    @UuidParam('memberId') memberId: string,
    @Body() dto: CreateLetterOfIntentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LetterOfIntentDto> {
    return this.letters.create(memberId, dto, user);
  }

  @Get()
  @Roles(Role.PactOffice, Role.Officer)
  @ApiOperation({ summary: 'Every version of the member’s letter of intent, newest first' })
  @ApiOkResponse({ type: [LetterOfIntentDto] })
  list(@UuidParam('memberId') memberId: string): Promise<LetterOfIntentDto[]> {
    return this.letters.list(memberId);
  }

  @Get(':version')
  @Roles(Role.PactOffice, Role.Officer)
  @ApiOkResponse({ type: LetterOfIntentDto })
  get(@UuidParam('memberId') memberId: string, @Param('version', versionParam) version: number): Promise<LetterOfIntentDto> {
    return this.letters.get(memberId, version);
  }
}
