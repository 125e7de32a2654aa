import { Injectable } from '@nestjs/common';
import { addDays } from '../common/calendar';
import { ConfigService } from '@nestjs/config';
import { DataSource } from 'typeorm';
import { ClauseType } from '../clauses/clause.types';
import { VerificationStatus } from '../reporting/reporting.types';
import { MatchingResultsResponseDto, PeriodDto, ResultsDto } from './dto/results.dto';
import { assembleResults, ClauseRow, months, OwnerRow, PenaltyRow, PlacementRow, ProcurementRow } from './results-assembly';
import {
  CLAUSES_NOT_FULFILLED,
  CLAUSES_OF_PERIOD,
  PENALTIES_IN_PERIOD,
  PLACEMENTS_IN_PERIOD,
  PLACEMENTS_PER_SUPPLIER_AND_MEMBER,
  PROCUREMENTS_IN_PERIOD,
} from './results.queries';
import { cutMonth, splitPeriod } from './period';
import { lastOfQuarter, quarterCode, QuarterRange } from './quarters';
import { TrendDto } from './dto/trend.dto';
import { MEASURES_BY_QUARTER } from './trend.queries';
import {
  AgreementRow,
  assembleMatching,
  AttendanceRow,
  DaysToHireRow,
  EventMemberRow,
  EventTotalsRow,
  PlacementShareRow,
  ReferralRow,
  VacancyRow,
} from './matching-results';
import {
  AGREEMENTS_SIGNED,
  DAYS_TO_HIRE,
  EVENT_ATTENDANCE,
  EVENT_TOTALS,
  EVENTS_PER_MEMBER,
  PLACEMENT_SHARE,
  REFERRALS_IN_PERIOD,
  VACANCIES_IN_PERIOD,
} from './matching-results.queries';

/** A clause whose contract ended in the period without its requirement being met. */
export interface NotFulfilledClause {
  referenceNumber: string;
  title: string;
  clauseNumber: number;
  type: ClauseType;
  unit: string;
  supplierName: string | null;
  contractEndDate: string;
  filled: number;
  requiredCount: number;
  deliveredFullTimeMonths: number;
  requiredFullTimeMonths: number;
  meetings: number;
  requiredMeetings: number;
  milestonesCompleted: number;
  milestones: number;
}

@Injectable()
export class ResultsService {
  private readonly counted: VerificationStatus[];

  constructor(
    private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    this.counted = config.get<VerificationStatus[]>('resultsCountVerification') ?? [VerificationStatus.Accepted, VerificationStatus.Pending];
  }

  /** The aggregate queries run side by side on separate pool connections. */
  async results(period: PeriodDto): Promise<ResultsDto> {
    const params = [period.from, period.to, this.counted, period.unit];
    const placementParams = [...params, ...periodSplitParams(period)];
    const [placements, owners, procurements, clauses, penalties, { jobbpartner, matching }] = await Promise.all([
      this.aggregate<PlacementRow>(PLACEMENTS_IN_PERIOD, placementParams),
      this.aggregate<OwnerRow>(PLACEMENTS_PER_SUPPLIER_AND_MEMBER, placementParams),
      this.aggregate<ProcurementRow>(PROCUREMENTS_IN_PERIOD, [period.from, period.to, period.unit]),
      this.aggregate<ClauseRow>(CLAUSES_OF_PERIOD, [period.from, period.to, period.unit]),
      this.aggregate<PenaltyRow>(PENALTIES_IN_PERIOD, [period.from, period.to, period.unit]),
      this.matching(period),
    ]);
    return { ...assembleResults(period, this.counted, placements, owners, procurements, clauses, penalties), jobbpartner, matching };
  }

