import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AuthUser } from '../auth/role';
import { Page } from '../common/pagination';
import { AuditEventDto, ListAuditEventsQueryDto } from './dto/audit-event.dto';
import { AuditEvent } from './entities/audit-event.entity';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  before?: object | null;
  after?: object | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  /**
   * Records a change inside the caller's transaction (`manager`), so the change and its audit row
   * are committed or rolled back together.
   */
  async record(manager: EntityManager, user: AuthUser, entry: AuditEntry): Promise<void> {
    await this.recordAll(manager, user, [entry]);
  }

  /**
   * Records several changes of one request (e.g. every row of a CSV upload) in one statement.
   * Plain SQL: it runs in every write, and TypeORM's insert would also read back the id and time.
   */
  async recordAll(manager: EntityManager, user: AuthUser, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await manager.query(
      `INSERT INTO audit_event (actor_sub, actor_role, actor_user_id, entity_type, entity_id, action, before, after)
       SELECT $1, $2, $8, e.entity_type, e.entity_id, e.action, e.before, e.after
       FROM unnest($3::text[], $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[]) AS e(entity_type, entity_id, action, before, after)`,
      [
        user.sub,
        user.role,
        entries.map((e) => e.entityType),
        entries.map((e) => e.entityId),
        entries.map((e) => e.action),
        entries.map((e) => toJson(e.before)),
        entries.map((e) => toJson(e.after)),
        user.userId ?? null,
      ],
    );
  }

  async list(query: ListAuditEventsQueryDto): Promise<Page<AuditEventDto>> {
    const qb = this.events.createQueryBuilder('e').orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC');
    if (query.entityType) qb.andWhere('e.entity_type = :type', { type: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :id', { id: query.entityId });
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(AuditEventDto.from), total, limit: query.limit, offset: query.offset };
  }
}

/** JSON text of an entity or DTO (dates as ISO strings), for a jsonb column. */
function toJson(value: object | null | undefined): string | null {
  return value ? JSON.stringify(value) : null;
}
