import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** What the service must remember between sending a person to the provider and their return. */
export interface SignInAttempt {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** How long a person may take at the provider's sign-in page. */
export const ATTEMPT_MINUTES = 10;

/** Sign-ins in progress, found by the sha256 of the random value in the browser's cookie. */
@Injectable()
export class SignInAttemptsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Records an attempt; attempts abandoned long ago are cleared on the way. */
  async add(id: string, attempt: SignInAttempt): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM oidc_sign_in_attempt WHERE expires_at < now()`);
      await manager.query(
        `INSERT INTO oidc_sign_in_attempt (id, state, nonce, code_verifier, return_to, expires_at)
         VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6))`,
        [id, attempt.state, attempt.nonce, attempt.codeVerifier, attempt.returnTo, ATTEMPT_MINUTES],
      );
    });
  }

  /** Takes the attempt out, so it is used at most once, even by two instances at the same time; null when unknown or expired. */
  async take(id: string): Promise<SignInAttempt | null> {
    const [rows] = await this.dataSource.query(
      `DELETE FROM oidc_sign_in_attempt WHERE id = $1
       RETURNING state, nonce, code_verifier AS "codeVerifier", return_to AS "returnTo", expires_at > now() AS live`,
      [id],
    );
    const row = rows?.[0] as (SignInAttempt & { live: boolean }) | undefined;
    if (!row?.live) return null;
    return { state: row.state, nonce: row.nonce, codeVerifier: row.codeVerifier, returnTo: row.returnTo };
  }
}
