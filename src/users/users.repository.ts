import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Role } from '../auth/role';
import { escapeLike } from '../common/text';
import { ListUsersQueryDto } from './dto/user.dto';
import { UserAccount } from './entities/user-account.entity';
import { UserScope } from './user-rules';

/** A user with the name of the supplier it acts for. */
export interface ListedUser {
  user: UserAccount;
  supplierName: string | null;
}

/** Every query of user_account. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The account with this address, whatever its letter case (the unique index is on lower(email)). */
  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserAccount | null> {
    return manager.getRepository(UserAccount).createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<UserAccount | null> {
    return manager.findOne(UserAccount, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async supplierName(supplierId: string | null | undefined, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    if (!supplierId) return null;
    const [row]: { name: string }[] = await manager.query(`SELECT name FROM supplier WHERE id = $1`, [supplierId]);
    return row?.name ?? null;
  }

  async supplierContactEmail(supplierId: string): Promise<string | null> {
    const [row]: { contact_email: string }[] = await this.dataSource.query(`SELECT contact_email FROM supplier WHERE id = $1`, [supplierId]);
    return row?.contact_email ?? null;
  }

  /** The users within `scope` matching the filters, by name. */
  async list(scope: UserScope, query: ListUsersQueryDto): Promise<{ items: ListedUser[]; total: number }> {
    const qb = this.dataSource.getRepository(UserAccount).createQueryBuilder('u');
    within(qb, scope);
    if (query.q) qb.andWhere('(u.name ILIKE :q OR u.email ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.supplierId) qb.andWhere('u.supplier_id = :supplierId', { supplierId: query.supplierId });
    if (query.status) qb.andWhere('u.status = :status', { status: query.status });
    const [users, total] = await qb.orderBy('lower(u.name)').addOrderBy('u.id').take(query.limit).skip(query.offset).getManyAndCount();
    const ids = [...new Set(users.flatMap((u) => (u.supplierId ? [u.supplierId] : [])))];
    const names: { id: string; name: string }[] = ids.length === 0 ? [] : await this.dataSource.query(`SELECT id, name FROM supplier WHERE id = ANY($1::uuid[])`, [ids]);
    const nameOf = new Map(names.map((n) => [n.id, n.name]));
    return { items: users.map((user) => ({ user, supplierName: user.supplierId ? (nameOf.get(user.supplierId) ?? null) : null })), total };
  }

  /** Ends every session of a user (disabled: their browsers are signed out for good). */
  async endSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
  }
}

/** Adds the scope to a user query, so a list shows only the users the actor reaches. */
function within(qb: SelectQueryBuilder<UserAccount>, scope: UserScope): void {
  switch (scope.kind) {
    case 'all':
      return;
    case 'supplier-users':
      qb.andWhere('u.role = :supplierRole', { supplierRole: Role.Supplier });
      return;
    case 'supplier':
      qb.andWhere('u.role = :supplierRole AND u.supplier_id = :scopeSupplier', { supplierRole: Role.Supplier, scopeSupplier: scope.supplierId });
      return;
    case 'none':
      qb.andWhere('false');
  }
}
