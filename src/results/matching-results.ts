import { PlacementKind, TargetGroup } from '../clauses/clause.types';
import { NotHiredReason } from '../matching/matching.types';
import { AgeBand, Gender } from '../reporting/reporting.types';
import {
  JobbpartnerResultsDto,
  MatchingResultsDto,
  MemberMatchingDto,
  OfferedFilledDto,
  UnitMatchingDto,
} from './dto/matching-results.dto';
import { num, Numeric } from './results-assembly';

/**
 * The seed's Jobbpartner measures ("Resultat Jobbpartnerskap") a referral counts toward, in the
 * seed's order; OTHER holds the internships of the other target groups, which the seed does not name.
 */
export enum JobbpartnerMeasure {
  Jobs = 'JOBS',
  AplPlaces = 'APL_PLACES',
  InternshipsAdultNewcomers = 'INTERNSHIPS_ADULT_NEWCOMERS',
  InternshipsYoungNewcomers = 'INTERNSHIPS_YOUNG_NEWCOMERS',
  ExtraJobsYoungNewcomers = 'EXTRA_JOBS_YOUNG_NEWCOMERS',
  Other = 'OTHER',
}

/** The seed's "unga" (16–29 år). */
const YOUNG: readonly AgeBand[] = [AgeBand.From16To19, AgeBand.From20To24, AgeBand.From25To29];

export interface ClassifiedReferral {
  kind: PlacementKind;
  targetGroup: TargetGroup;
  ageBand: AgeBand;
  establishmentProgramme: boolean;
}

/**
 * The measure a referral counts toward, by its vacancy's kind and the referral: jobs (employment and
 * summer jobs), APL places, extra jobs, and internships split into adult (30+) and young (16–29)
 * newcomers — a newcomer being of the target group NEWCOMER or in the establishment programme —
 * and internships of anyone else.
 */
export function classifyReferral(r: ClassifiedReferral): JobbpartnerMeasure {
  switch (r.kind) {
    case PlacementKind.Employment:
    case PlacementKind.SummerJob:
      return JobbpartnerMeasure.Jobs;
    case PlacementKind.Apl:
      return JobbpartnerMeasure.AplPlaces;
    case PlacementKind.ExtraJob:
      return JobbpartnerMeasure.ExtraJobsYoungNewcomers;
    case PlacementKind.Internship: {
      const newcomer = r.targetGroup === TargetGroup.Newcomer || r.establishmentProgramme;
      if (!newcomer) return JobbpartnerMeasure.Other;
      return YOUNG.includes(r.ageBand) ? JobbpartnerMeasure.InternshipsYoungNewcomers : JobbpartnerMeasure.InternshipsAdultNewcomers;
    }
  }
}


/** A pact member as the rows name it; null when the employer is a supplier linked to no member. */
interface MemberColumns {
  member_id: string | null;
  member_name: string | null;
  member_org_number: string | null;
}

/** Referrals of one fine group, counted by the day of each step falling in the period. */
export interface ReferralRow extends MemberColumns {
  kind: PlacementKind;
  target_group: TargetGroup;
  gender: Gender;
  age_band: AgeBand;
  establishment_programme: boolean;
  unit: string | null;
  not_hired_reason: NotHiredReason | null;
  referred: Numeric;
  interviewed: Numeric;
  offered: Numeric;
  filled: Numeric;
  not_hired: Numeric;
}

export interface VacancyRow extends MemberColumns {
  unit: string | null;
  vacancies: Numeric;
  positions: Numeric;
}

export interface DaysToHireRow {
  hires: Numeric;
  median: Numeric;
  mean: Numeric;
}

export interface PlacementShareRow {
  filled: Numeric;
  through_matching: Numeric;
}

export type AgreementRow = Required<{ [K in keyof MemberColumns]: string }>;

export interface EventTotalsRow {
  events: Numeric;
  interviews: Numeric;
  offers: Numeric;
  hires: Numeric;
}

export interface AttendanceRow {
  gender: Gender;
  age_band: AgeBand;
  attendees: Numeric;
}

export interface EventMemberRow extends AgreementRow {
  events: Numeric;
}

export interface MatchingRows {
  referrals: ReferralRow[];
  vacancies: VacancyRow[];
  daysToHire: DaysToHireRow | undefined;
  placementShare: PlacementShareRow | undefined;
  agreements: AgreementRow[];
  eventTotals: EventTotalsRow | undefined;
  attendance: AttendanceRow[];
  eventMembers: EventMemberRow[];
}

const GENDERS = Object.values(Gender);
const AGE_BANDS = Object.values(AgeBand);
const PROGRAMME = [true, false];

const sum = <T>(list: T[], column: (row: T) => Numeric): number => list.reduce((total, row) => total + num(column(row)), 0);

