import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { FieldError } from '../common/errors/api-error';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { Supplier } from '../suppliers/entities/supplier.entity';
import { CreateInvitationDto, InvitationDto, InvitationWithLinkDto, ListInvitationsQueryDto, RecordInvitationOutcomeDto, SupplierPactMembershipDto, SupplierPactStatus } from './dto/invitation.dto';
import { SupplierLinkDto } from './dto/supplier-link.dto';
import { Invitation } from './entities/invitation.entity';
import { PactMember } from './entities/pact-member.entity';
import { todayInStockholm } from '../common/calendar';
import { InvitationOutcome, LinkMatch } from './pact-member.types';
import { SupplierLinksService } from './supplier-links.service';
import { conflict, notFound } from '../common/errors/coded-exception';
import '../access/access.messages';
import './pact-member-errors.messages';

/** Invitations of awarded suppliers that are not pact members, and their outcomes. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly links: SupplierLinksService,
  ) {}

  async create(dto: CreateInvitationDto, user: AuthUser): Promise<InvitationDto> {
    const today = todayInStockholm();
    if (dto.invitedOn > today) {
      throw new ValidationFailedException([fieldError('invitedOn', 'FIELD_NOT_AFTER_TODAY', { today })]);
    }
    return this.dataSource.transaction(async (manager) => {
      const supplier = await manager.findOne(Supplier, { where: { id: dto.supplierId }, lock: { mode: 'pessimistic_write' } });
      if (!supplier) throw notFound('SUPPLIER_NOT_FOUND', { id: dto.supplierId });
      if (!(await hasAwardedContract(manager, supplier.id))) {
        throw conflict('INVITATION_NOT_AWARDED', { supplier: supplier.name });
      }
      const link = await this.links.findRow(manager, 'k.supplier_id = $1', [supplier.id]);
      if (link) throw conflict('LINK_ALREADY_LINKED', { supplier: supplier.name, member: link.memberName, memberId: link.memberId });
      const member = await manager.findOneBy(PactMember, { orgNumber: supplier.orgNumber });
      if (member) {
        throw conflict('INVITATION_MEMBER_HAS_ORG_NUMBER', { member: member.name, memberId: member.id });
      }
      if (await manager.existsBy(Invitation, { supplierId: supplier.id, outcome: InvitationOutcome.Pending })) {
        throw conflict('INVITATION_ALREADY_PENDING', { supplier: supplier.name });
      }
      const invitation = await manager.save(
        manager.create(Invitation, { supplierId: supplier.id, invitedOn: dto.invitedOn, note: dto.note ?? null, invitedBy: user.sub }),
      );
      const after = InvitationDto.from(invitation);
      await this.audit.record(manager, user, { entityType: 'pact_invitation', entityId: invitation.id, action: 'CREATE', after });
      return after;
    });
  }

  /** Records how a pending invitation ended; JOINED links the supplier to the member it joined as. */
  async recordOutcome(id: string, dto: RecordInvitationOutcomeDto, user: AuthUser): Promise<InvitationWithLinkDto> {
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(Invitation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!invitation) throw notFound('INVITATION_NOT_FOUND', { id });
      if (invitation.outcome !== InvitationOutcome.Pending) {
        throw conflict('INVITATION_ALREADY_DECIDED', { id, invitationOutcome: invitation.outcome, outcomeOn: invitation.outcomeOn });
      }
      assertOutcomeDate(dto, invitation.invitedOn, todayInStockholm());
      const before = InvitationDto.from(invitation);
      const supplier = await manager.findOneByOrFail(Supplier, { id: invitation.supplierId });
      let member: PactMember | null = null;
      if (dto.outcome === InvitationOutcome.Joined) {
        member = await this.joinedMember(manager, dto, supplier);
      } else if (dto.memberId) {
        throw new ValidationFailedException([fieldError('memberId', 'INVITATION_MEMBER_ONLY_WHEN_JOINED')]);
      }
      Object.assign(invitation, { outcome: dto.outcome, outcomeOn: dto.outcomeOn, outcomeNote: dto.note ?? null, memberId: member?.id ?? null });
      const after = InvitationDto.from(await manager.save(invitation));
      await this.audit.record(manager, user, { entityType: 'pact_invitation', entityId: id, action: 'OUTCOME', before, after });
      const matchedBy = member?.orgNumber === supplier.orgNumber ? LinkMatch.OrgNumber : LinkMatch.Manual;
      const link = member ? await this.links.link(manager, supplier, member, matchedBy, user) : null;
      return { ...after, link };
    });
  }

  async list(query: ListInvitationsQueryDto): Promise<Page<InvitationDto>> {
    const where: FindOptionsWhere<Invitation> = {};
    if (query.outcome) where.outcome = query.outcome;
    if (query.supplierId) where.supplierId = query.supplierId;
    const [rows, total] = await this.dataSource.manager.findAndCount(Invitation, {
      where,
      order: { invitedOn: 'DESC', createdAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(InvitationDto.from), total, limit: query.limit, offset: query.offset };
  }

  /** MEMBER when linked to a member, INVITED while an invitation is pending, otherwise NOT_MEMBER. */
  async membership(supplierId: string): Promise<SupplierPactMembershipDto> {
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(Supplier, { id: supplierId }))) throw notFound('SUPPLIER_NOT_FOUND', { id: supplierId });
    const [row, invitations, awarded] = await Promise.all([
      this.links.findRow(manager, 'k.supplier_id = $1', [supplierId]),
      manager.find(Invitation, { where: { supplierId }, order: { invitedOn: 'DESC', createdAt: 'DESC' } }),
      hasAwardedContract(manager, supplierId),
    ]);
    const pactStatus = row
      ? SupplierPactStatus.Member
      : invitations.some((i) => i.outcome === InvitationOutcome.Pending)
        ? SupplierPactStatus.Invited
        : SupplierPactStatus.NotMember;
    return { supplierId, pactStatus, awarded, link: row ? SupplierLinkDto.from(row) : null, invitations: invitations.map(InvitationDto.from) };
  }

  private async joinedMember(manager: EntityManager, dto: RecordInvitationOutcomeDto, supplier: Supplier): Promise<PactMember> {
    const member = dto.memberId
      ? await manager.findOneBy(PactMember, { id: dto.memberId })
      : await manager.findOneBy(PactMember, { orgNumber: supplier.orgNumber });
    if (member) return member;
    if (dto.memberId) throw notFound('MEMBER_NOT_FOUND', { id: dto.memberId });
    throw new ValidationFailedException([fieldError('memberId', 'INVITATION_MEMBER_REQUIRED', { orgNumber: supplier.orgNumber })]);
  }
}

/** Raw SQL: the contracts module owns the contract entity and registers it with TypeORM. */
async function hasAwardedContract(manager: EntityManager, supplierId: string): Promise<boolean> {
  const [row] = (await manager.query('SELECT EXISTS (SELECT 1 FROM contract WHERE supplier_id = $1) AS awarded', [supplierId])) as {
    awarded: boolean;
  }[];
  return row.awarded;
}

function assertOutcomeDate(dto: RecordInvitationOutcomeDto, invitedOn: string, today: string): void {
  const errors: FieldError[] = [];
  if (dto.outcomeOn < invitedOn) errors.push(fieldError('outcomeOn', 'INVITATION_OUTCOME_BEFORE_INVITATION', { invitedOn }));
  if (dto.outcomeOn > today) errors.push(fieldError('outcomeOn', 'FIELD_NOT_AFTER_TODAY', { today }));
  if (errors.length) throw new ValidationFailedException(errors);
}
