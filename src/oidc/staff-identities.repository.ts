import { EntityManager } from 'typeorm';
import { Role } from '../auth/role';
import { UserAccount, UserStatus } from '../users/entities/user-account.entity';

/** The account the provider's subject is linked to, if any. */
export async function accountOfSubject(manager: EntityManager, issuer: string, subject: string): Promise<UserAccount | null> {
  const [row]: { user_id: string }[] = await manager.query(`SELECT user_id FROM oidc_identity WHERE issuer = $1 AND subject = $2`, [issuer, subject]);
  return row ? manager.findOneBy(UserAccount, { id: row.user_id }) : null;
}

/** Whether the account is already linked to another person (subject) at this provider. */
export async function linkedToAnotherSubject(manager: EntityManager, issuer: string, userId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM oidc_identity WHERE issuer = $1 AND user_id = $2`, [issuer, userId]);
  return rows.length > 0;
}

export async function linkSubject(manager: EntityManager, issuer: string, subject: string, userId: string): Promise<void> {
  await manager.query(`INSERT INTO oidc_identity (issuer, subject, user_id) VALUES ($1, $2, $3)`, [issuer, subject, userId]);
}

/** A staff account for a person the provider vouched for; active, as they are signing in now. */
export async function createStaffAccount(manager: EntityManager, account: { email: string; name: string; role: Role }): Promise<UserAccount> {
  const created = manager.create(UserAccount, { ...account, status: UserStatus.Active, createdBy: 'sso' });
  return manager.save(created);
}

export async function changeRole(manager: EntityManager, userId: string, role: Role): Promise<void> {
  await manager.update(UserAccount, { id: userId }, { role });
}
