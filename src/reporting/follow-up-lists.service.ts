import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditEventDto } from '../audit/dto/audit-event.dto';
import { AuditEvent } from '../audit/entities/audit-event.entity';
import { Action } from '../access/access-policy';
import { AccessService } from '../access/access.service';
import { AuthUser } from '../auth/role';
import { Page, PaginationQueryDto } from '../common/pagination';
import { Contract } from '../contracts/entities/contract.entity';
import { ContractsService } from '../contracts/contracts.service';
import { todayInStockholm } from '../common/calendar';
import { ClauseStatusService } from './clause-status.service';
import { BreachStatus, isOverdue } from '../breaches/breach.types';
import {
  ClauseDeviationDto,
  ClauseDeviationsQueryDto,
  OpenRemedyRequestDto,
  OverdueReportDto,
  OverdueReportsQueryDto,
  PendingReportDto,
  QuestionedReportDto,
  QuestionedReportsQueryDto,
} from './dto/follow-up-lists.dto';
import { RecoveryPlan } from './entities/recovery-plan.entity';
import { ClauseStatus, VerificationStatus } from './reporting.types';
import { ClauseType } from '../clauses/clause.types';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { clauseOutcomeSubject } from '../notifications/notification-kinds';
import { withReminders } from '../notifications/with-reminders';
import { Coded, Lang } from '../common/i18n';
import { JudgedLine, renderedStatus } from './clause-status-view';

/** Entity types whose rows belong to a contract through a `contract_id` column. */
const CONTRACT_PARTS = ['placement', 'dialogue_meeting', 'initiative_progress', 'evidence_file', 'recovery_plan', 'reporting_period', 'remedy_request'];

const SEVERITY = [ClauseStatus.NotFulfilled, ClauseStatus.AtRisk, ClauseStatus.OnTrack, ClauseStatus.NotStarted, ClauseStatus.Fulfilled];

/** Shared WHERE for the contract filters; `params` collects the values ($1, $2, …). */
function contractFilters(
  query: { supplierId?: string; contractId?: string; contractingUnit?: string; from?: string; to?: string }, params: unknown[],
): string {
  const where: string[] = [];
  if (query.from) where.push(`ct.end_date >= $${params.push(query.from)}::date`);
  if (query.to) where.push(`ct.start_date <= $${params.push(query.to)}::date`);
  if (query.supplierId) where.push(`ct.supplier_id = $${params.push(query.supplierId)}`);
  if (query.contractId) where.push(`ct.id = $${params.push(query.contractId)}`);
  if (query.contractingUnit) where.push(`p.contracting_unit = $${params.push(query.contractingUnit)}`);
  return where.map((w) => ` AND ${w}`).join('');
}