  /** The Jobbpartner measures and the matching figures of the period (see matching-results.queries). */
  async matching(period: PeriodDto): Promise<MatchingResultsResponseDto> {
    const days = [period.from, period.to];
    const inUnit = [...days, period.unit];
    const [referrals, vacancies, [daysToHire], [placementShare], agreements, [eventTotals], attendance, eventMembers] = await Promise.all([
      this.aggregate<ReferralRow>(REFERRALS_IN_PERIOD, inUnit),
      this.aggregate<VacancyRow>(VACANCIES_IN_PERIOD, inUnit),
      this.aggregate<DaysToHireRow>(DAYS_TO_HIRE, inUnit),
      this.aggregate<PlacementShareRow>(PLACEMENT_SHARE, [...days, this.counted, period.unit]),
      this.aggregate<AgreementRow>(AGREEMENTS_SIGNED, days),
      this.aggregate<EventTotalsRow>(EVENT_TOTALS, days),
      this.aggregate<AttendanceRow>(EVENT_ATTENDANCE, days),
      this.aggregate<EventMemberRow>(EVENTS_PER_MEMBER, days),
    ]);
    return {
      period,
      ...assembleMatching({ referrals, vacancies, daysToHire, placementShare, agreements, eventTotals, attendance, eventMembers }),
    };
  }

  /** The five measures per quarter of `range`, from the same stored tallies and outcomes as results(). */
  async trend(range: QuarterRange): Promise<TrendDto> {
    const rows = await this.aggregate<Record<string, string>>(MEASURES_BY_QUARTER, [range.from, range.toExclusive, this.counted, range.unit]);
    return {
      from: range.from,
      to: addDays(range.toExclusive, -1),
      unit: range.unit,
      countedVerificationStatuses: this.counted,
      quarters: rows.map((r) => ({
        quarter: quarterCode(r.quarter),
        from: r.quarter,
        to: lastOfQuarter(r.quarter),
        withClauses: Number(r.with_clauses),
        withDialogue: Number(r.with_dialogue),
        withPlacements: Number(r.with_placements),
        offered: Number(r.offered),
        filled: Number(r.filled),
      })),
    };
  }

  async notFulfilled(period: PeriodDto, limit: number): Promise<{ total: number; clauses: NotFulfilledClause[] }> {
    const rows = await this.aggregate<Record<string, unknown>>(CLAUSES_NOT_FULFILLED, [period.from, period.to, period.unit, limit]);
    return {
      total: rows.length ? Number(rows[0].total) : 0,
      clauses: rows.map((r) => ({
        referenceNumber: String(r.reference_number),
        title: String(r.title),
        clauseNumber: Number(r.number),
        type: r.type as ClauseType,
        unit: String(r.unit),
        supplierName: (r.supplier_name as string | null) ?? null,
        contractEndDate: String(r.contract_end_date),
        filled: Number(r.filled),
        requiredCount: Number(r.required_count),
        deliveredFullTimeMonths: months(r.delivered_full_time_months as string),
        requiredFullTimeMonths: months(r.required_full_time_months as string),
        meetings: Number(r.meetings),
        requiredMeetings: Number(r.required_meetings),
        milestonesCompleted: Number(r.milestones_completed),
        milestones: Number(r.milestones),
      })),
    };
  }

  /**
   * One read-only aggregate query. JIT compilation is switched off for it: on these short scans
   * PostgreSQL's JIT costs more (about 100 ms) than it saves.
   */
  private aggregate<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      await manager.query('SET LOCAL jit = off');
      return manager.query<T[]>(sql, params);
    });
  }
}

/**
 * Parameters $5–$14 of the placement queries: the period's whole months with the whole years
 * among them, the last day before the whole months and the first day after them (the period's own
 * first and last day are $1 and $2), and the months cut by the period's ends with their shares.
 */
export function periodSplitParams(period: PeriodDto): (string | number)[] {
  const { months, years, before, after } = splitPeriod(period.from, period.to);
  const [first, last] = [cutMonth(before), cutMonth(after)];
  return [months.from, years.from, years.toExclusive, months.toExclusive, before.to, after.from, first.month, first.share, last.month, last.share];
}
