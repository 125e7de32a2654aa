import { Injectable } from '@nestjs/common';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AuthUser } from '../auth/role';
import { Action, decide, decideOnVacancy, Employer, ListScope, listScope, Owned, VacancyAction } from './access-policy';
import { forbidden, notFound } from '../common/errors/coded-exception';
import './access.messages';

declare const granted: unique symbol;

/**
 * A record the policy let the user take action A on. What writes a supplier's rows takes this
 * rather than a bare supplier id, so it cannot be reached without the check.
 */
export type Granted<T, A extends Action> = T & { readonly [granted]: A };

/** Applies the access policy: before an action on a record, and to every query that lists records. */
@Injectable()
export class AccessService {
  /**
   * The record, if the user may take the action on it: 403 when the user's role may never, 404
   * when it is missing or another supplier's. `name` is the 404's code and the record's id.
   */
  require<T extends Owned, A extends Action>(user: AuthUser, action: A, record: T | null | undefined, name: { code: string; id: string }): Granted<T, A> {
    const decision = decide(user, action, record);
    if (decision === 'forbidden') throw forbidden('ACCESS_FORBIDDEN', { role: user.role, action });
    if (decision === 'hidden') throw notFound(name.code, { id: name.id });
    return record as Granted<T, A>;
  }

  /**
   * The vacancy (or a referral, with its vacancy's employer), if the user may take the action on it:
   * 403 when the user's role may never, 404 (`name`) when it is missing or another supplier's.
   */
  requireOnVacancy<T extends Employer>(user: AuthUser, action: VacancyAction, vacancy: T | null | undefined, name: { code: string; id: string }): T {
    const decision = decideOnVacancy(user, action, vacancy);
    if (decision === 'forbidden') throw forbidden('ACCESS_FORBIDDEN', { role: user.role, action });
    if (decision === 'hidden') throw notFound(name.code, { id: name.id });
    return vacancy as T;
  }

  /** The supplier a list is limited to (null: every supplier); 403 for a supplier user bound to none. */
  scope(user: AuthUser): ListScope {
    const scope = listScope(user);
    if (scope === 'forbidden') throw forbidden('ACCESS_NO_SUPPLIER');
    return scope;
  }

  /** Adds the user's scope to a list query whose rows belong to the supplier in `supplierColumn`. */
  scoped<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, user: AuthUser, supplierColumn: string): SelectQueryBuilder<T> {
    const { supplierId } = this.scope(user);
    return supplierId === null ? qb : qb.andWhere(`${supplierColumn} = :scopeSupplierId`, { scopeSupplierId: supplierId });
  }

  /** The user's scope as a SQL condition (` AND <column> = $n`, or nothing) for a statement whose values `params` collects. */
  scopedSql(user: AuthUser, supplierColumn: string, params: unknown[]): string {
    const { supplierId } = this.scope(user);
    return supplierId === null ? '' : ` AND ${supplierColumn} = $${params.push(supplierId)}`;
  }
}
