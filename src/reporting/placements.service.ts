import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Action } from '../access/access-policy';
import { AuthUser, principalOf } from '../auth/role';
import { ClauseParameters, ClauseType, TargetGroup } from '../clauses/clause.types';
import { todayInStockholm } from '../common/calendar';
import { AddedPlacement, addPlacementsToOutcome, judgePlacement, refreshClauseOutcomes } from './clause-outcomes';
import { Settled, WriteBatches } from './write-batches';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page, PaginationQueryDto } from '../common/pagination';
import { answered } from './answered';
import { CreatePlacementDto, PlacementDto, PlacementUploadDto, UpdatePlacementDto } from './dto/placement.dto';
import { Placement } from './entities/placement.entity';
import { IdempotencyContext } from './idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from './idempotency/idempotency.service';
import { reportPlacementsLockingOutcome, PlacementToStore, storeUploadedPlacements } from './placement-report.statement';
import { correctionRefusal } from './report-lifecycle';
import { attestedFactErrors, placementRuleErrors, ReportTerms, termsOf } from './placement-rules';
import { parsePlacementsFile, PlacementRow } from './placements-file';
import { placementsTemplateCsv, placementsTemplateXlsx } from './placement-templates';
import { Lang } from '../clauses/text/labels';
import { ReportAccessService } from './report-access.service';
import { CodedException, conflict, notFound } from '../common/errors/coded-exception';
import { conflictOnUniqueViolation } from '../common/errors/unique-violation';
import { PlacementFact } from './placements-progress';
import { VerificationStatus } from './reporting.types';
import './report-errors.messages';

/** A placement as it is reported: not yet verified, not withdrawn. */
const newPlacementFact = (dto: CreatePlacementDto): PlacementFact => ({
  kind: dto.kind, filled: dto.filled, offeredDate: dto.offeredDate, startDate: dto.startDate ?? null, endDate: dto.endDate ?? null,
  earlyEndDate: dto.earlyEndDate ?? null, earlyEndReason: dto.earlyEndReason ?? null, workingTimePercent: dto.workingTimePercent,
  targetGroup: dto.targetGroup, verificationStatus: VerificationStatus.Pending, withdrawalKind: null,
});

/** The terms of a clause as the contract follows it. */
const followedTerms = (on: { version: { parameters: ClauseParameters; targetGroups: TargetGroup[] }; contract: { startDate: string; endDate: string } }): ReportTerms =>
  termsOf({ parameters: on.version.parameters, targetGroups: on.version.targetGroups, contractStart: on.contract.startDate, contractEnd: on.contract.endDate });

/** A report waiting for its clause's turn (WriteBatches). */
interface QueuedReport {
  contractId: string;
  clauseId: string;
  dto: CreatePlacementDto;
  user: AuthUser;
}

/** Reports of one holder on one clause stored in one transaction at most (WriteBatches); bounds how long its lock is held. */
const MAX_REPORTS_PER_TRANSACTION = 32;

