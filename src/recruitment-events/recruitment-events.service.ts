import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { notFound } from '../common/errors/coded-exception';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { RecruitmentEvent } from './entities/recruitment-event.entity';
import { IdempotencyContext } from '../reporting/idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from '../reporting/idempotency/idempotency.service';
import {
  CreateRecruitmentEventDto,
  ListRecruitmentEventsQueryDto,
  RecruitmentEventDto,
  UpdateRecruitmentEventDto,
} from './dto/recruitment-event.dto';
import { HydratedEvent, RecruitmentEventsRepository } from './recruitment-events.repository';
import './recruitment-event-errors.messages';

@Injectable()
export class RecruitmentEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: RecruitmentEventsRepository,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly access: AccessService,
  ) {}

  create(dto: CreateRecruitmentEventDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      await this.assertParticipantsExist(manager, dto);
      const event = await manager.save(
        manager.create(RecruitmentEvent, {
          heldOn: dto.heldOn, title: dto.title, organiser: dto.organiser, district: dto.district ?? null,
          interviews: dto.interviews, offers: dto.offers, hires: dto.hires, outcomeNotes: dto.outcomeNotes ?? '', createdBy: user.sub,
        }),
      );
      await this.events.replaceParticipants(manager, event.id, dto.supplierIds, dto.pactMemberIds);
      await this.events.replaceAttendance(manager, event.id, dto.attendance);
      const after = await this.view(manager, event);
      await this.audit.record(manager, user, { entityType: 'recruitment_event', entityId: event.id, action: 'CREATE', after });
      return after;
    });
  }

  update(id: string, dto: UpdateRecruitmentEventDto, user: AuthUser): Promise<RecruitmentEventDto> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.lockForUpdate(manager, id);
      if (!event) throw notFound('RECRUITMENT_EVENT_NOT_FOUND', { id });
      await this.assertParticipantsExist(manager, dto);
      const before = await this.view(manager, event);
      const { supplierIds, pactMemberIds, attendance, ...columns } = dto;
      const saved = await manager.save(Object.assign(event, columns, { updatedAt: new Date() }));
      if (supplierIds || pactMemberIds) {
        await this.events.replaceParticipants(manager, id, supplierIds ?? before.supplierIds, pactMemberIds ?? before.pactMemberIds);
      }
      if (attendance) await this.events.replaceAttendance(manager, id, attendance);
      const after = await this.view(manager, saved);
      await this.audit.record(manager, user, { entityType: 'recruitment_event', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  /** Events held from..to (either optional), newest first; a supplier's list holds the events it took part in. */
  async list(query: ListRecruitmentEventsQueryDto, user: AuthUser): Promise<Page<RecruitmentEventDto>> {
    const [events, total] = await this.events.page(query, this.access.scope(user).supplierId);
    const items = (await this.events.hydrate(this.dataSource.manager, events)).map(toDto);
    return { items, total, limit: query.limit, offset: query.offset };
  }

  /** One event; to a supplier that did not take part it does not exist. */
  async get(id: string, user: AuthUser): Promise<RecruitmentEventDto> {
    const event = await this.events.one(id, this.access.scope(user).supplierId);
    if (!event) throw notFound('RECRUITMENT_EVENT_NOT_FOUND', { id });
    return this.view(this.dataSource.manager, event);
  }

  private async view(manager: EntityManager, event: RecruitmentEvent): Promise<RecruitmentEventDto> {
    const [hydrated] = await this.events.hydrate(manager, [event]);
    return toDto(hydrated);
  }

  /** Every participant named must be a registered supplier or pact member: otherwise a 400 naming the list. */
  private async assertParticipantsExist(manager: EntityManager, dto: { supplierIds?: string[]; pactMemberIds?: string[] }): Promise<void> {
    const unknown = [
      { field: 'supplierIds', ids: await this.events.missing(manager, 'supplier', dto.supplierIds ?? []) },
      { field: 'pactMemberIds', ids: await this.events.missing(manager, 'pact_member', dto.pactMemberIds ?? []) },
    ].filter((e) => e.ids.length > 0);
    if (unknown.length) {
      throw new ValidationFailedException(unknown.map((e) => fieldError(e.field, 'RECRUITMENT_EVENT_UNKNOWN_PARTICIPANTS', { ids: e.ids.join(', ') })));
    }
  }
}

function toDto({ event, participants, attendance }: HydratedEvent): RecruitmentEventDto {
  return {
    id: event.id,
    heldOn: event.heldOn,
    title: event.title,
    organiser: event.organiser,
    district: event.district,
    supplierIds: participants.filter((p) => p.type === 'SUPPLIER').map((p) => p.id),
    pactMemberIds: participants.filter((p) => p.type === 'PACT_MEMBER').map((p) => p.id),
    participants,
    attendance,
    attendeesTotal: attendance.reduce((sum, row) => sum + row.attendees, 0),
    interviews: event.interviews,
    offers: event.offers,
    hires: event.hires,
    outcomeNotes: event.outcomeNotes,
  };
}
