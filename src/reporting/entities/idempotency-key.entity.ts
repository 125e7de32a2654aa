import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The first response to a report-creating POST, replayed for retries with the same key. */
@Entity('idempotency_key')
export class IdempotencyKey {
  /** Whose key it is: `supplier:<id>` or `<role>:<sub>` (principalOf). */
  @PrimaryColumn({ type: 'varchar', length: 200 }) scope: string;
  @PrimaryColumn({ type: 'varchar', length: 300 }) route: string;
  @PrimaryColumn({ type: 'varchar', length: 200 }) key: string;
  @Column({ name: 'request_hash', type: 'char', length: 64 }) requestHash: string;
  @Column({ name: 'response_status', type: 'int', nullable: true }) responseStatus: number | null;
  @Column({ name: 'response_body', type: 'jsonb', nullable: true }) responseBody: unknown;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
