import { EntityManager } from 'typeorm';
import { hashOfSecret, newSecret } from '../auth/secrets';

/** An invitation's link is valid a week: time to find the e-mail after a holiday weekend. */
export const SIGN_IN_LINK_DAYS = 7;

/** The web interface's route that spends a link (web/: #/sign-in/link/<token>). */
export const signInLinkUrl = (publicUrl: string, token: string): string => `${publicUrl}/#/sign-in/link/${token}`;

/** Stores a new one-time link for the user (only its hash) and returns its token and end. */
export async function issueSignInLink(manager: EntityManager, userId: string, days = SIGN_IN_LINK_DAYS): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const [row]: { expires_at: Date }[] = await manager.query(
    `INSERT INTO sign_in_link (hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING expires_at`,
    [hashOfSecret(token), userId, days],
  );
  return { token, expiresAt: row.expires_at };
}

/**
 * Spends a link: marks it used and returns its user, or null when it is unknown, used or expired.
 * One UPDATE, so two requests with the same link cannot both succeed.
 */
export async function spendSignInLink(manager: EntityManager, token: string): Promise<string | null> {
  const [rows]: [{ user_id: string }[], number] = await manager.query(
    `UPDATE sign_in_link SET used_at = now() WHERE hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
    [hashOfSecret(token)],
  );
  return rows[0]?.user_id ?? null;
}
