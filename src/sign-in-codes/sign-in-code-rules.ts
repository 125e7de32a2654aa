import { createHmac, randomInt } from 'crypto';
import { Role } from '../auth/role';
import { sameSecret } from '../auth/secrets';
import { UserAccount } from '../users/entities/user-account.entity';
import { mayAct } from '../users/user-principal';

/** A code is valid this long after it was sent… */
export const CODE_VALID_MINUTES = 10;
/** …and dies after this many wrong tries: 5 in a million per code, and codes per address are limited too. */
export const MAX_WRONG_TRIES = 5;
/**
 * Every code request is answered no sooner than this, whether or not a code was written and
 * queued, so that the answer's timing does not tell whether the address has an account.
 */
export const REQUEST_ANSWER_MS = 300;

/** A fresh six-digit code, leading zeros included, from the operating system's random source. */
export function newSignInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * The key codes are hashed with, derived from the service's signing secret: the database alone
 * (a backup, a leak) is not enough to try the million codes against a stored hash.
 */
export function signInCodeKey(signingSecret: string): Buffer {
  return createHmac('sha256', signingSecret).update('sign-in-code').digest();
}

/** What is stored of a code: HMAC-SHA256 over the user and the code, in hex. */
export function hashOfCode(key: Buffer, userId: string, code: string): string {
  return createHmac('sha256', key).update(`${userId}:${code}`).digest('hex');
}

/** Whether `code` is the one stored as `storedHash`, compared in constant time. */
export function codeMatches(key: Buffer, userId: string, code: string, storedHash: string): boolean {
  return sameSecret(hashOfCode(key, userId, code), storedHash);
}

/**
 * Only suppliers' users sign in by code, while not disabled (an invited one is activated by its
 * first sign-in). City staff sign in with the city's identity provider.
 */
export function maySignInByCode(account: Pick<UserAccount, 'role' | 'status'>): boolean {
  return account.role === Role.Supplier && mayAct(account);
}

/** How long to wait before answering a request that started `elapsedMs` ago. */
export function answerDelayMs(elapsedMs: number): number {
  return Math.max(0, REQUEST_ANSWER_MS - elapsedMs);
}

/** The one answer to every code request, in the language the browser asks for (Swedish first). */
export function codeRequestedMessage(acceptLanguage: string | undefined): string {
  return /^\s*en\b/i.test(acceptLanguage ?? '')
    ? `If the address belongs to a supplier's account, a sign-in code has been sent to it. The code is valid for ${CODE_VALID_MINUTES} minutes.`
    : `Om adressen hör till ett konto hos en leverantör har vi skickat en inloggningskod dit. Koden gäller i ${CODE_VALID_MINUTES} minuter.`;
}