const offeredFilled = (rows: ReferralRow[]): OfferedFilledDto => ({ offered: sum(rows, (r) => r.offered), filled: sum(rows, (r) => r.filled) });

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** The Jobbpartner measures and the matching figures from the grouped rows, every category present. */
export function assembleMatching(rows: MatchingRows): { jobbpartner: JobbpartnerResultsDto; matching: MatchingResultsDto } {
  const referrals = rows.referrals;
  const byMeasure = (measure: JobbpartnerMeasure) =>
    referrals.filter((r) => classifyReferral({ kind: r.kind, targetGroup: r.target_group, ageBand: r.age_band, establishmentProgramme: r.establishment_programme }) === measure);

  const measures = Object.values(JobbpartnerMeasure).map((measure) => {
    const own = byMeasure(measure);
    return {
      measure,
      ...offeredFilled(own),
      byGender: GENDERS.map((gender) => ({ gender, ...offeredFilled(own.filter((r) => r.gender === gender)) })),
      byAgeBand: AGE_BANDS.map((ageBand) => ({ ageBand, ...offeredFilled(own.filter((r) => r.age_band === ageBand)) })),
      byEstablishmentProgramme: PROGRAMME.map((establishmentProgramme) => ({
        establishmentProgramme,
        ...offeredFilled(own.filter((r) => r.establishment_programme === establishmentProgramme)),
      })),
    };
  });

  const attendance = rows.attendance;
  const attendees = (match: (r: AttendanceRow) => boolean) => sum(attendance.filter(match), (r) => r.attendees);
  const jobbpartner: JobbpartnerResultsDto = {
    agreementsSigned: rows.agreements.length,
    measures,
    recruitmentEvents: {
      events: num(rows.eventTotals?.events),
      attendees: attendees(() => true),
      attendeesByGender: GENDERS.map((gender) => ({ gender, attendees: attendees((r) => r.gender === gender) })),
      attendeesByAgeBand: AGE_BANDS.map((ageBand) => ({ ageBand, attendees: attendees((r) => r.age_band === ageBand) })),
      interviews: num(rows.eventTotals?.interviews),
      offers: num(rows.eventTotals?.offers),
      hires: num(rows.eventTotals?.hires),
    },
  };

  const hires = num(rows.daysToHire?.hires);
  const filledPlacements = num(rows.placementShare?.filled);
  const throughMatching = num(rows.placementShare?.through_matching);
  const matching: MatchingResultsDto = {
    vacancies: sum(rows.vacancies, (r) => r.vacancies),
    positions: sum(rows.vacancies, (r) => r.positions),
    referred: sum(referrals, (r) => r.referred),
    interviewed: sum(referrals, (r) => r.interviewed),
    offered: sum(referrals, (r) => r.offered),
    hired: sum(referrals, (r) => r.filled),
    notHired: sum(referrals, (r) => r.not_hired),
    notHiredByReason: Object.values(NotHiredReason).map((reason) => ({
      reason,
      count: sum(referrals.filter((r) => r.not_hired_reason === reason), (r) => r.not_hired),
    })),
    daysToHire: {
      hires,
      median: hires ? oneDecimal(num(rows.daysToHire?.median)) : null,
      mean: hires ? oneDecimal(num(rows.daysToHire?.mean)) : null,
    },
    clausePlacementsFilled: filledPlacements,
    clausePlacementsThroughMatching: throughMatching,
    shareThroughMatching: filledPlacements ? Math.round((throughMatching / filledPlacements) * 1000) / 1000 : 0,
    byMember: byMember(rows),
    byUnit: byUnit(rows),
  };
  return { jobbpartner, matching };
}

function byMember(rows: MatchingRows): MemberMatchingDto[] {
  const members = new Map<string, MemberMatchingDto>();
  const entry = (row: AgreementRow | MemberColumns): MemberMatchingDto | undefined => {
    if (!row.member_id) return undefined;
    let member = members.get(row.member_id);
    if (!member) {
      member = {
        memberId: row.member_id, name: row.member_name ?? '', orgNumber: row.member_org_number ?? '',
        agreementSigned: false, vacancies: 0, positions: 0, referred: 0, offered: 0, filled: 0, events: 0,
      };
      members.set(row.member_id, member);
    }
    return member;
  };
  for (const row of rows.agreements) entry(row)!.agreementSigned = true;
  for (const row of rows.vacancies) {
    const member = entry(row);
    if (member) Object.assign(member, { vacancies: member.vacancies + num(row.vacancies), positions: member.positions + num(row.positions) });
  }
  for (const row of rows.referrals) {
    const member = entry(row);
    if (member) {
      Object.assign(member, {
        referred: member.referred + num(row.referred), offered: member.offered + num(row.offered), filled: member.filled + num(row.filled),
      });
    }
  }
  for (const row of rows.eventMembers) entry(row)!.events += num(row.events);
  return [...members.values()]
    .filter((m) => m.agreementSigned || m.vacancies || m.referred || m.offered || m.filled || m.events)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.memberId.localeCompare(b.memberId));
}

function byUnit(rows: MatchingRows): UnitMatchingDto[] {
  const units = new Map<string | null, UnitMatchingDto>();
  const entry = (unit: string | null): UnitMatchingDto => {
    let found = units.get(unit);
    if (!found) {
      found = { unit, vacancies: 0, positions: 0, referred: 0, offered: 0, filled: 0 };
      units.set(unit, found);
    }
    return found;
  };
  for (const row of rows.vacancies) {
    const u = entry(row.unit);
    u.vacancies += num(row.vacancies);
    u.positions += num(row.positions);
  }
  for (const row of rows.referrals) {
    const u = entry(row.unit);
    u.referred += num(row.referred);
    u.offered += num(row.offered);
    u.filled += num(row.filled);
  }
  return [...units.values()]
    .filter((u) => u.vacancies || u.referred || u.offered || u.filled)
    .sort((a, b) => (a.unit === null ? 1 : b.unit === null ? -1 : a.unit.localeCompare(b.unit, 'sv')));
}
