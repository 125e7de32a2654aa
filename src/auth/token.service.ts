import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'crypto';
import { AuthUser, Role, ROLES } from './role';
import { VerifiedTokens } from './verified-tokens';
import { unauthorized } from '../common/errors/coded-exception';
import './auth.messages';

export interface IssueTokenOptions {
  role: Role;
  supplierId?: string;
  subject?: string;
  expiresIn?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Development tokens kept verified: far more than the holders one instance serves at once. */
const VERIFIED_TOKENS_KEPT = 1000;

@Injectable()
export class TokenService {
  private readonly verified = new VerifiedTokens<AuthUser>(VERIFIED_TOKENS_KEPT);

  constructor(private readonly jwt: JwtService) {}

  issue({ role, supplierId, subject, expiresIn }: IssueTokenOptions): string {
    if (!ROLES.includes(role)) throw new Error(`Unknown role "${role}"; use one of ${ROLES.join(', ')}`);
    if (role === Role.Supplier && !(supplierId && UUID.test(supplierId))) {
      throw new Error('A supplier token needs --supplier <supplier id (uuid)>');
    }
    if (role !== Role.Supplier && supplierId) throw new Error('Only supplier tokens are bound to a supplier');
    const payload: Record<string, string> = { role };
    if (supplierId) payload.supplierId = supplierId;
    return this.jwt.sign(payload, {
      subject: subject ?? `${role}-${randomUUID()}`,
      ...(expiresIn ? { expiresIn: expiresIn as never } : {}),
    });
  }

  async verify(token: string): Promise<AuthUser> {
    const user = this.verified.get(token, Date.now()) ?? (await this.verifySignedClaims(token));
    // A copy: a request may add to its user, and the next request with the token must not see it.
    return { ...user };
  }

  private async verifySignedClaims(token: string): Promise<AuthUser> {
    let claims: { sub?: unknown; role?: unknown; supplierId?: unknown; exp?: unknown };
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw unauthorized(expired ? 'AUTH_TOKEN_EXPIRED' : 'AUTH_TOKEN_INVALID');
    }
    const role = claims.role as Role;
    if (typeof claims.sub !== 'string' || !ROLES.includes(role)) {
      throw unauthorized('AUTH_TOKEN_INVALID');
    }
    if (role === Role.Supplier && (typeof claims.supplierId !== 'string' || !UUID.test(claims.supplierId))) {
      throw unauthorized('AUTH_TOKEN_NO_SUPPLIER');
    }
    const user: AuthUser = { sub: claims.sub, role, supplierId: role === Role.Supplier ? (claims.supplierId as string) : undefined, via: 'dev-token' };
    // A token without an expiry is checked every time rather than kept for ever.
    if (typeof claims.exp === 'number') this.verified.set(token, user, claims.exp * 1000);
    return user;
  }
}
