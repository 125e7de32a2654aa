import { createHash, randomBytes, timingSafeEqual } from 'crypto';

/** A fresh high-entropy secret (session cookie, sign-in link, API key body, CSRF token): 32 random bytes, base64url. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored of a secret: its sha256 in hex. Plain sha256 is right for 256-bit random secrets
 * (nothing to guess); low-entropy codes need their attempts limited as well.
 */
export function hashOfSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares two secrets in constant time (for equal lengths), so timing tells nothing about the expected one. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
