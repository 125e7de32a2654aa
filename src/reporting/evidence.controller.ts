import { Controller, Get, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Action } from '../access/access-policy';
import { May } from '../access/may.decorator';
import { CurrentUser } from '../auth/auth.decorators';
import { AuthUser } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { FileUploadInterceptor } from '../common/multipart/file-upload.interceptor';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { attachmentDisposition } from '../common/http/content-disposition';
import { UuidParam } from '../common/uuid-param';
import { EvidenceFileDto } from './dto/evidence.dto';
import { ReportTypeParam } from './dto/report-path.dto';
import { EvidenceService, UploadedEvidence } from './evidence.service';
import { ApiIdempotent, Idempotency, IdempotencyContext, reply } from './idempotency/idempotency.decorator';
import { ReportType } from './reporting.types';

@ApiTags('reporting')
@ApiBadRequestResponse({ type: ApiError, description: 'Not a PDF, PNG or JPEG, or a bad path parameter' })
@ApiNotFoundResponse({ type: ApiError, description: 'No such contract, report or file, or not the supplier token’s own' })
@Controller('contracts/:contractId')
export class EvidenceController {
  constructor(private readonly evidence: EvidenceService) {}

  @Post('reports/:reportType/:reportId/evidence')
  @May(Action.Report)
  @ApiIdempotent()
  @UseInterceptors(FileUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({
    summary: 'Attach a PDF, PNG or JPEG to a report (reportType: placements, dialogue-meetings, initiative-progress)',
    description: 'The type is recognised by the content; the stored name gets that type\'s extension when it lacks it (poly.html holding a PDF is stored as poly.html.pdf).',
  })
  @ApiCreatedResponse({ type: EvidenceFileDto })
  @ApiPayloadTooLargeResponse({
    type: ApiError,
    description: 'Larger than EVIDENCE_MAX_BYTES, a multipart text field over 10 kB, or over EVIDENCE_MAX_FILES_PER_REPORT or EVIDENCE_MAX_BYTES_PER_SUPPLIER',
  })
  async attach(
    @UuidParam('contractId') contractId: string,
    @ReportTypeParam() type: ReportType,
    @UuidParam('reportId') reportId: string,
    @UploadedFile() file: UploadedEvidence | undefined,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    if (!file) throw new ValidationFailedException([fieldError('file', 'FIELD_FILE_MISSING')]);
    return reply(res, await this.evidence.attach(contractId, type, reportId, file, user, idem));
  }

  @Get('reports/:reportType/:reportId/evidence')
  @May(Action.Read)
  @ApiOkResponse({ type: [EvidenceFileDto] })
  list(
    @UuidParam('contractId') contractId: string,
    @ReportTypeParam() type: ReportType,
    @UuidParam('reportId') reportId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<EvidenceFileDto[]> {
    return this.evidence.list(contractId, type, reportId, user);
  }

  @Get('evidence/:fileId/content')
  @May(Action.Read)
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The file as uploaded, as an attachment named with the extension of its detected type' })
  async content(
    @UuidParam('contractId') contractId: string,
    @UuidParam('fileId') fileId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    const { file, content } = await this.evidence.content(contractId, fileId, user);
    return new StreamableFile(content, {
      type: file.contentType,
      disposition: attachmentDisposition(file.fileName),
      length: file.sizeBytes,
    });
  }
}
