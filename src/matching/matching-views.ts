import { TargetGroup, PlacementKind } from '../clauses/clause.types';
import { AgeBand, Gender } from '../reporting/reporting.types';
import { EmployerDto, VacancyDto } from './dto/vacancy.dto';
import { ReferralDto } from './dto/referral.dto';
import { NotHiredReason, ReferralOutcome, VacancyStatus } from './matching.types';
import { outcomeDueOn } from './referral-outcome';
import { ReferralRow, VacancyRow } from './matching.repository';

const employerOf = (row: { supplierId: string | null; pactMemberId: string | null; employerName: string }): EmployerDto =>
  row.supplierId
    ? { type: 'SUPPLIER', id: row.supplierId, name: row.employerName }
    : { type: 'PACT_MEMBER', id: row.pactMemberId as string, name: row.employerName };

export function vacancyDto(row: VacancyRow): VacancyDto {
  return {
    id: row.id, employer: employerOf(row), contractId: row.contractId, clauseId: row.clauseId, clauseTitle: row.clauseTitle,
    title: row.title, kind: row.kind as PlacementKind, positions: row.positions, workingTimePercent: row.workingTimePercent,
    lengthMonths: row.lengthMonths, startDate: row.startDate, district: row.district, requirements: row.requirements,
    targetGroups: row.targetGroups as TargetGroup[], referralDeadline: row.referralDeadline, status: row.status as VacancyStatus,
    statusChangedOn: row.statusChangedOn, createdOn: row.createdOn,
    referrals: { referred: row.referred, interviewed: row.interviewed, offered: row.offered, hired: row.hired, notHired: row.notHired },
    positionsLeft: Math.max(0, row.positions - row.hired),
  };
}

/** The referral as answered; its outcome is overdue once `today` is past its due day. */
export function referralDto(row: ReferralRow, outcomeDays: number, today: string): ReferralDto {
  const outcome = row.outcome as ReferralOutcome;
  const dueOn = outcomeDueOn(outcome, row.referredOn, outcomeDays);
  return {
    id: row.id, vacancyId: row.vacancyId, vacancyTitle: row.vacancyTitle, employer: employerOf(row), code: row.code,
    targetGroup: row.targetGroup as TargetGroup, gender: row.gender as Gender, ageBand: row.ageBand as AgeBand,
    establishmentProgramme: row.establishmentProgramme, referredOn: row.referredOn, outcome, interviewedOn: row.interviewedOn,
    offeredOn: row.offeredOn, hiredOn: row.hiredOn, hiredStartDate: row.hiredStartDate, hiredEndDate: row.hiredEndDate,
    hiredWorkingTimePercent: row.hiredWorkingTimePercent, notHiredReason: row.notHiredReason as NotHiredReason | null,
    notHiredOn: row.notHiredOn, placementId: row.placementId, outcomeDueOn: dueOn, outcomeOverdue: dueOn !== null && today > dueOn,
  };
}
