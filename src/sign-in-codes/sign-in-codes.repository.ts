import { EntityManager } from 'typeorm';
import { CODE_VALID_MINUTES, MAX_WRONG_TRIES } from './sign-in-code-rules';

export interface LiveCode {
  id: string;
  codeHash: string;
}

/** Every query of the sign-in codes; each runs in the caller's transaction. */
export class SignInCodesRepository {
  /**
   * Stores a new code for the user in place of any earlier one (one row per user): a code asked for
   * again replaces the first, with its own tries and expiry. Returns the code's id.
   */
  async replace(manager: EntityManager, userId: string, codeHash: string): Promise<{ id: string; expiresAt: Date }> {
    const [row]: { id: string; expires_at: Date }[] = await manager.query(
      `INSERT INTO sign_in_code (user_id, code_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))
       ON CONFLICT (user_id) DO UPDATE SET id = gen_random_uuid(), code_hash = EXCLUDED.code_hash,
         expires_at = EXCLUDED.expires_at, wrong_tries = 0, used_at = NULL, created_at = now()
       RETURNING id, expires_at`,
      [userId, codeHash, CODE_VALID_MINUTES],
    );
    return { id: row.id, expiresAt: row.expires_at };
  }

  /**
   * The user's code if it can still be used (unused, unexpired, tries left), locked until the
   * transaction ends: two tries of one code take turns, and the second sees the first's outcome.
   */
  async liveForUpdate(manager: EntityManager, userId: string): Promise<LiveCode | null> {
    const [row]: { id: string; code_hash: string }[] = await manager.query(
      `SELECT id, code_hash FROM sign_in_code
       WHERE user_id = $1 AND used_at IS NULL AND expires_at > now() AND wrong_tries < $2
       FOR UPDATE`,
      [userId, MAX_WRONG_TRIES],
    );
    return row ? { id: row.id, codeHash: row.code_hash } : null;
  }

  /** Counts a wrong try; returns the tries so far. */
  async countWrongTry(manager: EntityManager, id: string): Promise<number> {
    const [[row]]: [{ wrong_tries: number }[], number] = await manager.query(
      `UPDATE sign_in_code SET wrong_tries = wrong_tries + 1 WHERE id = $1 RETURNING wrong_tries`,
      [id],
    );
    return row.wrong_tries;
  }

  async markUsed(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE sign_in_code SET used_at = now() WHERE id = $1`, [id]);
  }
}
