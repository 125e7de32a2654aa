import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser, Role } from '../auth/role';
import { notFound } from '../common/errors/coded-exception';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { RecruitmentEvent, RecruitmentEventAttendance, RecruitmentEventParticipant } from '../matching/entities/recruitment-event.entity';
import { IdempotencyContext } from '../reporting/idempotency/idempotency.decorator';
import { IdempotencyService, IdempotentResult } from '../reporting/idempotency/idempotency.service';
import {
  CreateRecruitmentEventDto,
  EventParticipantDto,
  ListRecruitmentEventsQueryDto,
  RecruitmentEventDto,
  UpdateRecruitmentEventDto,
} from './dto/recruitment-event.dto';
import './recruitment-event-errors.messages';

/** A supplier sees only the events it took part in; everyone else who may read events sees all. */
const VISIBLE_TO_SUPPLIER = `EXISTS (SELECT 1 FROM recruitment_event_participant p WHERE p.event_id = e.id AND p.supplier_id = :supplierId)`;

@Injectable()
export class RecruitmentEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  create(dto: CreateRecruitmentEventDto, user: AuthUser, idem: IdempotencyContext): Promise<IdempotentResult> {
    return this.idempotency.run(user, idem, dto, async (manager) => {
      await assertParticipantsExist(manager, dto);
      const event = await manager.save(
        manager.create(RecruitmentEvent, {
          heldOn: dto.heldOn, title: dto.title, organiser: dto.organiser, district: dto.district ?? null,
          interviews: dto.interviews, offers: dto.offers, hires: dto.hires, outcomeNotes: dto.outcomeNotes ?? '', createdBy: user.sub,
        }),
      );
      await replaceParticipants(manager, event.id, dto.supplierIds, dto.pactMemberIds);
      await replaceAttendance(manager, event.id, dto.attendance);
      const [after] = await hydrate(manager, [event]);
      await this.audit.record(manager, user, { entityType: 'recruitment_event', entityId: event.id, action: 'CREATE', after });
      return after;
    });
  }

  update(id: string, dto: UpdateRecruitmentEventDto, user: AuthUser): Promise<RecruitmentEventDto> {
    return this.dataSource.transaction(async (manager) => {
      const event = await manager.findOne(RecruitmentEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!event) throw notFound('RECRUITMENT_EVENT_NOT_FOUND', { id });
      await assertParticipantsExist(manager, dto);
      const [before] = await hydrate(manager, [event]);
      const { supplierIds, pactMemberIds, attendance, ...columns } = dto;
      const saved = await manager.save(Object.assign(event, columns, { updatedAt: new Date() }));
      if (supplierIds || pactMemberIds) {
        await replaceParticipants(manager, id, supplierIds ?? before.supplierIds, pactMemberIds ?? before.pactMemberIds);
      }
      if (attendance) await replaceAttendance(manager, id, attendance);
      const [after] = await hydrate(manager, [saved]);
      await this.audit.record(manager, user, { entityType: 'recruitment_event', entityId: id, action: 'UPDATE', before, after });
      return after;
    });
  }

  /** Events held from..to (either optional), newest first. */
  async list(query: ListRecruitmentEventsQueryDto, user: AuthUser): Promise<Page<RecruitmentEventDto>> {
    const qb = this.dataSource.manager
      .createQueryBuilder(RecruitmentEvent, 'e')
      .orderBy('e.held_on', 'DESC')
      .addOrderBy('e.created_at', 'DESC')
      .addOrderBy('e.id');
    if (query.from) qb.andWhere('e.held_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.held_on <= :to', { to: query.to });
    if (user.role === Role.Supplier) qb.andWhere(VISIBLE_TO_SUPPLIER, { supplierId: user.supplierId });
    const [events, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: await hydrate(this.dataSource.manager, events), total, limit: query.limit, offset: query.offset };
  }

  /** One event; to a supplier that did not take part it does not exist. */
  async get(id: string, user: AuthUser): Promise<RecruitmentEventDto> {
    const qb = this.dataSource.manager.createQueryBuilder(RecruitmentEvent, 'e').where('e.id = :id', { id });
    if (user.role === Role.Supplier) qb.andWhere(VISIBLE_TO_SUPPLIER, { supplierId: user.supplierId });
    const event = await qb.getOne();
    if (!event) throw notFound('RECRUITMENT_EVENT_NOT_FOUND', { id });
    const [dto] = await hydrate(this.dataSource.manager, [event]);
    return dto;
  }
}

