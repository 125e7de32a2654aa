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
    // Plain SQL: it runs in every write, and TypeORM's insert would also read back the id and time.
    await manager.query(
      `INSERT INTO audit_event (actor_sub, actor_role, entity_type, entity_id, action, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [user.sub, user.role, entry.entityType, entry.entityId, entry.action, toJson(entry.before), toJson(entry.after)],
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
