import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { FieldError } from '../common/errors/api-error';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { Supplier } from '../suppliers/entities/supplier.entity';
import {
  CreateInvitationDto,
  InvitationDto,
  InvitationWithLinkDto,
  ListInvitationsQueryDto,
  RecordInvitationOutcomeDto,
  SupplierPactMembershipDto,
  SupplierPactStatus,
} from './dto/invitation.dto';
import { SupplierLinkDto } from './dto/supplier-link.dto';
import { Invitation } from './entities/invitation.entity';
import { PactMember } from './entities/pact-member.entity';
import { todayInStockholm } from '../common/calendar';
import { InvitationOutcome, LinkMatch } from './pact-member.types';
import { SupplierLinksService } from './supplier-links.service';

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
      throw new ValidationFailedException([{ field: 'invitedOn', messages: [`invitedOn must not be after today (${today})`] }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const supplier = await manager.findOne(Supplier, { where: { id: dto.supplierId }, lock: { mode: 'pessimistic_write' } });
      if (!supplier) throw new NotFoundException(`Supplier ${dto.supplierId} not found`);
      if (!(await hasAwardedContract(manager, supplier.id))) {
        throw new ConflictException(`Supplier ${supplier.name} has no awarded contract; only awarded suppliers are invited to the pact`);
      }
      const link = await this.links.findRow(manager, 'k.supplier_id = $1', [supplier.id]);
      if (link) throw new ConflictException(`Supplier ${supplier.name} is already linked to pact member ${link.memberName} (${link.memberId})`);
      const member = await manager.findOneBy(PactMember, { orgNumber: supplier.orgNumber });
      if (member) {
        throw new ConflictException(
          `Pact member ${member.name} (${member.id}) has the supplier's organisation number; link the supplier instead of inviting it`,
        );
      }
      if (await manager.existsBy(Invitation, { supplierId: supplier.id, outcome: InvitationOutcome.Pending })) {
        throw new ConflictException(`Supplier ${supplier.name} already has a pending invitation; record its outcome first`);
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
      if (!invitation) throw new NotFoundException(`Invitation ${id} not found`);
      if (invitation.outcome !== InvitationOutcome.Pending) {
        throw new ConflictException(`Invitation ${id} already has the outcome ${invitation.outcome} (${invitation.outcomeOn})`);
      }
      assertOutcomeDate(dto, invitation.invitedOn, todayInStockholm());
      const before = InvitationDto.from(invitation);
      const supplier = await manager.findOneByOrFail(Supplier, { id: invitation.supplierId });
      let member: PactMember | null = null;
      if (dto.outcome === InvitationOutcome.Joined) {
        member = await this.joinedMember(manager, dto, supplier);
      } else if (dto.memberId) {
        throw new ValidationFailedException([{ field: 'memberId', messages: ['memberId is only given for the outcome JOINED'] }]);
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
    if (!(await manager.existsBy(Supplier, { id: supplierId }))) throw new NotFoundException(`Supplier ${supplierId} not found`);
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
    if (dto.memberId) throw new NotFoundException(`Pact member ${dto.memberId} not found`);
    throw new ValidationFailedException([
      {
        field: 'memberId',
        messages: [`memberId is required for JOINED: no pact member has the supplier's organisation number ${supplier.orgNumber}`],
      },
    ]);
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
  if (dto.outcomeOn < invitedOn) errors.push({ field: 'outcomeOn', messages: [`outcomeOn must not be before the invitation (${invitedOn})`] });
  if (dto.outcomeOn > today) errors.push({ field: 'outcomeOn', messages: [`outcomeOn must not be after today (${today})`] });
  if (errors.length) throw new ValidationFailedException(errors);
}
