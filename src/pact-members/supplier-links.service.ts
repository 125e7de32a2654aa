import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { Page } from '../common/pagination';
import { Supplier } from '../suppliers/entities/supplier.entity';
import { CreateSupplierLinkDto, ListSupplierLinksQueryDto, SupplierLinkDto, SupplierLinkRow } from './dto/supplier-link.dto';
import { Invitation } from './entities/invitation.entity';
import { PactMember } from './entities/pact-member.entity';
import { SupplierLink } from './entities/supplier-link.entity';
import { todayInStockholm } from '../common/calendar';
import { InvitationOutcome, LinkMatch } from './pact-member.types';
import { conflict, notFound } from '../common/errors/coded-exception';
import '../access/access.messages';
import './pact-member-errors.messages';

const LINK_SELECT = `
  SELECT k.id, k.member_id AS "memberId", m.name AS "memberName", k.supplier_id AS "supplierId",
         s.name AS "supplierName", s.org_number AS "orgNumber", k.matched_by AS "matchedBy", k.linked_at AS "linkedAt"
  FROM pact_member_supplier_link k
  JOIN pact_member m ON m.id = k.member_id
  JOIN supplier s ON s.id = k.supplier_id`;

@Injectable()
export class SupplierLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Links a supplier to the member with its organisation number, automatically; only when no member
   * has it may the caller name a member (e.g. the group a subsidiary belongs to).
   */
  async create(dto: CreateSupplierLinkDto, user: AuthUser): Promise<SupplierLinkDto> {
    return this.dataSource.transaction(async (manager) => {
      const supplier = await manager.findOne(Supplier, { where: { id: dto.supplierId }, lock: { mode: 'pessimistic_write' } });
      if (!supplier) throw notFound('SUPPLIER_NOT_FOUND', { id: dto.supplierId });
      const sameNumber = await manager.findOneBy(PactMember, { orgNumber: supplier.orgNumber });
      if (sameNumber && dto.memberId && dto.memberId !== sameNumber.id) {
        throw conflict('LINK_ORG_NUMBER_OF_OTHER_MEMBER', { supplier: supplier.name, member: sameNumber.name, memberId: sameNumber.id });
      }
      const member = sameNumber ?? (dto.memberId ? await manager.findOneBy(PactMember, { id: dto.memberId }) : null);
      if (!member) {
        throw dto.memberId
          ? notFound('MEMBER_NOT_FOUND', { id: dto.memberId })
          : notFound('LINK_NO_MEMBER_WITH_ORG_NUMBER', { orgNumber: supplier.orgNumber });
      }
      return this.link(manager, supplier, member, sameNumber ? LinkMatch.OrgNumber : LinkMatch.Manual, user);
    });
  }

  /** Called when a member is registered: links the supplier with the same organisation number, if any. */
  async linkSupplierWithSameOrgNumber(manager: EntityManager, member: PactMember, user: AuthUser): Promise<SupplierLinkDto | null> {
    const supplier = await manager.findOne(Supplier, { where: { orgNumber: member.orgNumber }, lock: { mode: 'pessimistic_write' } });
    if (!supplier || (await manager.existsBy(SupplierLink, { supplierId: supplier.id }))) return null;
    return this.link(manager, supplier, member, LinkMatch.OrgNumber, user);
  }

  /** Links within the caller's transaction and closes the supplier's pending invitation as JOINED. */
  async link(manager: EntityManager, supplier: Supplier, member: PactMember, matchedBy: LinkMatch, user: AuthUser): Promise<SupplierLinkDto> {
    const existing = await this.findRow(manager, 'k.supplier_id = $1', [supplier.id]);
    if (existing) {
      throw conflict('LINK_ALREADY_LINKED', { supplier: supplier.name, member: existing.memberName, memberId: existing.memberId });
    }
    const saved = await manager.save(
      manager.create(SupplierLink, { memberId: member.id, supplierId: supplier.id, matchedBy, linkedBy: user.sub }),
    );
    const link = SupplierLinkDto.from((await this.findRow(manager, 'k.id = $1', [saved.id]))!);
    await this.audit.record(manager, user, { entityType: 'pact_member_supplier_link', entityId: saved.id, action: 'LINK', after: link });

    const pending = await manager.findOne(Invitation, {
      where: { supplierId: supplier.id, outcome: InvitationOutcome.Pending },
      lock: { mode: 'pessimistic_write' },
    });
    if (pending) {
      const before = { ...pending };
      Object.assign(pending, {
        outcome: InvitationOutcome.Joined,
        outcomeOn: todayInStockholm(),
        memberId: member.id,
        outcomeNote: pending.outcomeNote ?? `Recorded when the supplier was linked to member ${member.name}`,
      });
      await manager.save(pending);
      await this.audit.record(manager, user, { entityType: 'pact_invitation', entityId: pending.id, action: 'OUTCOME', before, after: pending });
    }
    return link;
  }

  async list(query: ListSupplierLinksQueryDto): Promise<Page<SupplierLinkDto>> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (query.memberId) conditions.push(`k.member_id = $${params.push(query.memberId)}`);
    if (query.supplierId) conditions.push(`k.supplier_id = $${params.push(query.supplierId)}`);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const n = params.length;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`${LINK_SELECT} ${where} ORDER BY k.linked_at DESC, k.id LIMIT $${n + 1} OFFSET $${n + 2}`, [
        ...params,
        query.limit,
        query.offset,
      ]) as Promise<SupplierLinkRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM pact_member_supplier_link k ${where}`, params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map(SupplierLinkDto.from), total, limit: query.limit, offset: query.offset };
  }

  async remove(id: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await this.findRow(manager, 'k.id = $1', [id]);
      if (!row) throw notFound('LINK_NOT_FOUND', { id });
      await manager.delete(SupplierLink, { id });
      await this.audit.record(manager, user, {
        entityType: 'pact_member_supplier_link',
        entityId: id,
        action: 'UNLINK',
        before: SupplierLinkDto.from(row),
      });
    });
  }

  async findRow(manager: EntityManager, condition: string, params: unknown[]): Promise<SupplierLinkRow | null> {
    const [row] = (await manager.query(`${LINK_SELECT} WHERE ${condition}`, params)) as SupplierLinkRow[];
    return row ?? null;
  }
}
