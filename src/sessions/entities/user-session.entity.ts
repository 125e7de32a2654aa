import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A browser session: found by the sha256 of the `sid` cookie, never by the cookie itself. */
@Entity('user_session')
export class UserSession {
  @PrimaryColumn({ type: 'char', length: 64 }) id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  /** Sent back by the web interface in `X-CSRF-Token` on every write. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 }) csrfToken: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt: Date;
  /** The absolute end, however busy the session is. */
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
