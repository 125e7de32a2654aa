import { ClauseType } from '../clauses/clause.types';
import { AgeBand, Gender, VerificationStatus } from '../reporting/reporting.types';
import {
  ClauseFulfilmentDto,
  GenderFiguresDto,
  PactMemberResultsDto,
  PenaltyResultsDto,
  PeriodDto,
  PlacementFiguresDto,
  ProcurementMeasuresDto,
  ResultsDto,
  SupplierResultsDto,
  UnitResultsDto,
} from './dto/results.dto';
import { PLACEMENT_GROUPINGS } from './results.queries';

/** PostgreSQL returns bigint and numeric as strings. */
type Numeric = string | number | null;

interface FigureColumns {
  offered: Numeric;
  filled: Numeric;
  counting: Numeric;
  full_time_months: Numeric;
}

export interface PlacementRow extends FigureColumns {
  grouping: number;
  gender: Gender | null;
  age_band: AgeBand | null;
  establishment_programme: boolean | null;
  unit: string | null;
}

/** A supplier's or a pact member's figures, in total or for one gender. */
export interface OwnerRow extends FigureColumns {
  owner: 'SUPPLIER' | 'MEMBER';
  by_gender: boolean;
  id: string;
  gender: Gender | null;
  name: string;
  org_number: string;
}

export interface ProcurementRow {
  all_units: number;
  unit: string | null;
  published: Numeric;
  with_clauses: Numeric;
  with_dialogue: Numeric;
  with_placements: Numeric;
  with_integration_initiative: Numeric;
}

export interface PenaltyRow {
  all_units: number;
  unit: string | null;
  decisions: Numeric;
  penalty_decisions: Numeric;
  waived_decisions: Numeric;
  amount_sek: Numeric;
}

export interface ClauseRow {
  type: ClauseType;
  clauses: Numeric;
  without_reports: Numeric;
  fulfilled: Numeric;
  required_count: Numeric;
  filled: Numeric;
  required_full_time_months: Numeric;
  delivered_full_time_months: Numeric;
  committed_full_time_months: Numeric;
  at_risk: Numeric;
  not_fulfilled: Numeric;
  milestones: Numeric;
  milestones_completed: Numeric;
  participants: Numeric;
}

const GENDERS = Object.values(Gender);
const AGE_BANDS = Object.values(AgeBand);
const PROGRAMME = [true, false];

const num = (value: Numeric): number => Number(value ?? 0);
/**
 * Full-time months to one decimal. The sums are float8 and their last bits depend on the order
 * PostgreSQL adds them in (folded tallies or single placements, parallel workers), so they are
 * first cut to 1e-6 month: 1883.2499999999998 and 1883.2500000000002 both become 1883.3.
 */
export const months = (value: Numeric): number => Math.round(Number(num(value).toFixed(6)) * 10) / 10;

const figures = (row?: FigureColumns): PlacementFiguresDto => ({
  offered: num(row?.offered ?? 0),
  filled: num(row?.filled ?? 0),
  countingTowardRequirement: num(row?.counting ?? 0),
  fullTimeMonths: months(row?.full_time_months ?? 0),
});

const procurementMeasures = (row?: ProcurementRow): ProcurementMeasuresDto => ({
  published: num(row?.published ?? 0),
  withClauses: num(row?.with_clauses ?? 0),
  withDialogue: num(row?.with_dialogue ?? 0),
  withPlacements: num(row?.with_placements ?? 0),
  withIntegrationInitiative: num(row?.with_integration_initiative ?? 0),
});

const penaltyFigures = (row?: PenaltyRow): PenaltyResultsDto => ({
  decisions: num(row?.decisions ?? 0),
  penaltyDecisions: num(row?.penalty_decisions ?? 0),
  waivedDecisions: num(row?.waived_decisions ?? 0),
  amountSek: num(row?.amount_sek ?? 0),
});

function byGender(rows: (FigureColumns & { gender: Gender | null })[]): GenderFiguresDto[] {
  return GENDERS.map((gender) => ({ gender, ...figures(rows.find((r) => r.gender === gender)) }));
}

