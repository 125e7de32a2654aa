import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { OutboxService } from '../mail/outbox.service';
import { SessionService } from '../sessions/session.service';
import { UserAccount } from '../users/entities/user-account.entity';
import { authUserOf } from '../users/user-principal';
import { UsersService } from '../users/users.service';
import { answerDelayMs, CODE_VALID_MINUTES, codeMatches, hashOfCode, MAX_WRONG_TRIES, maySignInByCode, newSignInCode } from './sign-in-code-rules';
import { SignInCodesRepository } from './sign-in-codes.repository';
import { unauthorized } from '../common/errors/coded-exception';
import '../sessions/session.messages';

/** The key codes are hashed with (signInCodeKey). */
export const SIGN_IN_CODE_KEY = Symbol('SIGN_IN_CODE_KEY');

/** The one answer to a code that does not sign in, whatever the reason: nothing to learn from it. */


/** Supplier users sign in with a one-time code sent to their e-mail address. */
@Injectable()
export class SignInCodesService {
  private readonly logger = new Logger(SignInCodesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SIGN_IN_CODE_KEY) private readonly key: Buffer,
    private readonly codes: SignInCodesRepository,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Sends a code when the address is a supplier user's who may sign in, and nothing otherwise; the
   * caller cannot tell which: the same answer, after the same time (REQUEST_ANSWER_MS).
   */
  async request(email: string): Promise<void> {
    const started = Date.now();
    try {
      await this.dataSource.transaction(async (manager) => {
        const account = await this.users.findByEmail(email, manager);
        if (account && maySignInByCode(account)) await this.sendCode(manager, account);
      });
    } finally {
      await sleep(answerDelayMs(Date.now() - started));
    }
  }

  /** The code, its e-mail and its audit row, in one transaction. */
  private async sendCode(manager: EntityManager, account: UserAccount): Promise<void> {
    const code = newSignInCode();
    const stored = await this.codes.replace(manager, account.id, hashOfCode(this.key, account.id, code));
    await this.outbox.enqueueTemplate(manager, account.email, 'SIGN_IN_CODE', account.language, { code, validMinutes: CODE_VALID_MINUTES });
    await this.audit.record(manager, authUserOf(account, 'session'), {
      entityType: 'user_account',
      entityId: account.id,
      action: 'SIGN_IN_CODE_SENT',
      after: { expiresAt: stored.expiresAt },
    });
  }

  /**
   * Signs in with a code: spends it and opens a session in one transaction; returns the session
   * cookie to set. A wrong code counts a try (committed, though the answer is 401); the last
   * allowed wrong try ends the code. A refusal comes after the same time whatever its reason, so
   * it does not tell whether the address has an account or a code.
   */
  async verify(email: string, code: string): Promise<string> {
    const started = Date.now();
    const cookie = await this.dataSource.transaction(async (manager) => {
      const account = await this.users.findByEmail(email, manager);
      if (!account || !maySignInByCode(account)) return null;
      const live = await this.codes.liveForUpdate(manager, account.id);
      if (!live) return null;
      if (!codeMatches(this.key, account.id, code, live.codeHash)) {
        await this.countWrongTry(manager, account, live.id);
        return null;
      }
      await this.codes.markUsed(manager, live.id);
      return this.sessions.open(manager, account.id);
    });
    if (cookie) return cookie;
    await sleep(answerDelayMs(Date.now() - started));
    throw unauthorized('SIGN_IN_CODE_REFUSED');
  }

  private async countWrongTry(manager: EntityManager, account: UserAccount, codeId: string): Promise<void> {
    const tries = await this.codes.countWrongTry(manager, codeId);
    if (tries < MAX_WRONG_TRIES) return;
    this.logger.warn(`A sign-in code of user ${account.id} was ended after ${tries} wrong tries`);
    await this.audit.record(manager, authUserOf(account, 'session'), {
      entityType: 'user_account',
      entityId: account.id,
      action: 'SIGN_IN_CODE_ENDED',
      after: { wrongTries: tries },
    });
  }
}
