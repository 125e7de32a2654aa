import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'crypto';
import { AuthUser, Role, ROLES } from './role';

export interface IssueTokenOptions {
  role: Role;
  supplierId?: string;
  subject?: string;
  expiresIn?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class TokenService {
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
    let claims: { sub?: unknown; role?: unknown; supplierId?: unknown };
    try {
      claims = await this.jwt.verifyAsync(token);
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthorizedException(expired ? 'The bearer token has expired' : 'The bearer token is invalid');
    }
    const role = claims.role as Role;
    if (typeof claims.sub !== 'string' || !ROLES.includes(role)) {
      throw new UnauthorizedException('The bearer token is invalid');
    }
    if (role === Role.Supplier && (typeof claims.supplierId !== 'string' || !UUID.test(claims.supplierId))) {
      throw new UnauthorizedException('The supplier token is not bound to a supplier');
    }
    return { sub: claims.sub, role, supplierId: role === Role.Supplier ? (claims.supplierId as string) : undefined, via: 'dev-token' };
  }
}
