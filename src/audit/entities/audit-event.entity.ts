import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what and when: one row per create, update or status change. Never updated. */
@Entity('audit_event')
export class AuditEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'actor_sub', type: 'varchar', length: 200 }) actorSub: string;
  @Column({ name: 'actor_role', type: 'varchar', length: 20 }) actorRole: string;
  /** The acting user's account (null for development tokens and the CLI); its name is joined in answers. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true }) actorUserId: string | null;
  /** e.g. procurement, clause, placement, pact_member. */
  @Column({ name: 'entity_type', type: 'varchar', length: 50 }) entityType: string;
  @Column({ name: 'entity_id', type: 'uuid' }) entityId: string;
  /** e.g. CREATE, UPDATE, STATUS_CHANGE, VERSION. */
  @Column({ type: 'varchar', length: 50 }) action: string;
  @Column({ type: 'jsonb', nullable: true }) before: Record<string, unknown> | null;
  @Column({ type: 'jsonb', nullable: true }) after: Record<string, unknown> | null;
}