/** Turns the grouped rows of the three queries into the response, with every category present. */
export function assembleResults(
  period: PeriodDto,
  counted: VerificationStatus[],
  placementRows: PlacementRow[],
  ownerRows: OwnerRow[],
  procurementRows: ProcurementRow[],
  clauseRows: ClauseRow[],
  penaltyRows: PenaltyRow[],
): Omit<ResultsDto, 'jobbpartner' | 'matching'> {
  const sets = groupBy(placementRows, (row) => Number(row.grouping));
  const set = (grouping: number) => sets.get(grouping) ?? [];
  const one = (grouping: number, match: (r: PlacementRow) => boolean) => figures(set(grouping).find(match));

  const placements = {
    ...figures(set(PLACEMENT_GROUPINGS.total)[0]),
    byGender: byGender(set(PLACEMENT_GROUPINGS.gender)),
    byAgeBand: AGE_BANDS.map((ageBand) => ({ ageBand, ...one(PLACEMENT_GROUPINGS.ageBand, (r) => r.age_band === ageBand) })),
    byEstablishmentProgramme: PROGRAMME.map((establishmentProgramme) => ({
      establishmentProgramme,
      ...one(PLACEMENT_GROUPINGS.programme, (r) => r.establishment_programme === establishmentProgramme),
    })),
    byGenderAndAgeBand: GENDERS.flatMap((gender) =>
      AGE_BANDS.map((ageBand) => ({
        gender,
        ageBand,
        ...one(PLACEMENT_GROUPINGS.genderAndAgeBand, (r) => r.gender === gender && r.age_band === ageBand),
      })),
    ),
    byGenderAndProgramme: GENDERS.flatMap((gender) =>
      PROGRAMME.map((establishmentProgramme) => ({
        gender,
        establishmentProgramme,
        ...one(
          PLACEMENT_GROUPINGS.genderAndProgramme,
          (r) => r.gender === gender && r.establishment_programme === establishmentProgramme,
        ),
      })),
    ),
  };

  const clauses: ClauseFulfilmentDto[] = Object.values(ClauseType).map((type) => {
    const row = clauseRows.find((r) => r.type === type);
    const total = num(row?.clauses ?? 0);
    const fulfilled = num(row?.fulfilled ?? 0);
    return {
      type, clauses: total, withoutReports: num(row?.without_reports ?? 0), fulfilled, atRisk: num(row?.at_risk ?? 0),
      notFulfilled: num(row?.not_fulfilled ?? 0), fulfilmentRate: total ? Math.round((fulfilled / total) * 1000) / 1000 : 0,
    };
  });
  const placementClauses = clauseRows.find((r) => r.type === ClauseType.Placements);
  const initiativeClauses = clauseRows.find((r) => r.type === ClauseType.IntegrationInitiative);

  return {
    period,
    countedVerificationStatuses: counted,
    procurements: procurementMeasures(procurementRows.find((r) => Number(r.all_units) === 1)),
    placements,
    clauses,
    fullTimeMonths: {
      required: months(placementClauses?.required_full_time_months ?? 0),
      delivered: months(placementClauses?.delivered_full_time_months ?? 0),
      committed: months(placementClauses?.committed_full_time_months ?? 0),
      requiredPlacements: num(placementClauses?.required_count ?? 0),
      filledPlacements: num(placementClauses?.filled ?? 0),
    },
    integrationInitiatives: {
      clauses: num(initiativeClauses?.clauses ?? 0),
      milestones: num(initiativeClauses?.milestones ?? 0),
      milestonesCompleted: num(initiativeClauses?.milestones_completed ?? 0),
      participants: num(initiativeClauses?.participants ?? 0),
    },
    penalties: penaltyFigures(penaltyRows.find((r) => Number(r.all_units) === 1)),
    units: units(set(PLACEMENT_GROUPINGS.unit), set(PLACEMENT_GROUPINGS.unitAndGender), procurementRows, penaltyRows),
    suppliers: perOwner(ownerRows, 'SUPPLIER').map(({ id, ...rest }) => ({ supplierId: id, ...rest })),
    pactMembers: perOwner(ownerRows, 'MEMBER').map(({ id, ...rest }): PactMemberResultsDto => ({ memberId: id, ...rest })),
  };
}

function units(
  unitRows: PlacementRow[], unitGenderRows: PlacementRow[], procurementRows: ProcurementRow[], penaltyRows: PenaltyRow[],
): UnitResultsDto[] {
  const names = new Set<string>([
    ...unitRows.map((r) => r.unit as string),
    ...procurementRows.filter((r) => Number(r.all_units) === 0).map((r) => r.unit as string),
    ...penaltyRows.filter((r) => Number(r.all_units) === 0).map((r) => r.unit as string),
  ]);
  return [...names]
    .sort((a, b) => a.localeCompare(b, 'sv'))
    .map((unit) => ({
      unit,
      procurements: procurementMeasures(procurementRows.find((r) => Number(r.all_units) === 0 && r.unit === unit)),
      penalties: penaltyFigures(penaltyRows.find((r) => Number(r.all_units) === 0 && r.unit === unit)),
      ...figures(unitRows.find((r) => r.unit === unit)),
      byGender: byGender(unitGenderRows.filter((r) => r.unit === unit)),
    }));
}

/** One entry per supplier or per member with figures, sorted by name, every gender present. */
function perOwner(rows: OwnerRow[], owner: OwnerRow['owner']): (Omit<SupplierResultsDto, 'supplierId'> & { id: string })[] {
  const own = rows.filter((row) => row.owner === owner);
  const genderRows = groupBy(own.filter((row) => row.by_gender), (row) => row.id);
  return own
    .filter((row) => !row.by_gender)
    .map((row) => ({
      id: row.id,
      name: row.name,
      orgNumber: row.org_number,
      ...figures(row),
      byGender: byGender(genderRows.get(row.id) ?? []),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
}

function groupBy<K, T>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