@Injectable()
export class PlacementsService {
  private readonly batches = new WriteBatches<QueuedReport, PlacementDto>(
    (reports) => this.dataSource.transaction((manager) => this.storeReports(manager, reports)),
    MAX_REPORTS_PER_TRANSACTION,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ReportAccessService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the report against the clause and contract, stores it with its earning and audit row,
   * and stores the clause's new outcome, all in one transaction. Reports of the same holder on the
   * same clause that arrive while one is being stored share the next transaction (WriteBatches):
   * they would wait for the clause's outcome row anyway. A report with an Idempotency-Key has a
   * transaction of its own, with its key row.
   */
  async create(contractId: string, clauseId: string, dto: CreatePlacementDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    const report: QueuedReport = { contractId, clauseId, dto, user };
    if (!idem.key) return { status: 201, body: await this.batches.submit(`${contractId}/${clauseId}/${user.role}/${principalOf(user)}`, report), replayed: false };
    return this.idempotency.run(user, idem, dto, async (manager) => {
      const [stored] = await this.storeReports(manager, [report]);
      if (!stored.ok) throw stored.error;
      return stored.value;
    });
  }

  /**
   * Stores reports of one holder (principalOf: a supplier, whoever of its users sends them) on one
   * clause of a contract in the caller's transaction, the access checked once for them all: each is
   * checked against the clause's terms and judged alone; those that pass are inserted with their
   * earnings and audit rows in one statement, which then locks the clause's outcome; the outcome is
   * stored with all of them. A report the rules refuse or a reference already taken is answered on
   * its own and stores nothing; a refused access fails them all.
   */
  private async storeReports(manager: EntityManager, reports: QueuedReport[]): Promise<Settled<PlacementDto>[]> {
    const { contractId, clauseId, user: holder } = reports[0];
    const on = await this.access.reportableClause(contractId, clauseId, holder, ClauseType.Placements, manager);
    const terms = termsOf(on);
    const today = todayInStockholm();
    const results: (Settled<PlacementDto> | undefined)[] = [];
    const toStore = new Map<string, { index: number; judged: AddedPlacement; report: PlacementToStore }>();
    const taken: number[] = [];
    reports.forEach(({ dto, user }, index) => {
      const errors = placementRuleErrors(dto, terms);
      if (errors.length) results[index] = { ok: false, error: new ValidationFailedException(errors) };
      // The same reference twice: the first is stored, the second finds it taken.
      else if (toStore.has(dto.reference)) taken.push(index);
      else {
        const judged = judgePlacement(on, newPlacementFact(dto), today);
        toStore.set(dto.reference, { index, judged, report: { placement: dto, user, earning: judged.earning } });
      }
    });
    const { stored, outcome } = toStore.size
      ? await reportPlacementsLockingOutcome(manager, on, contractId, clauseId, [...toStore.values()].map((r) => r.report))
      : { stored: new Map<string, Placement>(), outcome: undefined };
    const added: AddedPlacement[] = [];
    for (const [reference, { index, judged }] of toStore) {
      const placement = stored.get(reference);
      if (!placement) {
        taken.push(index);
        continue;
      }
      results[index] = { ok: true, value: PlacementDto.from(placement) };
      added.push(judged);
    }
    for (const index of taken) results[index] = { ok: false, error: await this.duplicate(manager, on.supplierId, reports[index].dto.reference) };
    if (added.length) await addPlacementsToOutcome(manager, contractId, clauseId, on, added, today, outcome);
    return results as Settled<PlacementDto>[];
  }

  /**
   * All rows are validated first; either every placement is stored or none, with an error per row.
   * Reading and validating the file holds no transaction (nor a pooled connection): the clause and
   * the references already taken are read with single queries, and only the write — the clause
   * read again, all rows and their audit rows in one statement, the clause's new outcome — runs in
   * one short transaction. The unique reference still guards against a race with another report.
   */
  upload(contractId: string, clauseId: string, file: Buffer, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.runPrepared(
      user,
      idem,
      file,
      () => this.checkedUpload(contractId, clauseId, file, user),
      async (manager, checked): Promise<PlacementUploadDto> => {
        const on = await this.access.reportableClause(contractId, clauseId, user, ClauseType.Placements, manager);
        const terms = termsOf(on);
        if (JSON.stringify(terms) !== JSON.stringify(checked.terms)) {
          const errors = checked.rows.flatMap(({ line, input }) => placementRuleErrors(input, terms, `rows.${line}.`));
          if (errors.length) throw new ValidationFailedException(errors);
        }
        // The references were checked before the transaction; one reported meanwhile is a 409.
        const stored = await conflictOnUniqueViolation('placement_reference_unique', { code: 'PLACEMENT_REFERENCE_TAKEN_MEANWHILE' },
          () => storeUploadedPlacements(manager, on, contractId, clauseId, checked.rows.map((r) => r.input), user));
        await refreshClauseOutcomes(manager, contractId, todayInStockholm(), clauseId);
        const items = stored.map(PlacementDto.from);
        return { stored: items.length, items };
      },
    );
  }

  /** The file's rows, checked against the clause's terms and the supplier's stored references. */
  private async checkedUpload(contractId: string, clauseId: string, file: Buffer, user: AuthUser): Promise<{ rows: PlacementRow[]; terms: ReportTerms }> {
    const on = await this.access.reportableClause(contractId, clauseId, user, ClauseType.Placements, this.dataSource.manager);
    const terms = termsOf(on);
    const { rows, errors } = await parsePlacementsFile(file, terms);
    const taken = await this.dataSource.manager.find(Placement, {
      select: { id: true, reference: true },
      where: { supplierId: on.supplierId, reference: In(rows.map((r) => r.input.reference).filter((r) => typeof r === 'string')) },
    });
    const takenBy = new Map(taken.map((p) => [p.reference, p.id]));
    for (const row of rows) {
      const existing = takenBy.get(row.input.reference);
      if (existing) {
        const field = `rows.${row.line}.reference`;
        errors.push(fieldError(field, 'PLACEMENT_ROW_REFERENCE_TAKEN', { reference: row.input.reference, id: existing }));
      }
    }
    if (errors.length) throw new ValidationFailedException(errors);
    return { rows, terms };
  }

  /** The CSV template, for those who may read the clause's placements. */
  async templateCsv(contractId: string, clauseId: string, lang: Lang, user: AuthUser): Promise<Buffer> {
    await this.access.clause(contractId, clauseId, user, Action.Read, ClauseType.Placements);
    return placementsTemplateCsv(lang);
  }

  /** The Excel template, its dropdowns offering the clause's own kinds and target groups. */
  async templateXlsx(contractId: string, clauseId: string, lang: Lang, user: AuthUser): Promise<Buffer> {
    const on = await this.access.clause(contractId, clauseId, user, Action.Read, ClauseType.Placements);
    return placementsTemplateXlsx(lang, followedTerms(on));
  }

  async list(contractId: string, clauseId: string, query: PaginationQueryDto, user: AuthUser): Promise<Page<PlacementDto>> {
    await this.access.clause(contractId, clauseId, user, Action.Read, ClauseType.Placements);
    const [rows, total] = await this.dataSource.manager.findAndCount(Placement, {
      where: { contractId, clauseId }, order: { offeredDate: 'ASC', reference: 'ASC' }, take: query.limit, skip: query.offset,
    });
    return { items: rows.map(PlacementDto.from), total, limit: query.limit, offset: query.offset };
  }

  async get(contractId: string, clauseId: string, id: string, user: AuthUser): Promise<PlacementDto> {
    await this.access.clause(contractId, clauseId, user, Action.Read, ClauseType.Placements);
    const placement = await this.dataSource.manager.findOneBy(Placement, { id, contractId, clauseId });
    if (!placement) throw notFound('PLACEMENT_NOT_FOUND', { id });
    return PlacementDto.from(placement);
  }

  /**
   * An end date, an early ending or a correction, until the pact office accepts the placement;
   * answering a questioned placement sends it back for verification.
   */
  update(contractId: string, clauseId: string, id: string, dto: UpdatePlacementDto, user: AuthUser): Promise<PlacementDto> {
    return this.dataSource.transaction(async (manager) => {
      const on = await this.access.clause(contractId, clauseId, user, Action.Report, ClauseType.Placements, manager);
      const placement = await manager.findOne(Placement, { where: { id, contractId, clauseId }, lock: { mode: 'pessimistic_write' } });
      if (!placement) throw notFound('PLACEMENT_NOT_FOUND', { id });
      const refusal = correctionRefusal(placement);
      if (refusal) throw conflict(refusal.code, refusal.params);
      const attested = attestedFactErrors(placement, dto);
      if (attested.length) throw new ValidationFailedException(attested);
      const before = PlacementDto.from(placement);
      Object.assign(placement, dto);
      const errors = placementRuleErrors(placement, followedTerms(on));
      if (errors.length) throw new ValidationFailedException(errors);
      const after = PlacementDto.from(await manager.save(answered(placement)));
      await this.audit.record(manager, user, { entityType: 'placement', entityId: id, action: 'UPDATE', before, after });
      await refreshClauseOutcomes(manager, contractId, todayInStockholm(), clauseId);
      return after;
    });
  }

  /** The 409 for a reference this supplier has already reported, naming the placement stored. */
  private async duplicate(manager: EntityManager, supplierId: string, reference: string): Promise<CodedException> {
    const [existing] = await manager.query(`SELECT id, contract_id FROM placement WHERE supplier_id = $1 AND reference = $2`, [supplierId, reference]);
    return existing
      ? conflict('PLACEMENT_REFERENCE_TAKEN_ON', { reference, id: existing.id, contractId: existing.contract_id })
      : conflict('PLACEMENT_REFERENCE_TAKEN', { reference });
  }
}
