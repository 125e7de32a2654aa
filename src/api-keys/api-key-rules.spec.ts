import { apiKeyExpiryProblem, apiKeyState, isApiKeyToken, isWellFormedApiKey, lastUsedNeedsUpdate, newApiKey } from './api-key-rules';
import { hashOfSecret } from '../auth/secrets';

const at = (iso: string) => new Date(iso);

describe('API keys', () => {
  it('are sck_ and 32 random bytes, stored as a hash with a short prefix for lists', () => {
    const { key, prefix, hash } = newApiKey();
    expect(key).toMatch(/^sck_[A-Za-z0-9_-]{43}$/);
    expect(isWellFormedApiKey(key)).toBe(true);
    expect(prefix).toBe(key.slice(0, 12));
    expect(hash).toBe(hashOfSecret(key));
    expect(hash).not.toContain(key.slice(4));
  });

  it('are told from development tokens by their prefix', () => {
    expect(isApiKeyToken('sck_abc')).toBe(true);
    expect(isApiKeyToken('eyJhbGciOiJIUzI1NiJ9.e30.x')).toBe(false);
    expect(isWellFormedApiKey('sck_short')).toBe(false);
  });

  it('are refused once revoked or expired', () => {
    const now = at('2026-03-02T10:00:00Z');
    expect(apiKeyState({ revokedAt: null, expiresAt: at('2026-03-02T10:00:01Z') }, now)).toBe('ACTIVE');
    expect(apiKeyState({ revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(apiKeyState({ revokedAt: at('2026-03-01T00:00:00Z'), expiresAt: at('2027-01-01T00:00:00Z') }, now)).toBe('REVOKED');
  });

  it('record their use at most once a minute', () => {
    const now = at('2026-03-02T10:00:00Z');
    expect(lastUsedNeedsUpdate(null, now)).toBe(true);
    expect(lastUsedNeedsUpdate(at('2026-03-02T09:59:01Z'), now)).toBe(false);
    expect(lastUsedNeedsUpdate(at('2026-03-02T09:59:00Z'), now)).toBe(true);
  });

  it('need an expiry in the future and at most the configured days ahead', () => {
    const now = at('2026-03-02T10:00:00Z');
    expect(apiKeyExpiryProblem(at('2026-03-02T09:00:00Z'), now, 365)).toEqual({ code: 'API_KEY_EXPIRY_PAST' });
    expect(apiKeyExpiryProblem(at('2027-03-02T10:00:01Z'), now, 365)).toEqual({ code: 'API_KEY_EXPIRY_TOO_FAR', params: { maxDays: 365 } });
    expect(apiKeyExpiryProblem(at('2027-03-02T10:00:00Z'), now, 365)).toBeNull();
  });
});
