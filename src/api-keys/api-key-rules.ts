import { hashOfSecret, newSecret } from '../auth/secrets';
import type { Coded } from '../common/i18n';
import './api-key.messages';

/** Every API key starts so, which tells the guard (and secret scanners) what it is. */
export const API_KEY_PREFIX = 'sck_';
const KEY = /^sck_[A-Za-z0-9_-]{43}$/;

export interface NewApiKey {
  /** Shown to its holder once, never stored. */
  key: string;
  /** Stored and shown in lists, so the holder can tell keys apart. */
  prefix: string;
  hash: string;
}

export function newApiKey(): NewApiKey {
  const key = `${API_KEY_PREFIX}${newSecret()}`;
  return { key, prefix: key.slice(0, 12), hash: hashOfSecret(key) };
}

/** Whether a bearer token is meant as an API key (and not a development JWT). */
export function isApiKeyToken(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** Whether a token has an API key's exact shape, so a malformed one is refused without a query. */
export function isWellFormedApiKey(token: string): boolean {
  return KEY.test(token);
}

export type ApiKeyState = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

export function apiKeyState(key: { revokedAt: Date | null; expiresAt: Date }, now: Date): ApiKeyState {
  if (key.revokedAt) return 'REVOKED';
  return now.getTime() >= key.expiresAt.getTime() ? 'EXPIRED' : 'ACTIVE';
}

/** last_used_at is written at most once a minute, sparing a write per request of a busy system. */
export function lastUsedNeedsUpdate(lastUsedAt: Date | null, now: Date): boolean {
  return !lastUsedAt || now.getTime() - lastUsedAt.getTime() >= 60_000;
}

/** Why an expiry cannot be given to a new key, or null when it can: in the future, at most maxDays away. */
export function apiKeyExpiryProblem(expiresAt: Date, now: Date, maxDays: number): Coded | null {
  if (expiresAt.getTime() <= now.getTime()) return { code: 'API_KEY_EXPIRY_PAST' };
  if (expiresAt.getTime() > now.getTime() + maxDays * 86_400_000) return { code: 'API_KEY_EXPIRY_TOO_FAR', params: { maxDays } };
  return null;
}
