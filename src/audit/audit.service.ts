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

  /** Records several changes of one request (e.g. every row of a CSV upload) in one statement. */
  recordAll(manager: EntityManager, user: AuthUser, entries: AuditEntry[]): Promise<void> {
    return recordAudit(manager, user, entries);
  }

  async list(query: ListAuditEventsQueryDto): Promise<Page<AuditEventDto>> {
    const qb = this.events.createQueryBuilder('e').orderBy('e.occurred_at', 'DESC').addOrderBy('e.id', 'DESC');
    if (query.entityType) qb.andWhere('e.entity_type = :type', { type: query.entityType });
    if (query.entityId) qb.andWhere('e.entity_id = :id', { id: query.entityId });
    const [rows, total] = await qb.take(query.limit).skip(query.offset).getManyAndCount();
    return { items: await this.withActors(rows), total, limit: query.limit, offset: query.offset };
  }

  /** A page of events as answered: each acting user's name and address joined from their account in one query. */
  async withActors(events: AuditEvent[]): Promise<AuditEventDto[]> {
    const ids = [...new Set(events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))];
    const rows: { id: string; name: string; email: string }[] = ids.length === 0 ? [] : await this.events.manager.query(
      `SELECT id, name, email FROM user_account WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    const actors = new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
    return events.map((event) => AuditEventDto.from(event, event.actorUserId ? actors.get(event.actorUserId) : undefined));
  }
}

/**
 * Records changes in the caller's transaction; usable without the service (the CLI). Plain SQL: it
 * runs in every write, and TypeORM's insert would also read back the id and time. The acting user
 * is kept as an id; answers join the name and e-mail, so personal data is not copied into each row.
 */
export async function recordAudit(manager: EntityManager, user: AuthUser, entries: AuditEntry[]): Promise<void> {
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

/** JSON text of an entity or DTO (dates as ISO strings), for a jsonb column. */
function toJson(value: object | null | undefined): string | null {
  return value ? JSON.stringify(value) : null;
}
