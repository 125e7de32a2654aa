import { EntityManager } from 'typeorm';
import { Action, Owned } from '../access/access-policy';
import { Granted } from '../access/access.service';
import { AuthUser } from '../auth/role';
import { preparedQuery } from '../database/prepared-query';
import { STORED_SUMMARY_FOR_UPDATE, StoredEarning, StoredSummary } from './clause-outcome.repository';
import { CreatePlacementDto } from './dto/placement.dto';
import { Placement } from './entities/placement.entity';

/** Every column of `placement` under its entity property name; dates as 'YYYY-MM-DD' text, as TypeORM gives them. */
const PLACEMENT_COLUMNS = `id, supplier_id AS "supplierId", contract_id AS "contractId", clause_id AS "clauseId", reference, kind,
  offered_date::text AS "offeredDate", filled, start_date::text AS "startDate", end_date::text AS "endDate",
  early_end_date::text AS "earlyEndDate", early_end_reason AS "earlyEndReason", working_time_percent AS "workingTimePercent", target_group AS "targetGroup", gender,
  age_band AS "ageBand", establishment_programme AS "establishmentProgramme", referral_id AS "referralId",
  target_group_attested AS "targetGroupAttested", verification_status AS "verificationStatus",
  verification_reason AS "verificationReason", verified_by AS "verifiedBy", verified_at AS "verifiedAt",
  withdrawal_kind AS "withdrawalKind", withdrawal_reason AS "withdrawalReason", withdrawn_by AS "withdrawnBy", withdrawn_at AS "withdrawnAt", created_by AS "createdBy",
  created_at AS "createdAt", updated_at AS "updatedAt"`;

/** A timestamp as JavaScript's toISOString writes it (milliseconds, UTC, Z), as PlacementDto has it. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** PlacementDto.from in SQL, for the audit row's `after`. */
const PLACEMENT_DTO_JSON = `json_build_object('id', s.id, 'contractId', s."contractId", 'clauseId', s."clauseId",
  'reference', s.reference, 'kind', s.kind, 'offeredDate', s."offeredDate", 'filled', s.filled, 'startDate', s."startDate",
  'endDate', s."endDate", 'earlyEndDate', s."earlyEndDate", 'earlyEndReason', s."earlyEndReason", 'workingTimePercent', s."workingTimePercent",
  'targetGroup', s."targetGroup", 'gender', s.gender, 'ageBand', s."ageBand", 'establishmentProgramme', s."establishmentProgramme",
  'referralId', s."referralId", 'targetGroupAttested', s."targetGroupAttested",
  'verificationStatus', s."verificationStatus", 'verificationReason', s."verificationReason",
  'withdrawalKind', s."withdrawalKind", 'withdrawalReason', s."withdrawalReason", 'withdrawnAt', ${iso('s."withdrawnAt"')},
  'createdAt', ${iso('s."createdAt"')}, 'updatedAt', ${iso('s."updatedAt"')})`;

/**
 * Placements of one supplier on one clause of a contract ($1 contract, $2 clause, $3 supplier, $4
 * the role of who sends them, $5 what their audit rows add), one array per column from $6 (see
 * placementArrays), inserted with their earnings and audit rows in one statement: one round trip and
 * one firing of the tally trigger however many rows. A placement from the city's referral has its
 * target group attested. `skipTaken`: a reference already taken inserts
 * nothing (else the statement fails on placement_reference_unique). `lockingOutcome`: the statement
 * then locks the clause's stored outcome and reads its summary (STORED_SUMMARY_FOR_UPDATE), so the
 * lock is taken last.
 */
const insertPlacementsSql = ({ skipTaken, lockingOutcome }: { skipTaken: boolean; lockingOutcome: boolean }) => `WITH stored AS (
  INSERT INTO placement (supplier_id, contract_id, clause_id, reference, kind, offered_date, filled, start_date, end_date,
    early_end_date, early_end_reason, working_time_percent, target_group, gender, age_band, establishment_programme, created_by,
    counts_toward_requirement, delivered_full_time_months, earning_first_month, earning_by_month, referral_id, target_group_attested)
  SELECT $3::uuid, $1::uuid, $2::uuid, r.reference, r.kind, r.offered_date, r.filled, r.start_date, r.end_date,
    r.early_end_date, r.early_end_reason, r.working_time_percent, r.target_group, r.gender::placement_gender,
    r.age_band::placement_age_band, r.establishment_programme, r.created_by, r.counts, r.delivered, r.first_month, r.by_month::float8[],
    r.referral_id, r.referral_id IS NOT NULL
  FROM unnest($6::text[], $7::text[], $8::date[], $9::boolean[], $10::date[], $11::date[], $12::date[], $13::text[], $14::int[],
    $15::text[], $16::text[], $17::text[], $18::boolean[], $19::text[], $20::boolean[], $21::float8[], $22::date[], $23::text[], $24::uuid[])
    AS r(reference, kind, offered_date, filled, start_date, end_date, early_end_date, early_end_reason, working_time_percent,
      target_group, gender, age_band, establishment_programme, created_by, counts, delivered, first_month, by_month, referral_id)${skipTaken ? `
  ON CONFLICT ON CONSTRAINT placement_reference_unique DO NOTHING` : ''}
  RETURNING ${PLACEMENT_COLUMNS}
),
audited AS (
  INSERT INTO audit_event (actor_sub, actor_role, entity_type, entity_id, action, after)
  SELECT s."createdBy", $4::text, 'placement', s.id, 'CREATE', (${PLACEMENT_DTO_JSON})::jsonb || $5::jsonb FROM stored s
)${lockingOutcome ? `,
outcome AS (${STORED_SUMMARY_FOR_UPDATE})
SELECT s.*, (SELECT row_to_json(o) FROM outcome o) AS "storedOutcome" FROM stored s` : `
SELECT * FROM stored`}`;

