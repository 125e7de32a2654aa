import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CookieOptions, Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashOfSecret, newSecret } from '../auth/secrets';
import { SessionService } from '../sessions/session.service';
import { UserAccount } from '../users/entities/user-account.entity';
import { requestIdOf } from '../common/logging/request-logging.middleware';
import { authUserOf } from '../users/user-principal';
import { UsersService } from '../users/users.service';
import { OIDC_SETTINGS, OidcSettings } from './oidc-config';
import { OidcRelyingParty } from './oidc-relying-party';
import { safeReturnTo } from './return-to';
import { mappedRole } from './role-mapping';
import { ATTEMPT_MINUTES, SignInAttemptsRepository } from './sign-in-attempts.repository';
import { accountOfSubject, changeRole, createStaffAccount, linkedToAnotherSubject, linkSubject } from './staff-identities.repository';
import { decideStaffSignIn, displayName, SignInRefusal, verifiedEmail } from './staff-sign-in';

/** The browser's half of a sign-in in progress; only its sha256 is stored. */
export const ATTEMPT_COOKIE = 'oidc_attempt';
const ATTEMPT_COOKIE_PATH = '/api/auth/oidc';

/** Why a sign-in failed, as the sign-in page is told (`/#/sign-in?error=<code>`); details go to the log only. */
export type SignInFailure = SignInRefusal | 'oidc_unavailable' | 'oidc_failed';

export const PUBLIC_URL = Symbol('PUBLIC_URL');

/**
 * City staff signing in through the city's OpenID Connect provider: the start sends the browser to
 * the provider, the callback redeems its answer, finds (or, when the groups give a role, creates)
 * the account and opens a session. Any failure signs no one in.
 */
@Injectable()
export class StaffSignInService {
  private readonly logger = new Logger('StaffSignIn');

