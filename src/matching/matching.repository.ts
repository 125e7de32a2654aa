import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { REPORTABLE_CLAUSE_SQL } from '../contracts/contracts.service';
import { CreateReferralDto, ListReferralsQueryDto } from './dto/referral.dto';
import { ListVacanciesQueryDto } from './dto/vacancy.dto';
import { FINAL_OUTCOMES } from './referral-outcome';
import { ClauseTie } from './vacancy-rules';
import { escapeLike } from '../common/text';

/** A vacancy as answered: its columns, its employer's name, its clause's title and its referrals by outcome. */
export interface VacancyRow {
  id: string; supplierId: string | null; pactMemberId: string | null; employerName: string; contractId: string | null; clauseId: string | null;
  clauseTitle: string | null; title: string; kind: string; positions: number; workingTimePercent: number; lengthMonths: number | null;
  startDate: string; district: string; requirements: string; targetGroups: string[]; referralDeadline: string; status: string;
  statusChangedOn: string | null; createdOn: string;
  referred: number; interviewed: number; offered: number; hired: number; notHired: number;
}

/** A referral as answered: its columns, its vacancy's title and employer, and the placement a hire became. */
export interface ReferralRow {
  id: string; vacancyId: string; vacancyTitle: string; supplierId: string | null; pactMemberId: string | null; employerName: string;
  code: string; targetGroup: string; gender: string; ageBand: string; establishmentProgramme: boolean; referredOn: string; outcome: string;
  interviewedOn: string | null; offeredOn: string | null; hiredOn: string | null; hiredStartDate: string | null; hiredEndDate: string | null;
  hiredWorkingTimePercent: number | null; notHiredReason: string | null; notHiredOn: string | null; placementId: string | null;
}

/** Conditions on a list, in SQL over the aliases `v` (vacancy) and `r` (referral), with their values. */
class Filter {
  readonly where: string[] = [];
  readonly params: unknown[] = [];

  /** Adds the condition, `condition` naming its value's parameter ($n). */
  add(condition: (param: string) => string, value: unknown): void {
    this.where.push(condition(`$${this.params.push(value)}`));
  }
}

/** What a list of vacancies is limited to: the query's filters and the supplier the user is scoped to. */
export type VacancyFilters = Omit<ListVacanciesQueryDto, 'limit' | 'offset'> & { scopeSupplierId: string | null };

/** What a list of referrals is limited to; `overdueBefore`: referred before this day, so the outcome is overdue. */
export type ReferralFilters = Omit<ListReferralsQueryDto, 'limit' | 'offset' | 'overdue'> & {
  scopeSupplierId: string | null;
  overdue?: { before: string; is: boolean };
};

const VACANCY_SELECT = `SELECT v.id, v.supplier_id AS "supplierId", v.pact_member_id AS "pactMemberId", coalesce(s.name, pm.name) AS "employerName",
    v.contract_id AS "contractId", v.clause_id AS "clauseId", cv.title AS "clauseTitle", v.title, v.kind, v.positions,
    v.working_time_percent AS "workingTimePercent", v.length_months AS "lengthMonths", v.start_date::text AS "startDate", v.district,
    v.requirements, v.target_groups AS "targetGroups", v.referral_deadline::text AS "referralDeadline", v.status,
    v.status_changed_on::text AS "statusChangedOn", v.created_on::text AS "createdOn",
    rc.referred, rc.interviewed, rc.offered, rc.hired, rc."notHired", count(*) OVER ()::int AS total
  FROM vacancy v
  LEFT JOIN supplier s ON s.id = v.supplier_id
  LEFT JOIN pact_member pm ON pm.id = v.pact_member_id
  LEFT JOIN LATERAL (
    SELECT title FROM clause_version WHERE clause_id = v.clause_id AND published_at IS NOT NULL ORDER BY version DESC LIMIT 1
  ) cv ON true
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE outcome = 'REFERRED')::int AS referred, count(*) FILTER (WHERE outcome = 'INTERVIEWED')::int AS interviewed,
      count(*) FILTER (WHERE outcome = 'OFFERED')::int AS offered, count(*) FILTER (WHERE outcome = 'HIRED')::int AS hired,
      count(*) FILTER (WHERE outcome = 'NOT_HIRED')::int AS "notHired"
    FROM referral WHERE vacancy_id = v.id
  ) rc`;

const REFERRAL_SELECT = `SELECT r.id, r.vacancy_id AS "vacancyId", v.title AS "vacancyTitle", v.supplier_id AS "supplierId",
    v.pact_member_id AS "pactMemberId", coalesce(s.name, pm.name) AS "employerName", r.code, r.target_group AS "targetGroup",
    r.gender, r.age_band AS "ageBand", r.establishment_programme AS "establishmentProgramme", r.referred_on::text AS "referredOn",
    r.outcome, r.interviewed_on::text AS "interviewedOn", r.offered_on::text AS "offeredOn", r.hired_on::text AS "hiredOn", r.hired_start_date::text AS "hiredStartDate",
    r.hired_end_date::text AS "hiredEndDate", r.hired_working_time_percent AS "hiredWorkingTimePercent", r.not_hired_reason AS "notHiredReason",
    r.not_hired_on::text AS "notHiredOn", p.id AS "placementId", count(*) OVER ()::int AS total
  FROM referral r
  JOIN vacancy v ON v.id = r.vacancy_id
  LEFT JOIN supplier s ON s.id = v.supplier_id
  LEFT JOIN pact_member pm ON pm.id = v.pact_member_id
  LEFT JOIN placement p ON p.referral_id = r.id`;

const whereOf = (filter: Filter) => (filter.where.length ? ` WHERE ${filter.where.join(' AND ')}` : '');