/** A placement to store: the checked request, who sent it, its earning, and the city's referral it came through, if any. */
export interface PlacementToStore {
  placement: CreatePlacementDto;
  user: AuthUser;
  earning: Omit<StoredEarning, 'id'>;
  referralId?: string | null;
}

/** insertPlacementsSql's arrays, from $6 on. */
function placementArrays(rows: PlacementToStore[]): unknown[][] {
  const column = <T>(value: (r: PlacementToStore) => T) => rows.map(value);
  return [
    column((r) => r.placement.reference), column((r) => r.placement.kind), column((r) => r.placement.offeredDate),
    column((r) => r.placement.filled), column((r) => r.placement.startDate ?? null), column((r) => r.placement.endDate ?? null),
    column((r) => r.placement.earlyEndDate ?? null), column((r) => r.placement.earlyEndReason ?? null),
    column((r) => r.placement.workingTimePercent), column((r) => r.placement.targetGroup), column((r) => r.placement.gender),
    column((r) => r.placement.ageBand), column((r) => r.placement.establishmentProgramme), column((r) => r.user.sub),
    column((r) => r.earning.counts), column((r) => r.earning.delivered), column((r) => r.earning.firstMonth), column((r) => r.earning.byMonth),
    column((r) => r.referralId ?? null),
  ];
}

const REPORT_PLACEMENTS_LOCKING_OUTCOME_SQL = insertPlacementsSql({ skipTaken: true, lockingOutcome: true });

/**
 * Stores reports of one holder and role (a batch, see WriteBatches), each reference once, with their
 * earnings as judged alone (judgePlacement), on a clause of a contract they may report on; gives the
 * placements stored, by reference (a reference already taken stores nothing), and the clause's
 * stored outcome, locked (undefined when it has none yet, or when nothing was stored).
 */
export async function reportPlacementsLockingOutcome(
  manager: EntityManager, { supplierId }: Granted<Owned, Action.Report>, contractId: string, clauseId: string, reports: PlacementToStore[],
): Promise<{ stored: Map<string, Placement>; outcome: StoredSummary | undefined }> {
  const rows = await preparedQuery<Placement & { storedOutcome: StoredSummary | null }>(
    manager, 'report-placements-locking-outcome', REPORT_PLACEMENTS_LOCKING_OUTCOME_SQL,
    [contractId, clauseId, supplierId, reports[0].user.role, '{}', ...placementArrays(reports)],
  );
  const stored = new Map(rows.map(({ storedOutcome: _outcome, ...placement }) => [placement.reference, placement as Placement]));
  return { stored, outcome: rows[0]?.storedOutcome ?? undefined };
}

const STORE_UPLOADED_PLACEMENTS_SQL = insertPlacementsSql({ skipTaken: false, lockingOutcome: false });

const NO_EARNING: Omit<StoredEarning, 'id'> = { counts: false, delivered: 0, firstMonth: null, byMonth: null };

const REPORT_PLACEMENT_SQL = insertPlacementsSql({ skipTaken: true, lockingOutcome: false });

/**
 * Stores one placement on a contract the user may report on (its supplier owns the placement) and
 * its audit row; undefined when the supplier has already reported the reference. `referralId`: the
 * hire came through the city's referral, whose target group the city attests. It earns nothing
 * until the caller stores the clause's outcome (refreshClauseOutcomes).
 */
export async function reportPlacement(
  manager: EntityManager,
  { supplierId }: Granted<Owned, Action.Report>,
  contractId: string,
  clauseId: string,
  placement: CreatePlacementDto,
  user: AuthUser,
  referralId: string | null = null,
): Promise<Placement | undefined> {
  const [row] = await preparedQuery<Placement>(manager, 'report-placement', REPORT_PLACEMENT_SQL, [
    contractId, clauseId, supplierId, user.role, '{}', ...placementArrays([{ placement, user, earning: NO_EARNING, referralId }]),
  ]);
  return row;
}

/**
 * Stores the checked placements of an upload on a contract the user may report on, with their
 * audit rows (marked `source: csv`), returned in the file's order: a 5 000-row file is one round
 * trip, keeping the upload's transaction short. A reference the supplier already used fails the
 * whole statement (placement_reference_unique). They earn nothing until the caller stores the
 * clause's outcome (refreshClauseOutcomes).
 */
export async function storeUploadedPlacements(
  manager: EntityManager,
  { supplierId }: Granted<Owned, Action.Report>,
  contractId: string,
  clauseId: string,
  placements: CreatePlacementDto[],
  user: AuthUser,
): Promise<Placement[]> {
  const rows = await preparedQuery<Placement>(manager, 'store-uploaded-placements', STORE_UPLOADED_PLACEMENTS_SQL, [
    contractId, clauseId, supplierId, user.role, '{"source": "csv"}', ...placementArrays(placements.map((placement) => ({ placement, user, earning: NO_EARNING }))),
  ]);
  const byReference = new Map(rows.map((row) => [row.reference, row]));
  return placements.map((p) => byReference.get(p.reference) as Placement);
}
