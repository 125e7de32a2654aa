import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../auth/role';
import { MeDto } from './dto/me.dto';
import { UserAccount } from './entities/user-account.entity';
import { issueSignInLink, signInLinkUrl, spendSignInLink } from './sign-in-links';
import { USERS_CONFIG, UsersConfig } from './users.config';

/** User accounts: finding them, and the one-time links that sign them in. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(USERS_CONFIG) private readonly config: UsersConfig,
  ) {}

  /** The account with this address, whatever its letter case. */
  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccount | null> {
    return manager
      .getRepository(UserAccount)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccount | null> {
    return manager.findOneBy(UserAccount, { id });
  }

  /** The signed-in person; a development token has no account, so its answer is made up from the token. */
  async me(user: AuthUser, csrfToken?: string): Promise<MeDto> {
    const supplierName = await this.supplierName(user.supplierId);
    const account = user.userId ? await this.findById(user.userId) : null;
    return {
      id: account?.id ?? null,
      email: account?.email ?? null,
      name: account?.name ?? user.sub,
      role: user.role,
      supplierId: user.supplierId ?? null,
      supplierName,
      supplierAdmin: account?.supplierAdmin ?? false,
      language: account?.language ?? 'sv',
      via: user.via,
      ...(csrfToken ? { csrfToken } : {}),
    };
  }

  private async supplierName(supplierId: string | undefined): Promise<string | null> {
    if (!supplierId) return null;
    const [row]: { name: string }[] = await this.dataSource.query(`SELECT name FROM supplier WHERE id = $1`, [supplierId]);
    return row?.name ?? null;
  }

  /** A one-time sign-in link for the user (`${PUBLIC_URL}/#/sign-in/link/<token>`), valid 7 days. */
  async signInLink(userId: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    return signInLinkUrl(this.config.publicUrl, await issueSignInLink(manager, userId));
  }

  /** Spends a sign-in link inside the caller's transaction; null when unknown, used or expired. */
  spendSignInLink(manager: EntityManager, token: string): Promise<string | null> {
    return spendSignInLink(manager, token);
  }
}
