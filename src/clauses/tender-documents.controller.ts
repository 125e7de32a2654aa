import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { Role } from '../auth/role';
import { ApiError } from '../common/errors/api-error';
import { attachmentDisposition } from '../common/http/content-disposition';
import { UuidParam } from '../common/uuid-param';
import { AnnexQueryDto, ClauseTextQueryDto, EformsDto, ProcurementTextQueryDto } from './dto/clause.dto';
import { TenderDocumentsService } from './tender-documents.service';

const CONTENT_TYPES = { text: 'text/plain; charset=utf-8', markdown: 'text/markdown; charset=utf-8' } as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

@ApiTags('tender documents')
@ApiBadRequestResponse({ type: ApiError, description: 'Invalid input; `fields` names each offending field' })
@ApiNotFoundResponse({ type: ApiError })
@Roles(Role.Officer, Role.PactOffice)
@Controller()
export class TenderDocumentsController {
  constructor(private readonly documents: TenderDocumentsService) {}

  @Get('clauses/:id/text')
  @ApiOperation({ summary: 'The clause text for the tender documents, as plain text or Markdown, Swedish (default) or English' })
  @ApiProduces(CONTENT_TYPES.text, CONTENT_TYPES.markdown)
  @ApiOkResponse({ schema: { type: 'string', example: 'Klausul 1. Sysselsättningskrav\n…' } })
  async clauseText(@UuidParam('id') id: string, @Query() query: ClauseTextQueryDto): Promise<StreamableFile> {
    const text = await this.documents.clauseText(id, query.format, query.lang, query.version);
    return new StreamableFile(Buffer.from(text, 'utf8'), { type: CONTENT_TYPES[query.format] });
  }

  @Get('procurements/:id/clause-text')
  @ApiOperation({ summary: 'All clauses of the procurement as one text; the published versions once it is published' })
  @ApiProduces(CONTENT_TYPES.text, CONTENT_TYPES.markdown)
  @ApiOkResponse({ schema: { type: 'string' } })
  async procurementText(@UuidParam('id') id: string, @Query() query: ProcurementTextQueryDto): Promise<StreamableFile> {
    const text = await this.documents.procurementText(id, query.format, query.lang);
    return new StreamableFile(Buffer.from(text, 'utf8'), { type: CONTENT_TYPES[query.format] });
  }

  @Get('procurements/:id/annex.pdf')
  @ApiOperation({ summary: 'The PDF tender annex: reference number, title, date, each clause with its heading, page numbers' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Cache-Control', 'no-store')
  async annex(@UuidParam('id') id: string, @Query() query: AnnexQueryDto): Promise<StreamableFile> {
    const { content, filename } = await this.documents.annex(id, query.lang, 'pdf');
    return new StreamableFile(content, { type: 'application/pdf', disposition: `inline; filename="${filename}"` });
  }

  @Get('procurements/:id/annex.docx')
  @ApiOperation({ summary: 'The tender annex as a Word document: the same content, headings, reference number and page numbers as the PDF' })
  @ApiProduces(DOCX)
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Cache-Control', 'no-store')
  async annexDocx(@UuidParam('id') id: string, @Query() query: AnnexQueryDto): Promise<StreamableFile> {
    const { content, filename } = await this.documents.annex(id, query.lang, 'docx');
    return new StreamableFile(content, { type: DOCX, disposition: attachmentDisposition(filename) });
  }

  @Get('procurements/:id/eforms')
  @ApiOperation({ summary: 'eForms values: BT-06 strategic procurement and BT-775 social objectives (and BT-777 description)' })
  @ApiOkResponse({ type: EformsDto })
  eforms(@UuidParam('id') id: string): Promise<EformsDto> {
    return this.documents.eforms(id);
  }
}
