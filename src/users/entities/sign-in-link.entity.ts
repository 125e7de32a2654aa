import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A one-time sign-in link: found by the sha256 of its token, used once, then spent. */
@Entity('sign_in_link')
export class SignInLink {
  @PrimaryColumn({ type: 'char', length: 64 }) hash: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
