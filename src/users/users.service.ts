import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser, Role } from '../auth/role';
import { ValidationFailedException } from '../common/errors/validation-errors';
import { Page } from '../common/pagination';
import { MeDto } from './dto/me.dto';
import { CreateUserDto, InvitationDto, ListUsersQueryDto, SupplierContactInvitationDto, UpdateUserDto, UserDto } from './dto/user.dto';
import { UserAccount, UserStatus } from './entities/user-account.entity';
import { auditView, createInvitedAccount, Invited, reinviteAccount } from './invitations';
import { issueSignInLink, signInLinkUrl, spendSignInLink } from './sign-in-links';
import { inScope, mayChange, mayInvite, RuleOutcome, statusAfter, userScope } from './user-rules';
import { USERS_CONFIG, UsersConfig } from './users.config';
import { UsersRepository } from './users.repository';

/** User accounts: who may see, invite and change whom (user-rules.ts), and one-time sign-in links. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
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
    enforce(mayInvite(by, account), 'No such supplier');
    const supplierName = await this.users.supplierName(supplierId, manager);
    if (supplierId && !supplierName) throw new ValidationFailedException([{ field: 'supplierId', messages: ['supplierId names no supplier'] }]);
    const invited = await createInvitedAccount(manager, account, by, this.config.publicUrl);
    await this.sendInvitation(manager, invited, by, supplierName);
    return UserDto.from(invited.user, supplierName);
  }

  /** A new invitation with a new link, for an account that has not been disabled. */
  async reinvite(manager: EntityManager, id: string, by: AuthUser): Promise<InvitationDto> {
    const user = await this.reachable(manager, id, by, true);
    enforce(mayInvite(by, user), 'No such user');
    if (user.status === UserStatus.Disabled) throw new ConflictException('The user is disabled; enable the account before inviting again');
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
    if (scope.kind === 'none') throw new ForbiddenException('Only a supplier’s administrator sees its colleagues’ accounts');
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
      enforce(mayChange(by, user, dto), 'No such user');
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
      if (user.supplierId && !supplierName) throw new ValidationFailedException([{ field: 'supplierId', messages: ['supplierId names no supplier'] }]);
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
    if (scope.kind === 'none') throw new ForbiddenException('Only a supplier’s administrator manages its colleagues’ accounts');
    const user = await this.users.findById(id, manager, lock);
    if (!user || !inScope(scope, user)) throw new NotFoundException('No such user');
    return user;
  }

  /** The invitation e-mail goes out with M's outbox once the mail module is merged; until then the CLI prints links. */
  private async sendInvitation(_manager: EntityManager, _invited: Invited, _by: AuthUser, _supplierName: string | null): Promise<void> {}
}

/** Turns a rule's answer into the HTTP answer: 404 (out of reach), 403, or 400 naming the field. */
function enforce(rule: RuleOutcome, hiddenMessage: string): void {
  if (rule.outcome === 'hidden') throw new NotFoundException(hiddenMessage);
  if (rule.outcome === 'forbidden') throw new ForbiddenException(rule.message);
  if (rule.outcome === 'invalid') throw new ValidationFailedException([{ field: rule.field, messages: [rule.message] }]);
}
