import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { attachmentDisposition } from '../common/http/content-disposition';
import { fileUploadInterceptor } from '../common/multipart/file-upload.interceptor';
import { Page } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from '../reporting/idempotency/idempotency.decorator';
import { ContractingUnitsService } from './contracting-units.service';
import {
  ContractingUnitDto,
  ContractingUnitPageDto,
  CreateContractingUnitDto,
  ListContractingUnitsQueryDto,
  UpdateContractingUnitDto,
} from './dto/contracting-unit.dto';
import { LETTERHEAD_MAX_BYTES } from './letterhead-check';

@ApiTags('contracting units')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such contracting unit' })
@Roles(Role.Officer, Role.PactOffice)
@Controller('contracting-units')
export class ContractingUnitsController {
  constructor(private readonly units: ContractingUnitsService) {}

  @Get()
  @ApiOperation({ summary: 'The registered contracting units, by name' })
  @ApiOkResponse({ type: ContractingUnitPageDto })
  list(@Query() query: ListContractingUnitsQueryDto): Promise<Page<ContractingUnitDto>> {
    return this.units.list(query);
  }

  @Post()
  @Roles(Role.Officer)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Register a contracting unit with the contact that supports its suppliers' })
  @ApiCreatedResponse({ type: ContractingUnitDto })
  @ApiConflictResponse({ type: ApiError, description: 'A unit of that name (whatever the letter case) exists' })
  async create(
    @Body() dto: CreateContractingUnitDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.units.create(dto, user, idem));
  }

  @Get(':id')
  @ApiOkResponse({ type: ContractingUnitDto })
  get(@UuidParam('id') id: string): Promise<ContractingUnitDto> {
    return this.units.get(id);
  }

  @Patch(':id')
  @Roles(Role.Officer)
  @ApiOperation({ summary: 'Rename a unit or replace its support contact (a new contact replaces the whole contact)' })
  @ApiOkResponse({ type: ContractingUnitDto })
  @ApiConflictResponse({ type: ApiError, description: 'A unit of that name (whatever the letter case) exists' })
  update(@UuidParam('id') id: string, @Body() dto: UpdateContractingUnitDto, @CurrentUser() user: AuthUser): Promise<ContractingUnitDto> {
    return this.units.update(id, dto, user);
  }

  @Put(':id/letterhead')
  @Roles(Role.Officer)
  @UseInterceptors(fileUploadInterceptor(() => LETTERHEAD_MAX_BYTES))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Upload the letterhead (a PNG or JPEG logo) printed at the top of the unit’s tender annexes and letters',
    description: 'Recognised by its content; at most 512 kB and 4000 × 4000 pixels. It replaces any earlier letterhead.',
  })
  @ApiOkResponse({ type: ContractingUnitDto })
  @ApiPayloadTooLargeResponse({ type: ApiError, description: 'Larger than 512 kB' })
  setLetterhead(
    @UuidParam('id') id: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<ContractingUnitDto> {
    if (!file) throw new ValidationFailedException([fieldError('file', 'FIELD_FILE_MISSING')]);
    return this.units.setLetterhead(id, file.buffer, user);
  }

  @Get(':id/letterhead')
  @ApiProduces('image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The letterhead image as uploaded' })
  async letterhead(@UuidParam('id') id: string): Promise<StreamableFile> {
    const { image, mediaType } = await this.units.letterhead(id);
    return new StreamableFile(image, { type: mediaType, disposition: attachmentDisposition(`brevhuvud.${mediaType === 'image/png' ? 'png' : 'jpg'}`), length: image.length });
  }

  @Delete(':id/letterhead')
  @Roles(Role.Officer)
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the letterhead: the unit’s documents are printed without one' })
  @ApiNoContentResponse()
  removeLetterhead(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.units.removeLetterhead(id, user);
  }
}
