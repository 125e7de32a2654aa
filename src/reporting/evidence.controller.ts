import { Controller, Get, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
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
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { AuthUser, Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-errors';
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
  @Roles(Role.Supplier)
  @ApiIdempotent()
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Attach a PDF, PNG or JPEG to a report (reportType: placements, dialogue-meetings, initiative-progress)' })
  @ApiCreatedResponse({ type: EvidenceFileDto })
  @ApiPayloadTooLargeResponse({ type: ApiError, description: 'Larger than EVIDENCE_MAX_BYTES' })
  async attach(
    @UuidParam('contractId') contractId: string,
    @ReportTypeParam() type: ReportType,
    @UuidParam('reportId') reportId: string,
    @UploadedFile() file: UploadedEvidence | undefined,
    @CurrentUser() user: AuthUser,
    @Idempotency() idem: IdempotencyContext,
    @Res({ passthrough: true }) res: Response,
  ): Promise<unknown> {
    if (!file) throw new ValidationFailedException([{ field: 'file', messages: ['file must be sent as multipart field "file"'] }]);
    return reply(res, await this.evidence.attach(contractId, type, reportId, file, user, idem));
  }

  @Get('reports/:reportType/:reportId/evidence')
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier)
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
  @Roles(Role.Officer, Role.PactOffice, Role.Supplier)
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiOkResponse({ description: 'The file as uploaded' })
  async content(
    @UuidParam('contractId') contractId: string,
    @UuidParam('fileId') fileId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    const { file, content } = await this.evidence.content(contractId, fileId, user);
    return new StreamableFile(content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"`,
      length: file.sizeBytes,
    });
  }
}