/** Every query of vacancies and referrals that answers more than one entity. */
@Injectable()
export class MatchingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of vacancies, by referral deadline then creation, and how many match in all. */
  async vacancies(filters: VacancyFilters, limit: number, offset: number): Promise<{ rows: VacancyRow[]; total: number }> {
    const filter = new Filter();
    if (filters.scopeSupplierId) filter.add((n) => `v.supplier_id = ${n}`, filters.scopeSupplierId);
    if (filters.status) filter.add((n) => `v.status = ${n}`, filters.status);
    if (filters.targetGroup) filter.add((n) => `${n} = ANY (v.target_groups)`, filters.targetGroup);
    if (filters.kind) filter.add((n) => `v.kind = ${n}`, filters.kind);
    if (filters.district) filter.add((n) => `lower(v.district) = lower(${n})`, filters.district);
    if (filters.contractId) filter.add((n) => `v.contract_id = ${n}`, filters.contractId);
    if (filters.supplierId) filter.add((n) => `v.supplier_id = ${n}`, filters.supplierId);
    if (filters.pactMemberId) filter.add((n) => `v.pact_member_id = ${n}`, filters.pactMemberId);
    if (filters.q) filter.add((n) => `(v.title ILIKE ${n} OR v.requirements ILIKE ${n})`, `%${escapeLike(filters.q)}%`);
    const params = [...filter.params, limit, offset];
    const rows: (VacancyRow & { total: number })[] = await this.dataSource.query(
      `${VACANCY_SELECT}${whereOf(filter)} ORDER BY v.referral_deadline, v.created_on, v.created_at, v.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? (offset > 0 ? await this.countVacancies(filter) : 0) };
  }

  async vacancy(id: string, manager: EntityManager = this.dataSource.manager): Promise<VacancyRow | undefined> {
    const [row] = await manager.query(`${VACANCY_SELECT} WHERE v.id = $1`, [id]);
    return row;
  }

  /** One page of referrals, newest first, and how many match in all. */
  async referrals(filters: ReferralFilters, limit: number, offset: number): Promise<{ rows: ReferralRow[]; total: number }> {
    const filter = new Filter();
    if (filters.scopeSupplierId) filter.add((n) => `v.supplier_id = ${n}`, filters.scopeSupplierId);
    if (filters.outcome) filter.add((n) => `r.outcome = ${n}`, filters.outcome);
    if (filters.vacancyId) filter.add((n) => `r.vacancy_id = ${n}`, filters.vacancyId);
    if (filters.overdue) {
      const overdue = (n: string) => `(r.outcome <> ALL ('{${FINAL_OUTCOMES.join(',')}}') AND r.referred_on < ${n}::date)`;
      filter.add((n) => (filters.overdue!.is ? overdue(n) : `NOT ${overdue(n)}`), filters.overdue.before);
    }
    const params = [...filter.params, limit, offset];
    const rows: (ReferralRow & { total: number })[] = await this.dataSource.query(
      `${REFERRAL_SELECT}${whereOf(filter)} ORDER BY r.referred_on DESC, r.created_at DESC, r.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { rows, total: rows[0]?.total ?? (offset > 0 ? await this.countReferrals(filter) : 0) };
  }

  /** Every referral of the vacancy, in the order they were made. */
  referralsOfVacancy(vacancyId: string): Promise<ReferralRow[]> {
    return this.dataSource.query(`${REFERRAL_SELECT} WHERE r.vacancy_id = $1 ORDER BY r.created_at, r.id`, [vacancyId]);
  }

  async referral(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReferralRow | undefined> {
    const [row] = await manager.query(`${REFERRAL_SELECT} WHERE r.id = $1`, [id]);
    return row;
  }

  /** The contract and clause a supplier's vacancy would be tied to; undefined when there is no such contract. */
  async clauseTie(contractId: string, clauseId: string, manager: EntityManager): Promise<ClauseTie | undefined> {
    const [row] = await manager.query(REPORTABLE_CLAUSE_SQL, [contractId, clauseId]);
    return row;
  }

  /** Inserts a referral under the code; undefined when the code is already taken. */
  async insertReferral(manager: EntityManager, vacancyId: string, code: string, dto: CreateReferralDto, referredOn: string, referredBy: string): Promise<string | undefined> {
    const [row] = await manager.query(
      `INSERT INTO referral (vacancy_id, code, target_group, gender, age_band, establishment_programme, referred_on, referred_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ON CONSTRAINT referral_code_unique DO NOTHING RETURNING id`,
      [vacancyId, code, dto.targetGroup, dto.gender, dto.ageBand, dto.establishmentProgramme, referredOn, referredBy],
    );
    return row?.id;
  }

  /**
   * Whether the pact member is a Jobbpartner today: its current letter of intent names the activity
   * and is valid today. Only a Jobbpartner's vacancies come to the city's matching.
   */
  async isJobPartner(memberId: string, today: string, manager: EntityManager): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM letter_of_intent WHERE member_id = $1 AND superseded_at IS NULL
         AND 'JOB_PARTNER' = ANY (activities) AND valid_from <= $2 AND valid_to >= $2) AS "jobPartner"`,
      [memberId, today],
    );
    return row.jobPartner;
  }

  /** How many of the vacancy's referrals were hired. */
  async hires(vacancyId: string, manager: EntityManager): Promise<number> {
    const [{ hires }] = await manager.query(`SELECT count(*)::int AS hires FROM referral WHERE vacancy_id = $1 AND outcome = 'HIRED'`, [vacancyId]);
    return hires;
  }

  private async countVacancies(filter: Filter): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM vacancy v${whereOf(filter)}`, filter.params);
    return count;
  }

  private async countReferrals(filter: Filter): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM referral r JOIN vacancy v ON v.id = r.vacancy_id${whereOf(filter)}`, filter.params);
    return count;
  }
}
