import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CookieOptions, Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/role';
import { hashOfSecret, newSecret } from '../auth/secrets';
import { UserAccount, UserStatus } from '../users/entities/user-account.entity';
import { authUserOf, mayAct } from '../users/user-principal';
import { sessionEnd, sessionNeedsTouch, sessionState } from './session-expiry';
import { SESSIONS_CONFIG, SessionsConfig } from './sessions.config';
import { unauthorized } from '../common/errors/coded-exception';
import './session.messages';

/** The session cookie: an opaque random value; the server keeps only its sha256. */
export const SESSION_COOKIE = 'sid';

export interface ResolvedSession {
  user: AuthUser;
  sessionId: string;
  csrfToken: string;
}

interface SessionRow {
  id: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  user_id: string;
  email: string;
  name: string;
  role: UserAccount['role'];
  supplier_id: string | null;
  supplier_admin: boolean;
  status: UserStatus;
}

/**
 * Server-side browser sessions. Each request reads its session and user from PostgreSQL, so a
 * disabled user or an ended session is refused on the next request, on every instance.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(SESSIONS_CONFIG) private readonly config: SessionsConfig,
  ) {}

  /** Signs the user in: a new session, the cookie on the response, the first sign-in activates an invited user. */
  async start(res: Response, req: Request, userId: string): Promise<void> {
    const cookie = await this.dataSource.transaction((manager) => this.open(manager, userId));
    this.setCookie(req, res, cookie);
  }

  /**
   * Opens a session inside the caller's transaction (so a spent sign-in link and its session commit
   * together) and returns the cookie value to set once committed. A disabled user is refused.
   */
  async open(manager: EntityManager, userId: string): Promise<string> {
    const account = await manager.findOne(UserAccount, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!account || !mayAct(account)) throw unauthorized('SESSION_ACCOUNT_CANNOT_SIGN_IN');
    const now = new Date();
    const before = { status: account.status, lastSignInAt: account.lastSignInAt };
    await manager.update(UserAccount, { id: userId }, { status: UserStatus.Active, lastSignInAt: now });
    await manager.query(`DELETE FROM user_session WHERE user_id = $1 AND expires_at <= now()`, [userId]);
    const cookie = newSecret();
    await manager.query(
      `INSERT INTO user_session (id, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)`,
      [hashOfSecret(cookie), userId, newSecret(), now, sessionEnd(now, this.config.sessionAbsoluteHours)],
    );
    await this.audit.record(manager, authUserOf(account, 'session'), {
      entityType: 'user_account',
      entityId: userId,
      action: 'SIGN_IN',
      before,
      after: { status: UserStatus.Active, lastSignInAt: now },
    });
    return cookie;
  }

  /** Sets the session cookie: httpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
  setCookie(req: Request, res: Response, cookie: string): void {
    res.cookie(SESSION_COOKIE, cookie, { ...this.cookieOptions(req), maxAge: this.config.sessionAbsoluteHours * 3_600_000 });
  }

  /** Ends the request's session (if any) and clears the cookie. */
  async end(req: Request, res: Response): Promise<void> {
    const cookie = sessionCookieOf(req);
    if (cookie) await this.dataSource.query(`DELETE FROM user_session WHERE id = $1`, [hashOfSecret(cookie)]);
    res.clearCookie(SESSION_COOKIE, this.cookieOptions(req));
  }

  /** The signed-in user of a cookie value, or null when the session is unknown, over or its user disabled. */
  async resolve(cookie: string): Promise<ResolvedSession | null> {
    const id = hashOfSecret(cookie);
    const [row]: SessionRow[] = await this.dataSource.query(
      `SELECT s.id, s.csrf_token, s.last_seen_at, s.expires_at,
              u.id AS user_id, u.email, u.name, u.role, u.supplier_id, u.supplier_admin, u.status
       FROM user_session s JOIN user_account u ON u.id = s.user_id WHERE s.id = $1`,
      [id],
    );
    if (!row) return null;
    const now = new Date();
    const times = { lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
    if (sessionState(times, now, this.config.sessionIdleMinutes) !== 'ACTIVE') {
      await this.dataSource.query(`DELETE FROM user_session WHERE id = $1`, [id]);
      return null;
    }
    const account = { id: row.user_id, email: row.email, name: row.name, role: row.role, supplierId: row.supplier_id, supplierAdmin: row.supplier_admin, status: row.status };
    if (!mayAct(account)) return null;
    if (sessionNeedsTouch(times, now)) await this.dataSource.query(`UPDATE user_session SET last_seen_at = $2 WHERE id = $1`, [id, now]);
    return { user: authUserOf(account, 'session'), sessionId: id, csrfToken: row.csrf_token };
  }

  private cookieOptions(req: Request): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure };
  }
}

/** The session cookie of a request, if it sent one (cookie-parser fills req.cookies). */
export function sessionCookieOf(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
