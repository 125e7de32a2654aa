import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser, Role } from '../auth/role';
import { fieldError, ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { OutboxService } from '../mail/outbox.service';
import { MeDto } from './dto/me.dto';
import { CreateUserDto, InvitationDto, ListUsersQueryDto, SupplierContactInvitationDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { UserAccount, UserStatus } from './entities/user-account.entity';
import { auditView, createInvitedAccount, Invited, reinviteAccount } from './invitations';
import { issueSignInLink, SIGN_IN_LINK_DAYS, signInLinkUrl, spendSignInLink } from './sign-in-links';
import { inScope, mayChange, mayInvite, RuleOutcome, statusAfter, userScope } from './user-rules';
import { USERS_CONFIG, UsersConfig } from './users.config';
import { UsersRepository } from './users.repository';
import { conflict, forbidden, notFound } from '../common/errors/coded-exception';
import './user.messages';

/** User accounts: who may see, invite and change whom (user-rules.ts), and one-time sign-in links. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    @Inject(USERS_CONFIG) private readonly config: UsersConfig,
  ) {}

  /** The account with this address, whatever its letter case. */
  findByEmail(email: string, manager?: EntityManager): Promise<UserAccount | null> {
    return this.users.findByEmail(email, manager);
  }

  findById(id: string, manager?: EntityManager): Promise<UserAccount | null> {
    return this.users.findById(id, manager);
  }

  /** A one-time sign-in link for the user (`${PUBLIC_URL}/#/sign-in/link/<token>`), valid 7 days. */
  async signInLink(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    return signInLinkUrl(this.config.publicUrl, (await issueSignInLink(manager, userId)).token);
  }

  /** Spends a sign-in link inside the caller's transaction; null when unknown, used or expired. */
  spendSignInLink(manager: EntityManager, token: string): Promise<string | null> {
    return spendSignInLink(manager, token);
  }

  /**
   * Invites a user in the caller's transaction: an INVITED account and a one-time link that only the
   * invitee receives, so the inviter can never sign in as them.
   */
  async invite(manager: EntityManager, dto: CreateUserDto, by: AuthUser): Promise<UserDto> {
    const supplierId = dto.supplierId ?? (by.role === Role.Supplier && dto.role === Role.Supplier ? (by.supplierId ?? null) : null);
    const account = { email: dto.email, name: dto.name, role: dto.role, supplierId, supplierAdmin: dto.supplierAdmin ?? false, language: dto.language ?? 'sv' };
    enforce(mayInvite(by, account), 'USER_SUPPLIER_NOT_FOUND');
    const supplierName = await this.users.supplierName(supplierId, manager);
    if (supplierId && !supplierName) throw new ValidationFailedException([fieldError('supplierId', 'USER_SUPPLIER_UNKNOWN')]);
    const invited = await createInvitedAccount(manager, account, by, this.config.publicUrl);
    await this.sendInvitation(manager, invited, by, supplierName);
    return UserDto.from(invited.user, supplierName);
  }

  /** A new invitation with a new link, for an account that has not been disabled. */
  async reinvite(manager: EntityManager, id: string, by: AuthUser): Promise<InvitationDto> {
    const user = await this.reachable(manager, id, by, true);
    enforce(mayInvite(by, user), 'USER_NOT_FOUND');
    if (user.status === UserStatus.Disabled) throw conflict('USER_DISABLED_NO_INVITE');
    const invited = await reinviteAccount(manager, user, by, this.config.publicUrl);
    await this.sendInvitation(manager, invited, by, await this.users.supplierName(user.supplierId, manager));
    return { userId: user.id, email: user.email, validUntil: invited.validUntil.toISOString() };
  }

  /** The invitation offered at award: the supplier's contact address, and whether it already has an account. */
  async contactInvitationFor(supplierId: string): Promise<SupplierContactInvitationDto | null> {
    const email = await this.users.supplierContactEmail(supplierId);
    return email ? { email, alreadyUser: (await this.users.findByEmail(email)) !== null } : null;
  }

  async list(query: ListUsersQueryDto, by: AuthUser): Promise<Page<UserDto>> {
    const scope = userScope(by);
    if (scope.kind === 'none') throw forbidden('USER_SUPPLIER_ADMIN_SEES_COLLEAGUES');
    const { items, total } = await this.users.list(scope, query);
    return { items: items.map(({ user, supplierName }) => UserDto.from(user, supplierName)), total, limit: query.limit, offset: query.offset };
  }

  async get(id: string, by: AuthUser): Promise<UserDto> {
    const user = await this.reachable(this.dataSource.manager, id, by);
    return UserDto.from(user, await this.users.supplierName(user.supplierId));
  }

  /** Changes an account; disabling ends its sessions, and its API keys are refused from the next request. */
  update(id: string, dto: UpdateUserDto, by: AuthUser): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.reachable(manager, id, by, true);
      enforce(mayChange(by, user, dto), 'USER_NOT_FOUND');
      const before = auditView(user);
      const role = dto.role ?? user.role;
      Object.assign(user, {
        name: dto.name ?? user.name,
        role,
        supplierId: dto.supplierId !== undefined ? dto.supplierId : user.supplierId,
        supplierAdmin: role === Role.Supplier ? (dto.supplierAdmin ?? user.supplierAdmin) : false,
        language: dto.language ?? user.language,
        status: dto.status ? statusAfter(dto.status, user.lastSignInAt) : user.status,
      });
      const supplierName = await this.users.supplierName(user.supplierId, manager);
      if (user.supplierId && !supplierName) throw new ValidationFailedException([fieldError('supplierId', 'USER_SUPPLIER_UNKNOWN')]);
      const saved = await manager.save(user);
      if (saved.status === UserStatus.Disabled) await this.users.endSessions(manager, id);
      await this.audit.record(manager, by, { entityType: 'user_account', entityId: id, action: 'UPDATE', before, after: auditView(saved) });
      return UserDto.from(saved, supplierName);
    });
  }

  /** The signed-in person; a development token has no account, so its answer is made up from the token. */
  async me(user: AuthUser, csrfToken?: string): Promise<MeDto> {
    const account = user.userId ? await this.users.findById(user.userId) : null;
    return {
      id: account?.id ?? null,
      email: account?.email ?? null,
      name: account?.name ?? user.sub,
      role: user.role,
      supplierId: user.supplierId ?? null,
      supplierName: await this.users.supplierName(user.supplierId),
      supplierAdmin: account?.supplierAdmin ?? false,
      language: account?.language ?? 'sv',
      via: user.via,
      ...(csrfToken ? { csrfToken } : {}),
    };
  }

  /** The user if the actor reaches it; anyone else's account does not exist for the actor (404). */
  private async reachable(manager: EntityManager, id: string, by: AuthUser, lock = false): Promise<UserAccount> {
    const scope = userScope(by);
    if (scope.kind === 'none') throw forbidden('USER_SUPPLIER_ADMIN_MANAGES_COLLEAGUES');
    const user = await this.users.findById(id, manager, lock);
    if (!user || !inScope(scope, user)) throw notFound('USER_NOT_FOUND');
    return user;
  }

  /**
   * The invitation e-mail with the link, in the invitee's language, written to the outbox in the
   * invitation's transaction. It names the inviter; a development token has no name, so the city does.
   */
  private sendInvitation(manager: EntityManager, invited: Invited, by: AuthUser, supplierName: string | null): Promise<void> {
    const { user } = invited;
    return this.outbox.enqueueTemplate(manager, user.email, 'INVITATION', user.language, {
      name: user.name,
      invitedBy: by.name ?? (user.language === 'en' ? 'The City of Stockholm' : 'Stockholms stad'),
      supplierName,
      link: invited.link,
      validDays: SIGN_IN_LINK_DAYS,
    });
  }
}

/** Turns a rule's answer into the HTTP answer: 404 (out of reach), 403, or 400 naming the field. */
function enforce(rule: RuleOutcome, hiddenCode: string): void {
  if (rule.outcome === 'hidden') throw notFound(hiddenCode);
  if (rule.outcome === 'forbidden') throw forbidden(rule.code);
  if (rule.outcome === 'invalid') throw new ValidationFailedException([fieldError(rule.field, rule.code)]);
}
