import { EntityManager, QueryFailedError } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { AuthUser, Role } from '../auth/role';
import { Language, UserAccount, UserStatus } from './entities/user-account.entity';
import { issueSignInLink, SIGN_IN_LINK_DAYS, signInLinkUrl } from './sign-in-links';
import { conflict } from '../common/errors/coded-exception';
import './user.messages';

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  supplierId: string | null;
  supplierAdmin: boolean;
  language: Language;
}

export interface Invited {
  user: UserAccount;
  /** The one-time sign-in link; it goes to the invitee only (e-mail, or the CLI operator for the first admin). */
  link: string;
  validUntil: Date;
}

/** The audit view of an account: no sign-in secrets, nothing but what the account row holds. */
export const auditView = (user: UserAccount) => ({
  email: user.email, name: user.name, role: user.role, supplierId: user.supplierId,
  supplierAdmin: user.supplierAdmin, status: user.status, language: user.language,
});

/**
 * Creates an INVITED account with a one-time sign-in link, in the caller's transaction and audited.
 * Shared by the API (which checks who may invite whom first) and the CLI (the first admin).
 */
export async function createInvitedAccount(manager: EntityManager, account: NewAccount, by: AuthUser, publicUrl: string): Promise<Invited> {
  let user: UserAccount;
  try {
    user = await manager.save(manager.create(UserAccount, { ...account, status: UserStatus.Invited, createdBy: by.sub }));
  } catch (error) {
    if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') {
      throw conflict('USER_EMAIL_TAKEN', { email: account.email });
    }
    throw error;
  }
  await recordAudit(manager, by, [{ entityType: 'user_account', entityId: user.id, action: 'CREATE', after: auditView(user) }]);
  return { user, ...(await newLink(manager, user.id, publicUrl)) };
}

/** A new one-time link for an existing account (a lost or expired invitation), audited. */
export async function reinviteAccount(manager: EntityManager, user: UserAccount, by: AuthUser, publicUrl: string): Promise<Invited> {
  await recordAudit(manager, by, [{ entityType: 'user_account', entityId: user.id, action: 'INVITE', after: { email: user.email } }]);
  return { user, ...(await newLink(manager, user.id, publicUrl)) };
}

async function newLink(manager: EntityManager, userId: string, publicUrl: string): Promise<{ link: string; validUntil: Date }> {
  const { token, expiresAt } = await issueSignInLink(manager, userId, SIGN_IN_LINK_DAYS);
  return { link: signInLinkUrl(publicUrl, token), validUntil: expiresAt };
}