  constructor(
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings | null,
    @Inject(PUBLIC_URL) private readonly publicUrl: string,
    private readonly relyingParty: OidcRelyingParty,
    private readonly attempts: SignInAttemptsRepository,
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Where to send the browser: the provider's authorisation URL, or the sign-in page with an error. */
  async start(req: Request, res: Response, returnTo: string | undefined): Promise<string> {
    if (!this.settings) return failurePage('oidc_unavailable');
    try {
      const secrets = await this.relyingParty.newSecrets();
      const url = await this.relyingParty.authorizationUrl(secrets);
      const cookie = newSecret();
      await this.attempts.add(hashOfSecret(cookie), { ...secrets, returnTo: safeReturnTo(returnTo, this.publicUrl) });
      res.cookie(ATTEMPT_COOKIE, cookie, { ...this.attemptCookieOptions(req), maxAge: ATTEMPT_MINUTES * 60_000 });
      return url;
    } catch (error) {
      this.logger.error({ message: `The identity provider could not be reached: ${describe(error)}`, requestId: requestIdOf(req) });
      return failurePage('oidc_unavailable');
    }
  }

  /** Finishes the sign-in the provider answered; returns where to send the browser. */
  async finish(req: Request, res: Response): Promise<string> {
    res.clearCookie(ATTEMPT_COOKIE, this.attemptCookieOptions(req));
    if (!this.settings) return failurePage('oidc_unavailable');
    const cookie = (req.cookies as Record<string, unknown> | undefined)?.[ATTEMPT_COOKIE];
    const attempt = typeof cookie === 'string' && cookie ? await this.attempts.take(hashOfSecret(cookie)) : null;
    if (!attempt) {
      this.logger.warn({ message: 'Sign-in callback refused: no sign-in in progress in this browser (no cookie, or used or expired)', requestId: requestIdOf(req) });
      return failurePage('oidc_failed');
    }
    let claims: Record<string, unknown>;
    try {
      claims = await this.relyingParty.claimsOf(req.originalUrl.split('?')[1] ?? '', attempt);
    } catch (error) {
      this.logger.warn({ message: `Sign-in callback refused: ${describe(error)}`, requestId: requestIdOf(req) });
      return failurePage('oidc_failed');
    }
    const settings = this.settings;
    let outcome: { sessionCookie: string } | { refusal: SignInRefusal };
    try {
      outcome = await this.dataSource.transaction((manager) => this.signIn(manager, settings, claims));
    } catch (error) {
      // E.g. the same person's first sign-in finishing twice at once: the second finds the address taken.
      this.logger.error({ message: `Sign-in of subject ${String(claims.sub)} failed: ${describe(error)}`, requestId: requestIdOf(req) });
      return failurePage('oidc_failed');
    }
    if ('refusal' in outcome) {
      this.logger.warn({ message: `Sign-in refused (${outcome.refusal}) for subject ${String(claims.sub)} of ${settings.issuerUrl}`, requestId: requestIdOf(req) });
      return failurePage(outcome.refusal);
    }
    this.sessions.setCookie(req, res, outcome.sessionCookie);
    return attempt.returnTo;
  }

  /** Finds or creates the account, applies the mapped role and opens a session, in one transaction. */
  private async signIn(manager: EntityManager, settings: OidcSettings, claims: Record<string, unknown>): Promise<{ sessionCookie: string } | { refusal: SignInRefusal }> {
    const subject = String(claims.sub);
    const found = await this.findPerson(manager, settings.issuerUrl, subject, claims);
    if (found.kind === 'refused') return { refusal: found.reason };
    const decision = decideStaffSignIn(found.kind === 'new' ? null : found.account, mappedRole(claims, settings.roleClaim, settings.roleMap));
    if (decision.kind === 'refuse') return { refusal: decision.reason };

    let account: UserAccount;
    if (found.kind === 'new') {
      account = await createStaffAccount(manager, { email: found.email, name: displayName(claims, found.email), role: decision.role });
      await this.audited(manager, account, 'CREATE', null, { email: account.email, name: account.name, role: account.role, via: 'sso' });
    } else {
      account = found.account;
      if (decision.role !== account.role) {
        await changeRole(manager, account.id, decision.role);
        await this.audited(manager, account, 'UPDATE', { role: account.role }, { role: decision.role, via: 'sso' });
      }
    }
    if (found.kind !== 'linked') {
      await linkSubject(manager, settings.issuerUrl, subject, account.id);
      await this.audited(manager, account, 'LINK', null, { sso: { issuer: settings.issuerUrl, subject } });
    }
    return { sessionCookie: await this.sessions.open(manager, account.id) };
  }

  /**
   * The account linked to the provider's subject; else, at a first sign-in, the account of the
   * verified address, unless another subject of this provider already holds it; else a new person.
   */
  private async findPerson(manager: EntityManager, issuer: string, subject: string, claims: Record<string, unknown>): Promise<FoundPerson> {
    const linked = await accountOfSubject(manager, issuer, subject);
    if (linked) return { kind: 'linked', account: linked };
    const email = verifiedEmail(claims);
    if (!email) return { kind: 'refused', reason: 'no_email' };
    const account = await this.users.findByEmail(email, manager);
    if (!account) return { kind: 'new', email };
    if (await linkedToAnotherSubject(manager, issuer, account.id)) return { kind: 'refused', reason: 'account_mismatch' };
    return { kind: 'by-email', account };
  }

  private audited(manager: EntityManager, account: UserAccount, action: string, before: object | null, after: object): Promise<void> {
    return this.audit.record(manager, authUserOf(account, 'session'), { entityType: 'user_account', entityId: account.id, action, before, after });
  }

  private attemptCookieOptions(req: Request): CookieOptions {
    // Lax: the provider's answer is a top-level navigation back here, which Lax cookies accompany.
    return { httpOnly: true, sameSite: 'lax', path: ATTEMPT_COOKIE_PATH, secure: req.secure };
  }
}

type FoundPerson =
  | { kind: 'linked' | 'by-email'; account: UserAccount }
  | { kind: 'new'; email: string }
  | { kind: 'refused'; reason: SignInRefusal };

const failurePage = (code: SignInFailure): string => `/#/sign-in?error=${code}`;

/** An error in one log line: openid-client's code, the provider's error, and the cause (what did not match). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, error: oauthError, error_description: description } = error as Error & Record<string, unknown>;
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return [error.name, code, oauthError, description, error.message, cause].filter((part) => typeof part === 'string' && part).join(': ');
}
