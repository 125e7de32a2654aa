import { EntityManager } from 'typeorm';
import { Role } from '../auth/role';
import type { Language } from '../users/entities/user-account.entity';

/** Someone a notification goes to, with what decides whether and how. */
export interface Recipient {
  userId: string;
  email: string;
  language: Language;
  /** The kinds the user switched off. */
  muted: string[];
}

const COLUMNS = `u.id AS "userId", u.email, u.language, u.muted_notifications AS muted`;

/**
 * Who receives a notification about what. Plain SQL on the caller's manager (no entities), so the
 * CLI's daily run and a service's transaction read recipients the same way. A disabled account
 * receives nothing; an invited one does, since its e-mail address is how it is reached.
 */
export class RecipientsRepository {
  /** The users of a supplier. */
  supplierUsers(manager: EntityManager, supplierId: string): Promise<Recipient[]> {
    return manager.query(
      `SELECT ${COLUMNS} FROM user_account u
       WHERE u.role = 'supplier' AND u.supplier_id = $1 AND u.status <> 'DISABLED' ORDER BY u.id`,
      [supplierId],
    );
  }

  /** The officers responsible for a contract: see {@link contractOfficersOf}. */
  async contractOfficers(manager: EntityManager, contractId: string): Promise<Recipient[]> {
    return (await this.contractOfficersOf(manager, [contractId])).get(contractId) ?? [];
  }

  /**
   * Per contract, the officers who created its procurement or awarded it (audit subjects
   * `user:<uuid>`); a contract whose named officers are gone, disabled or were no user accounts
   * (a development token, the CLI) goes to every officer, so that no alert is lost. One query for
   * many contracts, for the daily sweeps.
   */
  async contractOfficersOf(manager: EntityManager, contractIds: string[]): Promise<Map<string, Recipient[]>> {
    const rows: (Recipient & { contractId: string })[] = await manager.query(
      `WITH officer AS (SELECT ${COLUMNS} FROM user_account u WHERE u.role = 'officer' AND u.status <> 'DISABLED'),
       named AS (
         SELECT ct.id AS "contractId", o.* FROM contract ct
         JOIN procurement p ON p.id = ct.procurement_id
         JOIN officer o ON 'user:' || o."userId" IN (p.created_by, ct.awarded_by)
         WHERE ct.id = ANY($1::uuid[]))
       SELECT * FROM named
       UNION ALL
       SELECT ct.id, o.* FROM contract ct CROSS JOIN officer o
       WHERE ct.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM named n WHERE n."contractId" = ct.id)
       ORDER BY 1, 2`,
      [contractIds],
    );
    const byContract = new Map<string, Recipient[]>();
    for (const { contractId, ...recipient } of rows) {
      byContract.set(contractId, [...(byContract.get(contractId) ?? []), recipient]);
    }
    return byContract;
  }

  /** Everyone in the city's matching unit (role matcher, e.g. Jobbtorg Stockholm). */
  matchers(manager: EntityManager): Promise<Recipient[]> {
    return this.everyone(manager, Role.Matcher);
  }

  /** Everyone in the pact office (paktkansliet). */
  pactOffice(manager: EntityManager): Promise<Recipient[]> {
    return this.everyone(manager, Role.PactOffice);
  }

  /** Every user of a city role that is not bound to a supplier. */
  private everyone(manager: EntityManager, role: Role.Matcher | Role.PactOffice): Promise<Recipient[]> {
    return manager.query(`SELECT ${COLUMNS} FROM user_account u WHERE u.role = $1 AND u.status <> 'DISABLED' ORDER BY u.id`, [role]);
  }
}
