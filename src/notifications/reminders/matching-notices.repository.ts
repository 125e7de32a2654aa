import { EntityManager } from 'typeorm';
import { ReferralOutcome } from '../../matching/matching.types';
import { FINAL_OUTCOMES } from '../../matching/referral-outcome';

/** A vacancy as the matching messages name it: its employer (a supplier or a pact member) and what it offers. */
export interface VacancyNotice {
  vacancyId: string;
  /** Null for a pact member's vacancy: its referrals are followed by the city, nobody at a supplier. */
  supplierId: string | null;
  contractId: string | null;
  employerName: string;
  title: string;
  kind: string;
  district: string;
  positions: number;
  startDate: string;
  referralDeadline: string;
  targetGroups: string[];
}

/** A referral as its employer knows it: by code, never by name. */
export interface ReferralNotice extends VacancyNotice {
  referralId: string;
  code: string;
  targetGroup: string;
  referredOn: string;
  outcome: ReferralOutcome;
}

const VACANCY = `v.id AS "vacancyId", v.supplier_id AS "supplierId", v.contract_id AS "contractId",
  COALESCE(s.name, m.name) AS "employerName", v.title, v.kind, v.district, v.positions,
  v.start_date::text AS "startDate", v.referral_deadline::text AS "referralDeadline", v.target_groups AS "targetGroups"`;

const REFERRAL = `r.id AS "referralId", r.code, r.target_group AS "targetGroup", r.referred_on::text AS "referredOn", r.outcome`;

const EMPLOYER = `LEFT JOIN supplier s ON s.id = v.supplier_id LEFT JOIN pact_member m ON m.id = v.pact_member_id`;

/** The queries of the matching notifications (the events' and the outcome-overdue sweep's). */
export class MatchingNoticesRepository {
  /** One vacancy, in the transaction that created it. */
  async vacancy(manager: EntityManager, vacancyId: string): Promise<VacancyNotice> {
    const [row] = await manager.query(`SELECT ${VACANCY} FROM vacancy v ${EMPLOYER} WHERE v.id = $1`, [vacancyId]);
    return row;
  }

  /** One referral, in the transaction that made it. */
  async referral(manager: EntityManager, referralId: string): Promise<ReferralNotice> {
    const [row] = await manager.query(
      `SELECT ${REFERRAL}, ${VACANCY} FROM referral r JOIN vacancy v ON v.id = r.vacancy_id ${EMPLOYER} WHERE r.id = $1`,
      [referralId],
    );
    return row;
  }

  /**
   * Referrals to suppliers' vacancies still without a final outcome that were made before
   * `referredBefore` (their outcome was due by today); suppliers without users are not looked at.
   */
  awaitingOutcome(manager: EntityManager, referredBefore: string): Promise<ReferralNotice[]> {
    return manager.query(
      `SELECT ${REFERRAL}, ${VACANCY} FROM referral r JOIN vacancy v ON v.id = r.vacancy_id ${EMPLOYER}
       WHERE r.outcome <> ALL ($2::text[]) AND r.referred_on < $1::date AND v.supplier_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM user_account u WHERE u.role = 'supplier' AND u.supplier_id = v.supplier_id AND u.status <> 'DISABLED')
       ORDER BY r.referred_on, r.id`,
      [referredBefore, FINAL_OUTCOMES],
    );
  }
}
