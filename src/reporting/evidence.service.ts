import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AuthUser } from '../auth/role';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { cleanFileName } from '../common/personal-data/file-name';
import { containsPersonalIdentityNumber } from '../common/personal-data/personal-identity-number';
import { EvidenceFileDto } from './dto/evidence.dto';
import { EvidenceFile } from './entities/evidence-file.entity';
import { lockedEvidenceUsage } from './evidence-file.repository';
import { EvidenceQuota, evidenceQuotaExceeded } from './evidence-quota';
import { detectEvidenceType, EVIDENCE_TYPES, withTypeExtension } from './file-type';
import { IdempotencyContext } from './idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from './idempotency/idempotency.service';
import { ReportAccessService } from './report-access.service';
import { ReportType } from './reporting.types';
import { notFound, tooLarge } from '../common/errors/coded-exception';
import './report-errors.messages';

export interface UploadedEvidence {
  originalname: string;
  buffer: Buffer;
}

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly config: ConfigService,
  ) {}

  attach(contractId: string, type: ReportType, reportId: string, file: UploadedEvidence, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    const limit = this.config.getOrThrow<number>('evidenceMaxBytes');
    if (file.buffer.length > limit) throw tooLarge('MULTIPART_FILE_TOO_LARGE', { limit });
    const fileName = cleanFileName(file.originalname);
    if (containsPersonalIdentityNumber(fileName)) {
      throw new ValidationFailedException([fieldError('file', 'PERSONAL_IDENTITY_NUMBER')]);
    }
    const contentType = detectEvidenceType(file.buffer);
    if (!contentType) {
      throw new ValidationFailedException([fieldError('file', 'EVIDENCE_TYPE', { allowed: EVIDENCE_TYPES.join(', ') })]);
    }
    const request = { type, reportId, name: file.originalname, content: file.buffer };
    return this.idempotency.run(user, idem, request, async (manager) => {
      const { contract } = await this.access.report(contractId, type, reportId, user, Action.Report, manager);
      const usage = await lockedEvidenceUsage(manager, contract.supplierId, type, reportId);
      const overQuota = evidenceQuotaExceeded(usage, file.buffer.length, this.quota());
      if (overQuota) throw tooLarge(overQuota.code, overQuota.params);
      const evidence = await manager.save(manager.create(EvidenceFile, {
        supplierId: contract.supplierId, contractId, reportType: type, reportId,
        fileName: withTypeExtension(fileName, contentType), contentType, sizeBytes: file.buffer.length,
        sha256: createHash('sha256').update(file.buffer).digest('hex'), content: file.buffer, createdBy: user.sub,
      }));
      const saved = EvidenceFileDto.from(evidence);
      await this.audit.record(manager, user, { entityType: 'evidence_file', entityId: saved.id, action: 'CREATE', after: saved });
      return saved;
    });
  }

  async list(contractId: string, type: ReportType, reportId: string, user: AuthUser): Promise<EvidenceFileDto[]> {
    await this.access.report(contractId, type, reportId, user, Action.Read);
    const files = await this.dataSource.manager.find(EvidenceFile, { where: { contractId, reportType: type, reportId }, order: { createdAt: 'ASC' } });
    return files.map(EvidenceFileDto.from);
  }

  async content(contractId: string, fileId: string, user: AuthUser): Promise<{ file: EvidenceFileDto; content: Buffer }> {
    await this.access.contract(contractId, user, Action.Read);
    const file = await this.dataSource.manager.createQueryBuilder(EvidenceFile, 'f')
      .addSelect('f.content').where('f.id = :fileId AND f.contract_id = :contractId', { fileId, contractId }).getOne();
    if (!file?.content) throw notFound('EVIDENCE_NOT_FOUND', { id: fileId });
    // Files stored before names followed the detected type are served under such a name too.
    return { file: { ...EvidenceFileDto.from(file), fileName: withTypeExtension(file.fileName, file.contentType) }, content: file.content };
  }

  private quota(): EvidenceQuota {
    return {
      maxFilesPerReport: this.config.getOrThrow<number>('evidenceMaxFilesPerReport'),
      maxBytesPerSupplier: this.config.getOrThrow<number>('evidenceMaxBytesPerSupplier'),
    };
  }
}
