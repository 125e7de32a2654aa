import { EntityManager } from 'typeorm';
import { AuthUser, Role } from '../auth/role';
import { ClauseType } from '../clauses/clause.types';
import { REPORTABLE_CLAUSE_SQL, ReportableClause } from '../contracts/contracts.service';
import { preparedQuery } from '../database/prepared-query';
import { CreatePlacementDto } from './dto/placement.dto';
import { Placement } from './entities/placement.entity';

/** Every column of `placement` under its entity property name; dates as 'YYYY-MM-DD' text, as TypeORM gives them. */
const PLACEMENT_COLUMNS = `id, supplier_id AS "supplierId", contract_id AS "contractId", clause_id AS "clauseId", reference, kind,
  offered_date::text AS "offeredDate", filled, start_date::text AS "startDate", end_date::text AS "endDate",
  early_end_date::text AS "earlyEndDate", early_end_reason AS "earlyEndReason", working_time_percent AS "workingTimePercent", target_group AS "targetGroup", gender,
  age_band AS "ageBand", establishment_programme AS "establishmentProgramme", verification_status AS "verificationStatus",
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
  'verificationStatus', s."verificationStatus", 'verificationReason', s."verificationReason",
  'withdrawalKind', s."withdrawalKind", 'withdrawalReason', s."withdrawalReason", 'withdrawnAt', ${iso('s."withdrawnAt"')},
  'createdAt', ${iso('s."createdAt"')}, 'updatedAt', ${iso('s."updatedAt"')})`;

/**
 * One statement reads the contract and clause (REPORTABLE_CLAUSE_SQL), inserts the placement only if
 * the report is allowed — the user's own contract, a placements clause, a kind the clause has, and
 * (`$16`) no other rule broken — and writes its audit row from the inserted row. A single statement
 * is atomic, so the placement and its audit row are stored together without BEGIN/COMMIT: one round
 * trip instead of five (BEGIN, access query, INSERT, audit INSERT, COMMIT) on the path suppliers'
 * systems call most, each of which cost the Node process a socket write and a parse.
 */
const REPORT_PLACEMENT_SQL = `WITH reportable AS (${REPORTABLE_CLAUSE_SQL}),
stored AS (
  INSERT INTO placement (supplier_id, contract_id, clause_id, reference, kind, offered_date, filled, start_date, end_date,
    early_end_date, early_end_reason, working_time_percent, target_group, gender, age_band, establishment_programme, created_by)
  SELECT r."supplierId", $1::uuid, $2::uuid, $3::text, $4::text, $5::date, $6::boolean, $7::date, $8::date, $9::date, $20::text, $10::int,
    $11::text, $12::placement_gender, $13::placement_age_band, $14::boolean, $15::text
  FROM reportable r
  WHERE $16::boolean AND r."clauseType" = '${ClauseType.Placements}' AND (NOT $17::boolean OR r."supplierId" = $18::uuid)
    AND r.parameters->'lines' @> jsonb_build_array(jsonb_build_object('kind', $4::text))
  ON CONFLICT ON CONSTRAINT placement_reference_unique DO NOTHING
  RETURNING ${PLACEMENT_COLUMNS}
),
audited AS (
  INSERT INTO audit_event (actor_sub, actor_role, entity_type, entity_id, action, after)
  SELECT $15::text, $19::text, 'placement', s.id, 'CREATE', ${PLACEMENT_DTO_JSON} FROM stored s
)
SELECT r."supplierId" AS "contractSupplierId", r."clauseType", r.parameters, r."targetGroups", r."contractStart", r."contractEnd", s.*
FROM reportable r LEFT JOIN stored s ON true`;

export interface PlacementReportOutcome {
  /** The contract and clause as read, for the caller's access checks; undefined when no such contract. */
  reportable?: ReportableClause;
  /** The stored placement; undefined when the report was not allowed or the reference was taken. */
  placement?: Placement;
}

/**
 * Runs the placement report's one statement. `allowed` says the report breaks no rule that does not
 * depend on the clause; the caller repeats every check on `reportable` to say why nothing was stored.
 */
export async function reportPlacement(
  manager: EntityManager,
  contractId: string,
  clauseId: string,
  p: CreatePlacementDto,
  user: AuthUser,
  allowed: boolean,
): Promise<PlacementReportOutcome> {
  const [row] = await preparedQuery<Record<string, unknown>>(manager, 'report-placement', REPORT_PLACEMENT_SQL, [
    contractId, clauseId, p.reference, p.kind, p.offeredDate, p.filled, p.startDate ?? null, p.endDate ?? null, p.earlyEndDate ?? null,
    p.workingTimePercent, p.targetGroup, p.gender, p.ageBand, p.establishmentProgramme, user.sub,
    allowed, user.role === Role.Supplier, user.supplierId ?? null, user.role, p.earlyEndReason ?? null,
  ]);
  if (!row) return {};
  const { contractSupplierId, clauseType, parameters, targetGroups, contractStart, contractEnd, ...placement } = row;
  return {
    reportable: { supplierId: contractSupplierId, clauseType, parameters, targetGroups, contractStart, contractEnd } as ReportableClause,
    placement: placement.id ? (placement as unknown as Placement) : undefined,
  };
}
