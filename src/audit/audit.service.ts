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
    // TypeORM's insert typing rejects free-form jsonb objects; the row shape is the entity's.
    await manager.insert(AuditEvent, {
      actorSub: user.sub,
      actorRole: user.role,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
    } as never);
  }

  async list(query: ListAuditEventsQueryDto): Promise<Page<AuditEventDto>> {
    const qb = this.events.createQueryBuilder('e').orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC');
    if (query.entityType) qb.andWhere('e.entity_type = :type', { type: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :id', { id: query.entityId });
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: rows.map(AuditEventDto.from), total, limit: query.limit, offset: query.offset };
  }
}

/** Plain JSON of an entity or DTO (dates as ISO strings), without relations loaded by accident. */
function toJson(value: object | null | undefined): Record<string, unknown> | null {
  return value ? (JSON.parse(JSON.stringify(value)) as Record<string, unknown>) : null;
}