/** Every participant named must be a registered supplier or pact member: otherwise a 400 naming the list. */
async function assertParticipantsExist(manager: EntityManager, dto: { supplierIds?: string[]; pactMemberIds?: string[] }): Promise<void> {
  const missing = async (table: 'supplier' | 'pact_member', ids: string[] = []): Promise<string[]> => {
    if (ids.length === 0) return [];
    const found: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    return ids.filter((id) => !found.some((row) => row.id === id));
  };
  const errors = [
    { field: 'supplierIds', ids: await missing('supplier', dto.supplierIds) },
    { field: 'pactMemberIds', ids: await missing('pact_member', dto.pactMemberIds) },
  ]
    .filter((e) => e.ids.length > 0)
    .map((e) => fieldError(e.field, 'RECRUITMENT_EVENT_UNKNOWN_PARTICIPANTS', { ids: e.ids.join(', ') }));
  if (errors.length) throw new ValidationFailedException(errors);
}

async function replaceParticipants(manager: EntityManager, eventId: string, supplierIds: string[], pactMemberIds: string[]): Promise<void> {
  await manager.delete(RecruitmentEventParticipant, { eventId });
  const rows = [
    ...supplierIds.map((supplierId) => ({ eventId, supplierId, pactMemberId: null })),
    ...pactMemberIds.map((pactMemberId) => ({ eventId, supplierId: null, pactMemberId })),
  ];
  if (rows.length) await manager.insert(RecruitmentEventParticipant, rows);
}

async function replaceAttendance(manager: EntityManager, eventId: string, attendance: CreateRecruitmentEventDto['attendance']): Promise<void> {
  await manager.delete(RecruitmentEventAttendance, { eventId });
  if (attendance.length) await manager.insert(RecruitmentEventAttendance, attendance.map((row) => ({ eventId, ...row })));
}

/** The events with their participants (by name) and attendance, in three queries for the whole list. */
async function hydrate(manager: EntityManager, events: RecruitmentEvent[]): Promise<RecruitmentEventDto[]> {
  if (events.length === 0) return [];
  const ids = events.map((e) => e.id);
  const [participants, attendance] = await Promise.all([
    manager.query(
      `SELECT p.event_id, CASE WHEN p.supplier_id IS NULL THEN 'PACT_MEMBER' ELSE 'SUPPLIER' END AS type,
         coalesce(p.supplier_id, p.pact_member_id) AS id, coalesce(s.name, m.name) AS name
       FROM recruitment_event_participant p
       LEFT JOIN supplier s ON s.id = p.supplier_id
       LEFT JOIN pact_member m ON m.id = p.pact_member_id
       WHERE p.event_id = ANY($1::uuid[])
       ORDER BY type DESC, lower(coalesce(s.name, m.name)), id`,
      [ids],
    ) as Promise<(EventParticipantDto & { event_id: string })[]>,
    manager.find(RecruitmentEventAttendance, { where: ids.map((eventId) => ({ eventId })), order: { gender: 'ASC', ageBand: 'ASC' } }),
  ]);
  return events.map((event) => {
    const own = participants.filter((p) => p.event_id === event.id).map(({ type, id, name }) => ({ type, id, name }));
    const rows = attendance.filter((a) => a.eventId === event.id).map(({ gender, ageBand, attendees }) => ({ gender, ageBand, attendees }));
    return {
      id: event.id,
      heldOn: event.heldOn,
      title: event.title,
      organiser: event.organiser,
      district: event.district,
      supplierIds: own.filter((p) => p.type === 'SUPPLIER').map((p) => p.id),
      pactMemberIds: own.filter((p) => p.type === 'PACT_MEMBER').map((p) => p.id),
      participants: own,
      attendance: rows,
      attendeesTotal: rows.reduce((sum, row) => sum + row.attendees, 0),
      interviews: event.interviews,
      offers: event.offers,
      hires: event.hires,
      outcomeNotes: event.outcomeNotes,
    };
  });
}
