import { HttpException, Injectable } from '@nestjs/common';
import { CodedException, conflict, notFound } from '../common/errors/coded-exception';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AuthUser } from '../auth/role';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { BulkAcceptDto, BulkAcceptResultDto, ReportRefDto } from './dto/bulk-verification.dto';
import { VerificationDto, VerifyReportDto } from './dto/verification.dto';
import { IdempotencyContext } from './idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from './idempotency/idempotency.service';
import { REPORT_KINDS } from './report-kinds';
import { AnyReport, ReportAccessService } from './report-access.service';
import { verificationRefusal } from './report-lifecycle';
import { ReportType, VerificationStatus } from './reporting.types';
import { refreshClauseOutcomes } from './clause-outcomes';
import { todayInStockholm } from '../common/calendar';
import { SupplierEvents } from '../notifications/supplier-events';
import { DialogueMeeting } from './entities/dialogue-meeting.entity';
import { InitiativeProgress } from './entities/initiative-progress.entity';
import { Placement } from './entities/placement.entity';

@Injectable()
export class VerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly audit: AuditService,
    private readonly events: SupplierEvents,
    private readonly idempotency: IdempotencyService,
  ) {}

  /**
   * The pact office accepts a report or questions it with a reason; a questioned report goes back to
   * the supplier, whose users are told in the same transaction.
   */
  verify(contractId: string, type: ReportType, reportId: string, dto: VerifyReportDto, user: AuthUser): Promise<VerificationDto> {
    return this.dataSource.transaction(async (manager) => {
      const { verification, clauseId } = await this.record(manager, contractId, type, reportId, dto, user);
      await refreshClauseOutcomes(manager, contractId, todayInStockholm(), clauseId);
      return verification;
    });
  }

  /** `acceptMany` in one transaction, at most once per Idempotency-Key. */
  accept(dto: BulkAcceptDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, (manager) => this.acceptMany(manager, dto, user), 200);
  }

  /**
   * Accepts many reports at once, each through the same access check and rule as `verify`, in the
   * caller's transaction: one refused report refuses them all, its error naming its place in the
   * list. Each clause's outcome is refreshed once, after its reports are accepted.
   */
  private async acceptMany(manager: EntityManager, dto: BulkAcceptDto, user: AuthUser): Promise<BulkAcceptResultDto> {
    const refs = dto.reports;
    assertDistinct(refs);
    const contractOf = await this.contractsOf(manager, refs);
    // Locked in one order (by id), so two batches sharing reports wait for each other instead of deadlocking.
    const order = refs.map((_, i) => i).sort((a, b) => refs[a].reportId.localeCompare(refs[b].reportId));
    const results: VerificationDto[] = new Array(refs.length);
    const clauses = new Map<string, { contractId: string; clauseId: string }>();
    for (const i of order) {
      const { reportType, reportId } = refs[i];
      const contractId = contractOf.get(`${reportType} ${reportId}`);
      try {
        if (!contractId) throw notFound('REPORT_NOT_FOUND', { id: reportId });
        const { verification, clauseId } = await this.record(manager, contractId, reportType, reportId, { status: VerificationStatus.Accepted }, user);
        results[i] = verification;
        clauses.set(`${contractId} ${clauseId}`, { contractId, clauseId });
      } catch (error) {
        throw atIndex(error, i);
      }
    }
    const today = todayInStockholm();
    for (const { contractId, clauseId } of clauses.values()) await refreshClauseOutcomes(manager, contractId, today, clauseId);
    return { accepted: results.length, reports: results };
  }

  /** The contract of each listed report that exists, keyed by `type id`. */
  private async contractsOf(manager: EntityManager, refs: ReportRefDto[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    for (const type of Object.values(ReportType)) {
      const ids = refs.filter((r) => r.reportType === type).map((r) => r.reportId);
      if (ids.length === 0) continue;
      const rows = await manager.find(REPORT_KINDS[type].entity as typeof Placement, { select: { id: true, contractId: true }, where: { id: In(ids) } });
      for (const row of rows) found.set(`${type} ${row.id}`, row.contractId);
    }
    return found;
  }

  /** One verdict on one report, locked and checked, with its audit event and the supplier told of a question. */
  private async record(
    manager: EntityManager, contractId: string, type: ReportType, reportId: string, dto: VerifyReportDto, user: AuthUser,
  ): Promise<{ verification: VerificationDto; clauseId: string }> {
    const { report } = await this.access.report(contractId, type, reportId, user, Action.Verify, manager);
    const refusal = verificationRefusal(report);
    if (refusal) throw conflict(refusal.code, refusal.params);
    const before = verificationOf(type, report);
    report.verificationStatus = dto.status;
    report.verificationReason = dto.reason ?? (dto.status === VerificationStatus.Questioned ? report.verificationReason : null);
    report.verifiedBy = user.sub;
    report.verifiedAt = new Date();
    await manager.save(report);
    const after = verificationOf(type, report);
    await this.audit.record(manager, user, { entityType: REPORT_KINDS[type].table, entityId: reportId, action: 'STATUS_CHANGE', before, after });
    if (dto.status === VerificationStatus.Questioned) {
      await this.events.reportQuestioned(manager, {
        subjectType: REPORT_KINDS[type].table, reportId, contractId, clauseId: report.clauseId,
        summary: reportSummary(type, report), reason: report.verificationReason ?? '', verifiedAt: report.verifiedAt,
      });
    }
    return { verification: after, clauseId: report.clauseId };
  }
}

/** A report listed twice is a mistake in the list, not two verdicts: 400 naming the second place. */
function assertDistinct(refs: ReportRefDto[]): void {
  const seen = new Map<string, number>();
  refs.forEach((ref, i) => {
    const key = `${ref.reportType} ${ref.reportId.toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ValidationFailedException([fieldError(`reports.${i}`, 'VERIFICATION_REPORT_LISTED_TWICE', { first: `reports.${first}` })]);
    }
    seen.set(key, i);
  });
}

/**
 * The error of one report in a batch, as the single route would answer it, naming where in the list
 * it stands: a coded error keeps its code and gains the item as its field.
 */
function atIndex(error: unknown, index: number): unknown {
  if (!(error instanceof HttpException) || error instanceof ValidationFailedException) return error;
  if (!(error instanceof CodedException)) return error;
  return new CodedException(error.getStatus(), error.coded.code, error.coded.params, [{ field: `reports.${index}`, codes: [error.coded] }]);
}

function verificationOf(type: ReportType, report: AnyReport): VerificationDto {
  return {
    reportType: type,
    reportId: report.id,
    verificationStatus: report.verificationStatus,
    verificationReason: report.verificationReason,
    verifiedBy: report.verifiedBy,
    verifiedAt: report.verifiedAt?.toISOString() ?? null,
  };
}

/** Which report, as the supplier knows it and without personal data: a placement's own reference, the dates. */
function reportSummary(type: ReportType, report: AnyReport): string {
  switch (type) {
    case ReportType.Placement: {
      const p = report as Placement;
      return `${p.reference}, ${p.startDate ?? p.offeredDate}`;
    }
    case ReportType.DialogueMeeting:
      return (report as DialogueMeeting).heldOn;
    case ReportType.InitiativeProgress: {
      const p = report as InitiativeProgress;
      return `${p.milestoneTitle}, ${p.reportedOn}`;
    }
  }
}
