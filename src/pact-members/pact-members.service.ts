import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { Page } from '../common/pagination';
import { CreatedPactMemberDto, CreatePactMemberDto, ListPactMembersQueryDto, PactMemberDto, UpdatePactMemberDto } from './dto/pact-member.dto';
import { PactMember } from './entities/pact-member.entity';
import { MemberFilter, MemberQuery, toMemberRow } from './member-query';
import { todayInStockholm } from '../common/calendar';
import { PACT_MEMBERS_CONFIG, PactMembersConfig } from './pact-members.config';
import { SupplierLinksService } from './supplier-links.service';
import { conflict, notFound } from '../common/errors/coded-exception';
import './pact-member-errors.messages';

@Injectable()
export class PactMembersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PACT_MEMBERS_CONFIG) private readonly config: PactMembersConfig,
    private readonly audit: AuditService,
    private readonly links: SupplierLinksService,
  ) {}

  /** Registers a member; a supplier with the same organisation number is linked to it automatically. */
  async create(dto: CreatePactMemberDto, user: AuthUser): Promise<CreatedPactMemberDto> {
    await this.assertOrgNumberFree(dto.orgNumber);
    return this.dataSource.transaction(async (manager) => {
      const member = await manager.save(manager.create(PactMember, dto));
      const created = await this.find(manager, member.id);
      await this.audit.record(manager, user, { entityType: 'pact_member', entityId: member.id, action: 'CREATE', after: created });
      const autoLinkedSupplier = await this.links.linkSupplierWithSameOrgNumber(manager, member, user);
      return { ...created, autoLinkedSupplier };
    });
  }

  async list(query: ListPactMembersQueryDto): Promise<Page<PactMemberDto>> {
    const { limit, offset, ...filter } = query;
    const members = this.memberQuery(filter);
    const page = members.page(limit, offset);
    const count = members.count();
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(page.sql, page.params) as Promise<Record<string, unknown>[]>,
      this.dataSource.query(count.sql, count.params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map((row) => PactMemberDto.from(toMemberRow(row))), total, limit, offset };
  }

  async get(id: string): Promise<PactMemberDto> {
    return this.find(this.dataSource.manager, id);
  }

  async update(id: string, dto: UpdatePactMemberDto, user: AuthUser): Promise<PactMemberDto> {
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lock(manager, id);
      if (dto.orgNumber && dto.orgNumber !== member.orgNumber) await this.assertOrgNumberFree(dto.orgNumber);
      const before = await this.find(manager, id);
      await manager.save(Object.assign(member, dto));
      const after = await this.find(manager, id);
      await this.audit.record(manager, user, { entityType: 'pact_member', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  /** Removes a member registered by mistake, with its letters, check-ins and supplier links. */
  async remove(id: string, user: AuthUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lock(manager, id);
      const before = await this.find(manager, id);
      await manager.delete(PactMember, { id });
      await this.audit.record(manager, user, { entityType: 'pact_member', entityId: id, action: 'DELETE', before });
    });
  }

  /** Locks the member row, so letter versions and edits of one member happen one at a time. */
  async lock(manager: EntityManager, id: string): Promise<PactMember> {
    const member = await manager.findOne(PactMember, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!member) throw notFound('MEMBER_NOT_FOUND', { id });
    return member;
  }

  async find(manager: EntityManager, id: string): Promise<PactMemberDto> {
    const [member] = await this.query(manager, { id }, 1, 0);
    if (!member) throw notFound('MEMBER_NOT_FOUND', { id });
    return member;
  }

  private async query(manager: EntityManager, filter: MemberFilter, limit: number, offset: number): Promise<PactMemberDto[]> {
    const page = this.memberQuery(filter).page(limit, offset);
    const raw: Record<string, unknown>[] = await manager.query(page.sql, page.params);
    return raw.map((row) => PactMemberDto.from(toMemberRow(row)));
  }

  private memberQuery(filter: MemberFilter): MemberQuery {
    return new MemberQuery(filter, todayInStockholm(), this.config.expiringWithinDays);
  }

  private async assertOrgNumberFree(orgNumber: string): Promise<void> {
    const existing = await this.dataSource.manager.findOneBy(PactMember, { orgNumber });
    if (existing) {
      throw conflict('MEMBER_ORG_NUMBER_TAKEN', { orgNumber, id: existing.id });
    }
  }
}
