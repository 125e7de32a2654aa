import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RecruitmentEvent, RecruitmentEventAttendance, RecruitmentEventParticipant } from './entities/recruitment-event.entity';
import { AttendanceDto, EventParticipantDto, ListRecruitmentEventsQueryDto } from './dto/recruitment-event.dto';

/** An event with its participants (by name) and its attendance rows. */
export interface HydratedEvent {
  event: RecruitmentEvent;
  participants: EventParticipantDto[];
  attendance: AttendanceDto[];
}

/** Every query of recruitment events, their participants and attendance. */
@Injectable()
export class RecruitmentEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The ids of `ids` that are not rows of `table`. */
  async missing(manager: EntityManager, table: 'supplier' | 'pact_member', ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found: { id: string }[] = await manager.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
    return ids.filter((id) => !found.some((row) => row.id === id));
  }

  async replaceParticipants(manager: EntityManager, eventId: string, supplierIds: string[], pactMemberIds: string[]): Promise<void> {
    await manager.delete(RecruitmentEventParticipant, { eventId });
    const rows = [
      ...supplierIds.map((supplierId) => ({ eventId, supplierId, pactMemberId: null })),
      ...pactMemberIds.map((pactMemberId) => ({ eventId, supplierId: null, pactMemberId })),
    ];
    if (rows.length) await manager.insert(RecruitmentEventParticipant, rows);
  }

  async replaceAttendance(manager: EntityManager, eventId: string, attendance: AttendanceDto[]): Promise<void> {
    await manager.delete(RecruitmentEventAttendance, { eventId });
    if (attendance.length) await manager.insert(RecruitmentEventAttendance, attendance.map((row) => ({ eventId, ...row })));
  }

  /** The event locked for a change, or null. */
  lockForUpdate(manager: EntityManager, id: string): Promise<RecruitmentEvent | null> {
    return manager.findOne(RecruitmentEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A page of events held from..to (either optional), newest first; with a supplier, only those it took part in. */
  page(query: ListRecruitmentEventsQueryDto, supplierId: string | null): Promise<[RecruitmentEvent[], number]> {
    const qb = this.visible(supplierId).orderBy('e.held_on', 'DESC').addOrderBy('e.created_at', 'DESC').addOrderBy('e.id');
    if (query.from) qb.andWhere('e.held_on >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.held_on <= :to', { to: query.to });
    return qb.take(query.limit).skip(query.offset).getManyAndCount();
  }

  /** One event, or null also when the supplier did not take part in it. */
  one(id: string, supplierId: string | null): Promise<RecruitmentEvent | null> {
    return this.visible(supplierId).andWhere('e.id = :id', { id }).getOne();
  }

  /** The events with their participants and attendance, in two queries for the whole list. */
  async hydrate(manager: EntityManager, events: RecruitmentEvent[]): Promise<HydratedEvent[]> {
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
    return events.map((event) => ({
      event,
      participants: participants.filter((p) => p.event_id === event.id).map(({ type, id, name }) => ({ type, id, name })),
      attendance: attendance.filter((a) => a.eventId === event.id).map(({ gender, ageBand, attendees }) => ({ gender, ageBand, attendees })),
    }));
  }

  /** Events, limited to those the supplier took part in when one is given. */
  private visible(supplierId: string | null) {
    const qb = this.dataSource.manager.createQueryBuilder(RecruitmentEvent, 'e');
    if (supplierId) {
      qb.where('EXISTS (SELECT 1 FROM recruitment_event_participant p WHERE p.event_id = e.id AND p.supplier_id = :supplierId)', { supplierId });
    }
    return qb;
  }
}
