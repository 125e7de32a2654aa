import { Body, Controller, Get, Patch, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { attachmentDisposition } from '../common/http/content-disposition';
import { FileUploadInterceptor } from '../common/multipart/file-upload.interceptor';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page, PaginationQueryDto } from '../common/pagination';
import { UuidParam } from '../common/uuid-param';
import { CreatePlacementDto, PlacementDto, PlacementPageDto, PlacementUploadDto, UpdatePlacementDto } from './dto/placement.dto';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from './idempotency/idempotency.decorator';
import { PlacementsService } from './placements.service';
import { PLACEMENT_COLUMNS } from './placement-columns';
import { PlacementFileQueryDto } from './dto/placement-file.dto';
import { ReaderLang } from '../common/http/reader-lang.decorator';
import { Lang } from '../clauses/text/labels';
import { LimitConcurrentUploads } from './upload-slots';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('reporting')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input, or a personal identity number anywhere in it; `fields` names the field' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such contract, clause or placement, or not the supplier token’s own' })
@Controller('contracts/:contractId/clauses/:clauseId/placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementsService) {}

  @Post()
  @May(Action.Report)
  @ApiIdempotent()
  @ApiOperation({ summary: 'Report a placement offered (and perhaps filled) under a placements clause' })
  @ApiCreatedResponse({ type: PlacementDto })
  @ApiConflictResponse({ type: ApiError, description: 'The supplier has already reported this reference (on any contract)' })
  async create(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Body() dto: CreatePlacementDto,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    return reply(res, await this.placements.create(contractId, clauseId, dto, user, idem));
  }

  @Post('csv')
  @May(Action.Report)
  @ApiIdempotent()
  @UseInterceptors(LimitConcurrentUploads, FileUploadInterceptor)
  @ApiTooManyRequestsResponse({ type: ApiError, description: 'The supplier already has CSV_UPLOADS_PER_SUPPLIER uploads in progress; header Retry-After says when to retry' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    description:
      'An Excel workbook (.xlsx, told by its content) with one sheet of placements, or a UTF-8 CSV separated by ; or ,. ' +
      `Header row in Swedish, English or the API's names: ${PLACEMENT_COLUMNS.map((c) => `${c.header.sv} / ${c.header.en} / ${c.field}`).join('; ')}. ` +
      'Listed values as codes or as the Swedish or English words of the template; filled and establishmentProgramme accept ja/nej, yes/no, true/false. ' +
      'The template’s example row (reference (EXEMPEL) or (EXAMPLE)) is skipped. See docs/placement-files.md.',
  })
  @ApiOperation({ summary: 'Upload placements as Excel or CSV: all rows are stored, or none with an error per row (rows.<line>.<field>)' })
  @ApiCreatedResponse({ type: PlacementUploadDto })
  async upload(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    if (!file) throw new ValidationFailedException([fieldError('file', 'FIELD_FILE_MISSING_CSV')]);
    return reply(res, await this.placements.upload(contractId, clauseId, file.buffer, user, idem));
  }

  @Get('template.csv')
  @May(Action.Read)
  @ApiOperation({ summary: 'The CSV template: the header row in Swedish (English with lang=en or Accept-Language: en), UTF-8 with BOM, `;`' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV file', schema: { type: 'string' } })
  async templateCsv(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Query() query: PlacementFileQueryDto,
    @ReaderLang() readerLang: Lang,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.template('csv', contractId, clauseId, query.lang ?? readerLang, user, res);
  }

  @Get('template.xlsx')
  @May(Action.Read)
  @ApiOperation({
    summary: 'The Excel template: a sheet with an example row and dropdowns of the clause’s allowed values, and a sheet of instructions per column',
  })
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'Excel workbook', schema: { type: 'string', format: 'binary' } })
  async templateXlsx(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Query() query: PlacementFileQueryDto,
    @ReaderLang() readerLang: Lang,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    return this.template('xlsx', contractId, clauseId, query.lang ?? readerLang, user, res);
  }

  private async template(format: 'csv' | 'xlsx', contractId: string, clauseId: string, lang: Lang, user: AuthUser, res: Response): Promise<StreamableFile> {
    const file = format === 'csv'
      ? await this.placements.templateCsv(contractId, clauseId, lang, user)
      : await this.placements.templateXlsx(contractId, clauseId, lang, user);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX);
    res.setHeader('Content-Disposition', attachmentDisposition(`${lang === 'sv' ? 'platser-mall' : 'placements-template'}.${format}`));
    return new StreamableFile(file);
  }

  @Get()
  @May(Action.Read)
  @ApiOkResponse({ type: PlacementPageDto })
  list(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @Query() query: PaginationQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Page<PlacementDto>> {
    return this.placements.list(contractId, clauseId, query, user);
  }

  @Get(':placementId')
  @May(Action.Read)
  @ApiOkResponse({ type: PlacementDto })
  get(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('placementId') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<PlacementDto> {
    return this.placements.get(contractId, clauseId, id, user);
  }

  @Patch(':placementId')
  @May(Action.Report)
  @ApiOperation({
    summary: 'Correct a placement (any field but the reference: end date, early ending, …) until it is ACCEPTED; a questioned placement goes back to PENDING',
  })
  @ApiOkResponse({ type: PlacementDto })
  @ApiConflictResponse({ type: ApiError, description: 'The placement is ACCEPTED (only the pact office can void it) or was withdrawn' })
  update(
    @UuidParam('contractId') contractId: string,
    @UuidParam('clauseId') clauseId: string,
    @UuidParam('placementId') id: string,
    @Body() dto: UpdatePlacementDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PlacementDto> {
    return this.placements.update(contractId, clauseId, id, dto, user);
  }
}