/** The pact office's deviation lists: overdue reports, clauses at risk or not fulfilled, questioned reports. */
@Injectable()
export class FollowUpListsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly statuses: ClauseStatusService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsRepository,
  ) {}

  async overdueReports(query: OverdueReportsQueryDto, user: AuthUser): Promise<Page<OverdueReportDto>> {
    const params: unknown[] = [query.asOf ?? todayInStockholm()];
    const scope = this.access.scopedSql(user, 'ct.supplier_id', params);
    const { rows, total } = await paged(this.dataSource,
      `SELECT rp.id AS row_key, rp.contract_id, ct.supplier_id, s.name AS supplier_name, p.reference_number, p.contracting_unit,
              rp.clause_id, c.number AS clause_number, c.type AS clause_type, rp.number AS period_number,
              rp.period_start::text, rp.period_end::text, rp.due_date::text, ($1::date - rp.due_date) AS days_overdue
         FROM reporting_period rp
         JOIN contract ct ON ct.id = rp.contract_id
         JOIN procurement p ON p.id = ct.procurement_id
         JOIN supplier s ON s.id = ct.supplier_id
         JOIN clause c ON c.id = rp.clause_id
        WHERE rp.submitted_at IS NULL AND rp.due_date < $1::date${scope}${contractFilters(query, params)}`,
      'due_date, reference_number, clause_number', params, query);
    const items = rows.map((r) => ({
      periodId: r.row_key, contractId: r.contract_id, supplierId: r.supplier_id, supplierName: r.supplier_name, referenceNumber: r.reference_number,
      contractingUnit: r.contracting_unit, clauseId: r.clause_id, clauseNumber: r.clause_number, clauseType: r.clause_type,
      periodNumber: r.period_number, periodStart: r.period_start, periodEnd: r.period_end, dueDate: r.due_date,
      daysOverdue: Number(r.days_overdue),
    })) as Omit<OverdueReportDto, 'reminder'>[];
    return {
      items: await withReminders(this.notifications, this.dataSource.manager, 'reporting_period', items, (i) => i.periodId),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /**
   * Clauses by status, most severe first. For today the list reads the stored outcomes (the same
   * statuses the results count), paged in SQL; for another day (`asOf`) each clause is judged by
   * the rules as of that day and paged in memory.
   */
  async clauseDeviations(query: ClauseDeviationsQueryDto, user: AuthUser, lang: Lang): Promise<Page<ClauseDeviationDto>> {
    const today = todayInStockholm();
    if (query.asOf && query.asOf !== today) return this.clauseDeviationsAsOf(query, query.asOf, user, lang);
    const params: unknown[] = [query.statuses(), SEVERITY];
    const scope = this.access.scopedSql(user, 'ct.supplier_id', params);
    const { rows, total } = await paged(this.dataSource,
      `SELECT o.contract_id::text || o.clause_id::text AS row_key, o.contract_id, o.clause_id, c.number AS clause_number, c.type,
              o.evaluated_on::text AS as_of, o.status, o.reasons, o.lines, o.bonus_sek, ct.supplier_id, s.name AS supplier_name,
              p.reference_number, p.contracting_unit, array_position($2::text[], o.status::text) AS severity,
              (SELECT max(rp.created_at) FROM recovery_plan rp WHERE rp.contract_id = o.contract_id AND rp.clause_id = o.clause_id) AS latest_plan
         FROM clause_outcome o
         JOIN contract ct ON ct.id = o.contract_id
         JOIN procurement p ON p.id = ct.procurement_id
         JOIN supplier s ON s.id = ct.supplier_id
         JOIN clause c ON c.id = o.clause_id
        WHERE o.status = ANY($1::text[])${scope}${contractFilters(query, params)}`,
      'severity, reference_number, clause_number', params, query);
    const items = rows.map((r): Omit<ClauseDeviationDto, 'openRemedyRequest' | 'reminder'> => ({
        contractId: r.contract_id as string, clauseId: r.clause_id as string, clauseNumber: Number(r.clause_number), type: r.type as ClauseType,
        asOf: r.as_of as string, status: r.status as ClauseStatus,
        ...renderedStatus({ reasons: r.reasons as (Coded | string)[], lines: r.lines as JudgedLine[] | null }, lang), ...(r.bonus_sek !== null ? { bonusSek: Number(r.bonus_sek) } : {}),
        // Per placement on the clause's own status page; the list keeps to the clause.
        placements: [],
        supplierId: r.supplier_id as string, supplierName: r.supplier_name as string, referenceNumber: r.reference_number as string,
        contractingUnit: r.contracting_unit as string, latestRecoveryPlanAt: r.latest_plan ? (r.latest_plan as Date).toISOString() : null,
    }));
    return { items: await this.withFollowUp(items), total, limit: query.limit, offset: query.offset };
  }

  /** The list as of another day: every clause judged by the rules on that day, paged in memory. */
  private async clauseDeviationsAsOf(
    query: ClauseDeviationsQueryDto, asOf: string, user: AuthUser, lang: Lang,
  ): Promise<Page<ClauseDeviationDto>> {
    const wanted = query.statuses();
    const qb = this.access.scoped(this.dataSource.getRepository(Contract).createQueryBuilder('ct')
      .innerJoinAndSelect('ct.procurement', 'p').innerJoinAndSelect('ct.supplier', 's').orderBy('p.reference_number'), user, 'ct.supplier_id');
    if (query.supplierId) qb.andWhere('ct.supplier_id = :supplierId', { supplierId: query.supplierId });
    if (query.contractId) qb.andWhere('ct.id = :contractId', { contractId: query.contractId });
    if (query.contractingUnit) qb.andWhere('p.contracting_unit = :unit', { unit: query.contractingUnit });
    if (query.from) qb.andWhere('ct.end_date >= :from', { from: query.from });
    if (query.to) qb.andWhere('ct.start_date <= :to', { to: query.to });
    const manager = this.dataSource.manager;
    const deviations: Omit<ClauseDeviationDto, 'openRemedyRequest' | 'reminder'>[] = [];
    for (const contract of await qb.getMany()) {
      for (const followed of await this.contracts.followedClauses(manager, contract.procurementId)) {
        const status = await this.statuses.evaluate(manager, contract, followed, asOf, lang);
        if (!wanted.includes(status.status)) continue;
        const plan = await manager.findOne(RecoveryPlan, { where: { contractId: contract.id, clauseId: followed.clause.id }, order: { createdAt: 'DESC' } });
        deviations.push({
          ...status, supplierId: contract.supplierId, supplierName: contract.supplier?.name ?? '',
          referenceNumber: contract.procurement?.referenceNumber ?? '', contractingUnit: contract.procurement?.contractingUnit ?? '',
          latestRecoveryPlanAt: plan?.createdAt.toISOString() ?? null,
        });
      }
    }
    deviations.sort((a, b) => SEVERITY.indexOf(a.status) - SEVERITY.indexOf(b.status));
    const items = await this.withFollowUp(deviations.slice(query.offset, query.offset + query.limit));
    return { items, total: deviations.length, limit: query.limit, offset: query.offset };
  }

  /** Each listed clause with its OPEN remedy request and when alerts about it went out: one query each for the page. */
  private async withFollowUp(items: Omit<ClauseDeviationDto, 'openRemedyRequest' | 'reminder'>[]): Promise<ClauseDeviationDto[]> {
    const withRequests = await this.withOpenRemedyRequests(items);
    return withReminders(this.notifications, this.dataSource.manager, 'clause_outcome', withRequests, clauseOutcomeSubject);
  }

  /** Each listed clause with its OPEN remedy request (at most one per clause of a contract), in one query. */
  private async withOpenRemedyRequests(
    items: Omit<ClauseDeviationDto, 'openRemedyRequest' | 'reminder'>[],
  ): Promise<Omit<ClauseDeviationDto, 'reminder'>[]> {
    const open: { id: string; contract_id: string; clause_id: string; due_date: string }[] = items.length === 0 ? [] : await this.dataSource.query(
      `SELECT r.id, r.contract_id, r.clause_id, r.due_date::text FROM remedy_request r
       JOIN unnest($1::uuid[], $2::uuid[]) AS listed(contract_id, clause_id) USING (contract_id, clause_id)
       WHERE r.status = 'OPEN'`,
      [items.map((i) => i.contractId), items.map((i) => i.clauseId)],
    );
    const today = todayInStockholm();
    return items.map((item) => {
      const r = open.find((o) => o.contract_id === item.contractId && o.clause_id === item.clauseId);
      const openRemedyRequest: OpenRemedyRequestDto | null = r
        ? { id: r.id, dueDate: r.due_date, overdue: isOverdue(BreachStatus.Open, r.due_date, today) }
        : null;
      return { ...item, openRemedyRequest };
    });
  }

  /** Audit events of the contract and of every row reported on it, newest first. */
  async contractAudit(contractId: string, query: PaginationQueryDto, user: AuthUser): Promise<Page<AuditEventDto>> {
    await this.contracts.findFor(user, Action.ReadAudit, contractId);
    const parts = CONTRACT_PARTS.map((table) => `SELECT '${table}'::varchar, id FROM ${table} WHERE contract_id = :contractId`).join(' UNION ALL ');
    const [rows, total] = await this.dataSource.getRepository(AuditEvent).createQueryBuilder('e')
      .where(`(e.entity_type, e.entity_id) IN (SELECT 'contract'::varchar, CAST(:contractId AS uuid) UNION ALL ${parts})`, { contractId })
      .orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC')
      .take(query.limit).skip(query.offset).getManyAndCount();
    return { items: await this.audit.withActors(rows), total, limit: query.limit, offset: query.offset };
  }

  /** Questioned reports still to answer (not withdrawn): all of them for the pact office, its own for a supplier token. */
  async questionedReports(query: QuestionedReportsQueryDto, user: AuthUser): Promise<Page<QuestionedReportDto>> {
    const { rows, total } = await this.reportsIn(VerificationStatus.Questioned, query, user, 'verified_at DESC, row_key');
    return {
      items: rows.map((r) => ({
        ...reportContext(r), reason: r.verification_reason, questionedAt: r.verified_at ? (r.verified_at as Date).toISOString() : null,
      })) as QuestionedReportDto[],
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** Reports waiting for the pact office's verdict (not withdrawn), oldest first. */
  async pendingReports(query: QuestionedReportsQueryDto, user: AuthUser): Promise<Page<PendingReportDto>> {
    const { rows, total } = await this.reportsIn(VerificationStatus.Pending, query, user, 'created_at, row_key');
    return {
      items: rows.map((r) => ({ ...reportContext(r), reportedAt: (r.created_at as Date).toISOString() })) as PendingReportDto[],
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  /** One page of the reports of every kind in a verification status, not withdrawn, within the user's scope and the filters. */
  private reportsIn(status: VerificationStatus, query: QuestionedReportsQueryDto, user: AuthUser, orderBy: string) {
    const params: unknown[] = [status];
    const filters = this.access.scopedSql(user, 'ct.supplier_id', params) + contractFilters(query, params);
    const typeFilter = query.reportType ? ` AND q.report_type = $${params.push(query.reportType)}` : '';
    return paged(this.dataSource,
      `SELECT q.id AS row_key, q.*, ct.supplier_id, s.name AS supplier_name, p.reference_number, p.contracting_unit
         FROM (
           SELECT 'PLACEMENT' AS report_type, id, contract_id, clause_id, reference AS summary, verification_reason, verified_at, created_at
             FROM placement WHERE verification_status = $1 AND withdrawal_kind IS NULL
           UNION ALL
           SELECT 'DIALOGUE_MEETING', id, contract_id, clause_id, meeting_kind || ' ' || held_on::text, verification_reason, verified_at, created_at
             FROM dialogue_meeting WHERE verification_status = $1 AND withdrawal_kind IS NULL
           UNION ALL
           SELECT 'INITIATIVE_PROGRESS', id, contract_id, clause_id, milestone_title, verification_reason, verified_at, created_at
             FROM initiative_progress WHERE verification_status = $1 AND withdrawal_kind IS NULL
         ) q
         JOIN contract ct ON ct.id = q.contract_id
         JOIN procurement p ON p.id = ct.procurement_id
         JOIN supplier s ON s.id = ct.supplier_id
        WHERE true${filters}${typeFilter}`,
      orderBy, params, query);
  }
}

/** What every report list says of a report and its contract. */
function reportContext(r: Record<string, unknown>) {
  return {
    reportType: r.report_type, reportId: r.id, contractId: r.contract_id, clauseId: r.clause_id, summary: r.summary,
    supplierId: r.supplier_id, supplierName: r.supplier_name, referenceNumber: r.reference_number, contractingUnit: r.contracting_unit,
  };
}

/**
 * One page of `matching` (which must select a non-null `row_key`) and the total count, in one
 * query that returns the total even when the page is past the end.
 */
async function paged(
  dataSource: DataSource, matching: string, orderBy: string, params: unknown[], page: { limit: number; offset: number },
): Promise<{ rows: Record<string, unknown>[]; total: number }> {
  const all = [...params, page.limit, page.offset];
  const rows: Record<string, unknown>[] = await dataSource.query(
    `WITH matching AS (${matching})
     SELECT t.total, m.* FROM (SELECT count(*) AS total FROM matching) t
     LEFT JOIN LATERAL (SELECT * FROM matching ORDER BY ${orderBy} LIMIT $${all.length - 1} OFFSET $${all.length}) m ON true`,
    all,
  );
  return { rows: rows.filter((r) => r.row_key !== null), total: Number(rows[0].total) };
}
